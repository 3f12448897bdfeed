#include "sqlquery.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlError>

#include <utility>
#include <vector>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SqlQuery) };

// The time of each statement up to its first row, for finding what a slow screen waits for:
// QT_LOGGING_RULES="integriteit.sql.debug=true". Off by default; then it costs one flag test.
Q_LOGGING_CATEGORY(lcSql, "integriteit.sql", QtWarningMsg)

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

namespace {
// Prepared statements by connection name and SQL text; one thread uses one connection. Allocated
// once and never destroyed: a Database that outlives the thread's objects (a static in a test, an
// exit handler) still calls forgetConnection() and must find the pool alive.
using StatementPool = QHash<QString, std::vector<QSqlQuery>>;
StatementPool &pool()
{
    thread_local StatementPool *statements = new StatementPool;
    return *statements;
}
constexpr std::size_t kPoolDepth = 4;
} // namespace

SqlQuery::SqlQuery(const QSqlDatabase &db, const QString &sql, Reuse reuse)
    : m_query(reuse == Reuse::Yes ? QSqlQuery() : QSqlQuery(db))
    , m_sql(sql)
{
    if (reuse == Reuse::Yes) {
        m_poolKey = db.connectionName() + QChar(0x1F) + sql;
        auto it = pool().find(m_poolKey);
        if (it != pool().end() && !it->empty()) {
            m_query = std::move(it->back());
            it->pop_back();
            return;
        }
        m_query = QSqlQuery(db);
    }
    // Nothing here scrolls back; a scrollable result makes Qt allocate and free a cache of 128 rows
    // of QVariants on every exec(), which was the largest single cost of the demo's service calls.
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql))
        fail(m_query, sql);
}

SqlQuery::SqlQuery(SqlQuery &&other) noexcept
    : m_query(std::move(other.m_query))
    , m_sql(std::move(other.m_sql))
    , m_poolKey(std::exchange(other.m_poolKey, QString()))
{
}

SqlQuery::~SqlQuery()
{
    if (m_poolKey.isEmpty())
        return;
    // Reset, so a read statement does not keep its snapshot of the database open in the pool.
    m_query.finish();
    std::vector<QSqlQuery> &free = pool()[m_poolKey];
    if (free.size() < kPoolDepth)
        free.push_back(std::move(m_query));
}

void SqlQuery::forgetConnection(const QString &connectionName)
{
    const QString prefix = connectionName + QChar(0x1F);
    StatementPool &statements = pool();
    for (auto it = statements.begin(); it != statements.end();)
        it = it.key().startsWith(prefix) ? statements.erase(it) : std::next(it);
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
    if (!lcSql().isDebugEnabled()) {
        if (!m_query.exec())
            fail(m_query, m_sql);
        return *this;
    }
    QElapsedTimer timer;
    timer.start();
    const bool done = m_query.exec();
    qCDebug(lcSql).noquote() << QStringLiteral("%1 ms").arg(timer.nsecsElapsed() / 1e6, 0, 'f', 2) << m_sql.simplified();
    if (!done)
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
