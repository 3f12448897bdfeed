#include "recordcsvregister.h"

#include "auth/session.h"
#include "storage/sqlquery.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace integriteit {

namespace {
class RecordCsvBulkImport : public CsvBulkImport
{
public:
    RecordCsvBulkImport(UnitOfWork &work, const Session &session, const RecordBulkSpec &spec)
        : m_insert(work, session, spec)
    {
    }
    void importRecord(const QVariantMap &values) override { m_insert.insert(values); }
    void finish() override { m_insert.finish(); }
    void committed() override { m_insert.announce(); }

private:
    RecordBulkInsert m_insert;
};
} // namespace

RecordCsvRegister::RecordCsvRegister(const QSqlDatabase &db, const Session &session, RecordCsvSpec spec)
    : m_db(db)
    , m_session(session)
    , m_spec(std::move(spec))
{
}

std::unique_ptr<CsvBulkImport> RecordCsvRegister::bulkImport(UnitOfWork &work)
{
    if (!m_spec.bulk.prepare)
        return nullptr;
    return std::make_unique<RecordCsvBulkImport>(work, m_session, m_spec.bulk);
}

QString RecordCsvRegister::where(const CsvExportOptions &options) const
{
    return options.year > 0 ? QStringLiteral(" WHERE ") + m_spec.yearCondition : QString();
}

int RecordCsvRegister::exportCount(const CsvExportOptions &options)
{
    m_session.requireLogin(); // the registers are public: every logged-in user reads them
    SqlQuery q(m_db, QStringLiteral("SELECT count(*) FROM (") + m_spec.select + where(options) + QLatin1Char(')'));
    if (options.year > 0)
        q.bind(QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(options.year))
            .bind(QStringLiteral(":to"), QStringLiteral("%1-12-31").arg(options.year));
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void RecordCsvRegister::exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink)
{
    m_session.requireLogin();
    // Id order: a file imported into a new database and exported again comes out the same.
    SqlQuery q(m_db, m_spec.select + where(options) + QStringLiteral(" ORDER BY r.id"));
    if (options.year > 0)
        q.bind(QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(options.year))
            .bind(QStringLiteral(":to"), QStringLiteral("%1-12-31").arg(options.year));
    q.exec();
    QVariantMap values;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), record.value(i));
        sink(values);
    }
}

} // namespace integriteit
