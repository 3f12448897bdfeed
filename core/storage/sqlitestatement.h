#pragma once
// One prepared statement on the sqlite3 handle under a Qt connection, for the bulk import's hot
// path: positional binds straight from QString/qint64 without QVariant maps or named-placeholder
// lookups, reset and reused for every row. Runs inside the connection's open transaction (the
// caller's UnitOfWork); every failure throws Error(Storage) like SqlQuery.

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace integriteit {

class SqliteStatement
{
public:
    // The sqlite3 handle of a QSQLITE connection; throws Error(Storage) for any other driver.
    static sqlite3 *handle(const QSqlDatabase &db);

    SqliteStatement(sqlite3 *db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Positions count from 1, as in SQLite. The text must outlive step().
    void bindText(int position, const QString &text);
    void bindInt(int position, qint64 value);
    void bindNull(int position);
    // A record column as Qt's SQLite driver binds it: null, bool and integers as INTEGER, text.
    void bindValue(int position, const QVariant &value);
    // Runs a statement without result rows and resets it for the next row.
    void run();
    // Steps once: true with a row to read through text()/integer().
    bool step();
    QString text(int column) const;
    qint64 integer(int column) const;
    void reset();

    qint64 lastInsertId() const;

private:
    [[noreturn]] void fail(const char *what) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_sql;
};

} // namespace integriteit
