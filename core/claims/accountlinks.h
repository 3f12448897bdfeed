#pragma once
// Which office holder a user account belongs to (users.person_id): a griffie employee who is also
// commissielid, the burgemeester's own account. Nobody acts on his own claim or card, and that
// rule needs to know whose account it is. Kept by the administrator.

#include <QObject>
#include <QSqlDatabase>

namespace integriteit {

class Database;
class Session;

class AccountLinks : public QObject
{
    Q_OBJECT
public:
    AccountLinks(Database &database, const Session &session, QObject *parent = nullptr);

    // The person linked to the account, 0 for none. Administrator, or the user about himself.
    qint64 personOf(qint64 userId) const;
    // Administrator only; personId 0 removes the link. One audit row on the user.
    void link(qint64 userId, qint64 personId);

    static qint64 personOf(const QSqlDatabase &db, qint64 userId);

Q_SIGNALS:
    void linksChanged(qint64 userId);

private:
    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
