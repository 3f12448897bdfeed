#include "demo/demoofficials.h"

#include "auth/userservice.h"
#include "demo/demorandom.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QTimeZone>

namespace integriteit::demo {

namespace {

// The first active account other than `except` that holds one of `roles`, or an empty user.
User findAccount(const QSqlDatabase &db, unsigned roles, qint64 except)
{
    SqlQuery q(db,
        QStringLiteral("SELECT id, user_name, full_name FROM users WHERE active = 1 AND id <> :except "
                       "AND (roles & :roles) <> 0 ORDER BY id LIMIT 1"));
    q.bind(QStringLiteral(":except"), except).bind(QStringLiteral(":roles"), int(roles)).exec();
    User u;
    if (q.next()) {
        u.id = q.value(0).toLongLong();
        u.userName = q.value(1).toString();
        u.fullName = q.value(2).toString();
    }
    return u;
}

User makeAccount(Database &database, const Session &demoUser, const QString &name, const QString &fullName,
    UserRole role, DemoRandom &random)
{
    // Created as the administrator the demo runs as; the password is random and never shown.
    User admin = demoUser.user();
    admin.roles = UserRole::Administrator;
    Session session(admin);
    UserService users(database, session);
    QString password = QStringLiteral("Demo-");
    for (int i = 0; i < 24; ++i)
        password += QLatin1Char("abcdefghjkmnpqrstuvwxyz23456789"[random.uniform(0, 30)]);
    User u { 0, name, fullName, role, true };
    u.id = users.createUser(u, password + QStringLiteral("!A1"));
    return u;
}

} // namespace

DemoOfficials DemoOfficials::find(Database &database, const Session &demoUser, DemoRandom &random)
{
    const QSqlDatabase db = database.connection();
    const UserRoles offices = UserRole::Griffie | UserRole::Secretariat;
    User second = findAccount(db, unsigned(offices), demoUser.user().id);
    if (second.id == 0)
        second = makeAccount(database, demoUser, QStringLiteral("controleur"), QStringLiteral("Controleur Demo"),
            UserRole::Secretariat, random);
    User mayor = findAccount(db, unsigned(UserRole::Integrity), demoUser.user().id);
    if (mayor.id == 0)
        mayor = makeAccount(database, demoUser, QStringLiteral("burgemeester-demo"),
            QStringLiteral("Burgemeester Demo"), UserRole::Integrity, random);
    // The services trust the session: both offices for the officials, as the demo's own user has.
    second.roles = offices;
    mayor.roles = UserRole::Integrity;
    return { demoUser, Session(second), Session(mayor) };
}

QString demoMoment(const QDate &day, DemoRandom &random)
{
    const QDateTime at(
        day, QTime(8 + random.uniform(0, 5), random.uniform(0, 59), random.uniform(0, 59)), QTimeZone::utc());
    return at.toString(Qt::ISODateWithMs);
}

} // namespace integriteit::demo
