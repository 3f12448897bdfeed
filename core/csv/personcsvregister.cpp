#include "personcsvregister.h"

#include "auth/session.h"
#include "common/error.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvRegister) };

CsvColumn col(const char *name, const char *key, CsvType type)
{
    CsvColumn c;
    c.name = QString::fromLatin1(name);
    c.key = QString::fromLatin1(key);
    c.type = type;
    c.isPublic = true; // names, roles and party groups of office holders are public
    c.exportOnly = true;
    return c;
}

// With --year: those with an appointment during that year.
const char *kYear = " WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = r.id AND a.start_date <= :to "
                    "AND (a.end_date IS NULL OR a.end_date >= :from))";
} // namespace

QString PersonCsvRegister::title() const
{
    return Tr::tr("Office holders (numbers for import files)");
}

QList<CsvColumn> PersonCsvRegister::columns() const
{
    return {col("persoon_nr", "person_id", CsvType::Integer), col("persoon_naam", "person_name", CsvType::Text),
            col("rol", "latest_role", CsvType::Text), col("fractie", "latest_faction", CsvType::Text)};
}

int PersonCsvRegister::exportCount(const CsvExportOptions &options)
{
    int count = 0;
    exportRecords(options, [&count](const QVariantMap &) { ++count; });
    return count;
}

void PersonCsvRegister::exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink)
{
    m_session.requireLogin();
    SqlQuery q(m_db, QStringLiteral("SELECT r.id AS person_id, r.latest_role, r.latest_faction FROM persons r%1 ORDER BY r.id")
                         .arg(options.year > 0 ? QLatin1String(kYear) : QLatin1String("")));
    if (options.year > 0)
        q.bind(QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(options.year))
            .bind(QStringLiteral(":to"), QStringLiteral("%1-12-31").arg(options.year));
    q.exec();
    while (q.next())
        sink({{QStringLiteral("person_id"), q.value(0)},
              {QStringLiteral("latest_role"), q.value(1)},
              {QStringLiteral("latest_faction"), q.value(2)}});
}

void PersonCsvRegister::importRecord(const QVariantMap &)
{
    throw Error(Error::Kind::Validation, Tr::tr("Office holders are added in the window, not from a file."));
}

} // namespace integriteit
