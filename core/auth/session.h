#pragma once
// Who is logged in. Services hold a reference and check rights on every call (rights are enforced
// in core, not by hiding buttons).

#include "auth/role.h"

#include <QString>

namespace integriteit {

struct User
{
    qint64 id = 0;
    QString userName;
    QString fullName;
    UserRoles roles;
    bool active = true;
};

class Session
{
public:
    Session() = default;
    explicit Session(User user) : m_user(std::move(user)) {}

    void setUser(User user) { m_user = std::move(user); }
    void clear() { m_user = User(); }
    bool isLoggedIn() const { return m_user.id > 0; }
    const User &user() const { return m_user; }
    // The name written in audit rows.
    QString actor() const { return m_user.userName; }

    bool has(UserRole role) const { return isLoggedIn() && m_user.roles.testFlag(role); }
    // May keep the records of the office holders this office administers.
    bool administers(Office office) const
    {
        return has(office == Office::Griffie ? UserRole::Griffie : UserRole::Secretariat);
    }
    // Every role may read the public registers and office holders.
    bool mayReadRegisters() const { return isLoggedIn(); }

    // Throws Error(Permission) when not logged in.
    void requireLogin() const;
    void require(UserRole role, const QString &whatFor) const;

private:
    User m_user;
};

} // namespace integriteit
