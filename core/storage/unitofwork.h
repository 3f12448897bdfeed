#pragma once
// One user action = one UnitOfWork (architecture rule 3): BEGIN IMMEDIATE on construction, ROLLBACK
// in the destructor unless commit() succeeded. Nested guards join the outer transaction; an inner
// guard that is abandoned makes the outer one roll back too.

#include <QJsonObject>
#include <QString>

namespace integriteit {

class Database;

class UnitOfWork
{
public:
    UnitOfWork(Database &database, QString actor);
    ~UnitOfWork();
    UnitOfWork(const UnitOfWork &) = delete;
    UnitOfWork &operator=(const UnitOfWork &) = delete;

    // Adds an audit row in this transaction: who, when (UTC), what, before and after.
    void audit(const QString &entity, qint64 entityId, const QString &action,
               const QJsonObject &before, const QJsonObject &after, qint64 personId = 0);
    // Throws Error(Storage) when SQLite refuses the commit; everything is then rolled back.
    void commit();

    Database &database() { return m_database; }
    const QString &actor() const { return m_actor; }

private:
    Database &m_database;
    QString m_actor;
    bool m_outer = false;
    bool m_done = false;
};

} // namespace integriteit
