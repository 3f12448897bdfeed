#pragma once
// User accounts: login, and their management by the administrator (beheerder).

#include "auth/session.h"

#include <QObject>
#include <vector>

namespace integriteit {

class Database;

class UserService : public QObject
{
    Q_OBJECT
public:
    UserService(Database &database, Session &session, QObject *parent = nullptr);

    // Checks the password and, on success, makes the user the session's user. Throws
    // Error(Authentication) with one message for every failure, so it reveals nothing.
    User login(const QString &userName, const QString &password);
    void logout();

    std::vector<User> users() const;
    User user(qint64 id) const;
    bool hasUsers() const;

    // Administrator only. Returns the new id.
    qint64 createUser(const User &user, const QString &password);
    void updateUser(const User &user);
    void setPassword(qint64 userId, const QString &password);
    // A user may change his own password after giving the current one.
    void changeOwnPassword(const QString &current, const QString &replacement);

    // The very first administrator of a new database; refused once any user exists.
    qint64 createFirstAdministrator(const User &user, const QString &password);

    static void validatePassword(const QString &password);

Q_SIGNALS:
    void usersChanged();

private:
    void validate(const User &user, qint64 excludeId) const;
    qint64 insert(const User &user, const QString &password, const QString &actor);
    int activeAdministratorsExcept(qint64 userId) const;

    Database &m_database;
    Session &m_session;
};

} // namespace integriteit
