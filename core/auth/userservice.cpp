#include "userservice.h"

#include "auth/passwordhasher.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::UserService) };

QJsonObject toJson(const User &u)
{
    return {{QStringLiteral("user_name"), u.userName},
            {QStringLiteral("full_name"), u.fullName},
            {QStringLiteral("roles"), int(u.roles.toInt())},
            {QStringLiteral("active"), u.active}};
}

User readUser(SqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.userName = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.roles = UserRoles::fromInt(q.value(3).toInt());
    u.active = q.value(4).toBool();
    return u;
}

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
} // namespace

UserService::UserService(Database &database, Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

User UserService::login(const QString &userName, const QString &password)
{
    SqlQuery q(m_database.connection(), QStringLiteral(
        "SELECT id, user_name, full_name, roles, active, password_hash FROM users WHERE user_name = :name"));
    q.bind(QStringLiteral(":name"), userName.trimmed()).exec();
    const Error refused(Error::Kind::Authentication,
                        Tr::tr("Unknown user name or wrong password. Check both and try again."));
    if (!q.next())
        throw refused;
    const User user = readUser(q);
    if (!PasswordHasher::verify(q.value(5).toString(), password))
        throw refused;
    if (!user.active)
        throw Error(Error::Kind::Authentication,
                    Tr::tr("This account has been switched off. Ask your administrator."));
    UnitOfWork work(m_database, user.userName);
    SqlQuery(m_database.connection(), QStringLiteral("UPDATE users SET last_login_at = :at WHERE id = :id"))
        .bind(QStringLiteral(":at"), now()).bind(QStringLiteral(":id"), user.id).exec();
    work.audit(QStringLiteral("user"), user.id, QStringLiteral("login"), {}, {});
    work.commit();
    m_session.setUser(user);
    return user;
}

void UserService::logout()
{
    m_session.clear();
}

bool UserService::hasUsers() const
{
    return SqlQuery::scalar(m_database.connection(), QStringLiteral("SELECT count(*) FROM users")).toInt() > 0;
}

std::vector<User> UserService::users() const
{
    m_session.require(UserRole::Administrator, Tr::tr("manage users"));
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT id, user_name, full_name, roles, active FROM users ORDER BY user_name"));
    q.exec();
    std::vector<User> result;
    while (q.next())
        result.push_back(readUser(q));
    return result;
}

User UserService::user(qint64 id) const
{
    m_session.requireLogin();
    if (id != m_session.user().id)
        m_session.require(UserRole::Administrator, Tr::tr("manage users"));
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT id, user_name, full_name, roles, active FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error::notFound(Tr::tr("This user no longer exists."), QStringLiteral("user %1").arg(id));
    return readUser(q);
}

void UserService::validatePassword(const QString &password)
{
    if (password.size() < PasswordHasher::kMinimumLength)
        throw Error::validation(QStringLiteral("password"),
                                Tr::tr("Password: use at least %1 characters.").arg(PasswordHasher::kMinimumLength));
    if (password.trimmed() != password)
        throw Error::validation(QStringLiteral("password"),
                                Tr::tr("Password: do not begin or end with a space."));
}

void UserService::validate(const User &user, qint64 excludeId) const
{
    static const QRegularExpression namePattern(QStringLiteral(R"(^[A-Za-z0-9._-]{2,64}$)"));
    if (!namePattern.match(user.userName).hasMatch())
        throw Error::validation(QStringLiteral("userName"),
                                Tr::tr("User name: use 2 to 64 letters, digits, dots, hyphens or underscores."));
    if (user.fullName.trimmed().isEmpty())
        throw Error::validation(QStringLiteral("fullName"), Tr::tr("Full name: fill in the user's name."));
    if (user.roles.toInt() == 0 || (unsigned(user.roles.toInt()) & ~kAllUserRoles) != 0)
        throw Error::validation(QStringLiteral("roles"), Tr::tr("Roles: give the user at least one role."));
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT count(*) FROM users WHERE user_name = :name AND id <> :id"));
    q.bind(QStringLiteral(":name"), user.userName).bind(QStringLiteral(":id"), excludeId).exec();
    if (q.next() && q.value(0).toInt() > 0)
        throw Error::validation(QStringLiteral("userName"),
                                Tr::tr("User name: \"%1\" is already in use.").arg(user.userName));
}

qint64 UserService::insert(const User &user, const QString &password, const QString &actor)
{
    validate(user, 0);
    validatePassword(password);
    const QString hash = PasswordHasher::hash(password); // slow on purpose: outside the transaction
    UnitOfWork work(m_database, actor);
    SqlQuery q(m_database.connection(), QStringLiteral(
        "INSERT INTO users(user_name, full_name, password_hash, roles, active, created_at) "
        "VALUES (:name, :full, :hash, :roles, :active, :at)"));
    q.bind(QStringLiteral(":name"), user.userName)
        .bind(QStringLiteral(":full"), user.fullName.trimmed())
        .bind(QStringLiteral(":hash"), hash)
        .bind(QStringLiteral(":roles"), int(user.roles.toInt()))
        .bind(QStringLiteral(":active"), user.active)
        .bind(QStringLiteral(":at"), now())
        .exec();
    const qint64 id = q.lastInsertId();
    work.audit(QStringLiteral("user"), id, QStringLiteral("create"), {}, toJson(user));
    work.commit();
    Q_EMIT usersChanged();
    return id;
}

qint64 UserService::createUser(const User &user, const QString &password)
{
    m_session.require(UserRole::Administrator, Tr::tr("manage users"));
    return insert(user, password, m_session.actor());
}

qint64 UserService::createFirstAdministrator(const User &user, const QString &password)
{
    if (hasUsers())
        throw Error::permission(Tr::tr("This database already has users; ask an administrator for an account."));
    User admin = user;
    admin.roles |= UserRole::Administrator;
    admin.active = true;
    return insert(admin, password, admin.userName);
}

int UserService::activeAdministratorsExcept(qint64 userId) const
{
    SqlQuery q(m_database.connection(), QStringLiteral(
        "SELECT count(*) FROM users WHERE active = 1 AND (roles & 1) = 1 AND id <> :id"));
    q.bind(QStringLiteral(":id"), userId).exec();
    return q.next() ? q.value(0).toInt() : 0;
}

void UserService::updateUser(const User &user)
{
    m_session.require(UserRole::Administrator, Tr::tr("manage users"));
    const User before = this->user(user.id);
    validate(user, user.id);
    const bool staysAdmin = user.active && user.roles.testFlag(UserRole::Administrator);
    if (!staysAdmin && activeAdministratorsExcept(user.id) == 0)
        throw Error::validation(QStringLiteral("roles"),
                                Tr::tr("Roles: at least one active administrator must remain."));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral(
        "UPDATE users SET user_name = :name, full_name = :full, roles = :roles, active = :active WHERE id = :id"))
        .bind(QStringLiteral(":name"), user.userName)
        .bind(QStringLiteral(":full"), user.fullName.trimmed())
        .bind(QStringLiteral(":roles"), int(user.roles.toInt()))
        .bind(QStringLiteral(":active"), user.active)
        .bind(QStringLiteral(":id"), user.id)
        .exec();
    work.audit(QStringLiteral("user"), user.id, QStringLiteral("update"), toJson(before), toJson(user));
    work.commit();
    if (user.id == m_session.user().id)
        m_session.setUser(user);
    Q_EMIT usersChanged();
}

void UserService::setPassword(qint64 userId, const QString &password)
{
    m_session.require(UserRole::Administrator, Tr::tr("manage users"));
    validatePassword(password);
    this->user(userId); // throws when gone
    const QString hash = PasswordHasher::hash(password);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"))
        .bind(QStringLiteral(":hash"), hash).bind(QStringLiteral(":id"), userId).exec();
    work.audit(QStringLiteral("user"), userId, QStringLiteral("set-password"), {}, {});
    work.commit();
}

void UserService::changeOwnPassword(const QString &current, const QString &replacement)
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT password_hash FROM users WHERE id = :id"));
    q.bind(QStringLiteral(":id"), m_session.user().id).exec();
    if (!q.next() || !PasswordHasher::verify(q.value(0).toString(), current))
        throw Error::validation(QStringLiteral("currentPassword"), Tr::tr("Current password: this is not your password."));
    validatePassword(replacement);
    const QString hash = PasswordHasher::hash(replacement);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("UPDATE users SET password_hash = :hash WHERE id = :id"))
        .bind(QStringLiteral(":hash"), hash).bind(QStringLiteral(":id"), m_session.user().id).exec();
    work.audit(QStringLiteral("user"), m_session.user().id, QStringLiteral("change-password"), {}, {});
    work.commit();
}

} // namespace integriteit
