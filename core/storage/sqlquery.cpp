#include "sqlquery.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SqlQuery) };

[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    QString message = Tr::tr("The database could not carry out the action. Nothing was saved.");
    const QString native = error.nativeErrorCode();
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another program holds the file.
    if (native == QLatin1String("5") || native == QLatin1String("6"))
        message = Tr::tr("The database is in use by another program. Wait a moment and try again; "
                         "nothing was saved.");
    else if (native == QLatin1String("13"))
        message = Tr::tr("The disk is full. Make room and try again; nothing was saved.");
    throw Error::storage(message, error.text() + QStringLiteral(" | SQL: ") + sql.simplified());
}
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    if (!m_query.prepare(sql))
        fail(m_query, sql);
}

SqlQuery &SqlQuery::bind(const QString &placeholder, const QVariant &value)
{
    // Qt binds a null QString (an untouched QString member, an empty QLineEdit) as SQL NULL, which
    // the NOT NULL text columns refuse. Empty text is ''; a deliberate NULL is a null QVariant, as
    // dateValue() makes.
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        m_query.bindValue(placeholder, QStringLiteral(""));
    else
        m_query.bindValue(placeholder, value);
    return *this;
}

SqlQuery &SqlQuery::exec()
{
    if (!m_query.exec())
        fail(m_query, m_sql);
    return *this;
}

void SqlQuery::run(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query, sql);
}

QVariant SqlQuery::scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        fail(query, sql);
    return query.next() ? query.value(0) : QVariant();
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace integriteit
