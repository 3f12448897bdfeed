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
    SqlQuery(const QSqlDatabase &db, const QString &sql);

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

private:
    QSqlQuery m_query;
    QString m_sql;
};

// Binds a QDate as ISO text, or NULL for a null date.
QVariant dateValue(const QDate &date);

} // namespace integriteit
