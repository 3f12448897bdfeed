#pragma once
// A QSqlQuery wrapper whose prepare() and exec() throw Error on failure, so no exec() result can be
// ignored by accident ("never lose a commit").

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace integriteit {

class SqlQuery
{
public:
    // Reuse::Yes takes an already prepared statement of the same text from a small per-connection
    // pool and puts it back afterwards: for the statements a bulk import runs once per row
    // (parsing SQL again each time was a third of the import). Each SqlQuery still has its statement
    // to itself, so nested or recursive use is safe.
    enum class Reuse { No, Yes };
    SqlQuery(const QSqlDatabase &db, const QString &sql, Reuse reuse = Reuse::No);
    ~SqlQuery();
    SqlQuery(SqlQuery &&other) noexcept;
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QString &placeholder, const QVariant &value);
    // Executes; throws Error(Storage) with the driver's message on failure.
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Runs a statement with no result rows; throws on failure.
    static void run(const QSqlDatabase &db, const QString &sql);
    // Runs a statement and returns the first column of its first row (null when there is none).
    static QVariant scalar(const QSqlDatabase &db, const QString &sql);
    // Drops the pooled statements of a connection; Database calls it before closing.
    static void forgetConnection(const QString &connectionName);

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_poolKey; // empty unless the statement goes back to the pool
};

// Binds a QDate as ISO text, or NULL for a null date.
QVariant dateValue(const QDate &date);

} // namespace integriteit
