#include "testdatabase.h"

#include "storage/databasesetup.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QFile>

namespace integriteit::test {

namespace {
// The template lives as long as the test process; built on first use only, so tests that need
// no database pay nothing.
const QString &templatePath()
{
    static QTemporaryDir dir;
    static const QString path = [] {
        REQUIRE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("template.db"));
        User admin{0, userNameFor(UserRole::Administrator), QStringLiteral("Beheerder Test"),
                   UserRole::Administrator, true};
        AppCore core(DatabaseSetup::createNew(file, sampleSettings(), admin, kPassword));
        const qint64 adminId = SqlQuery::scalar(core.database().connection(),
                                                QStringLiteral("SELECT id FROM users")).toLongLong();
        admin.id = adminId;
        core.session().setUser(admin);
        for (UserRole role : {UserRole::Griffie, UserRole::Secretariat, UserRole::Integrity, UserRole::Auditor}) {
            const User user{0, userNameFor(role), userRoleName(role) + QStringLiteral(" Test"), role, true};
            core.users().createUser(user, kPassword);
        }
        return file;
    }();
    return path;
}
} // namespace

MunicipalitySettings sampleSettings()
{
    MunicipalitySettings s;
    s.municipality = QStringLiteral("Beek");
    s.province = QStringLiteral("Limburg");
    s.clerk = QStringLiteral("mr. A.M. Scheepers");
    s.secretary = QStringLiteral("drs. H.J. van Dijk");
    s.mayor = QStringLiteral("C.W.M. Dams");
    s.deputyChair = QStringLiteral("P.J. Janssen");
    return s;
}

QString userNameFor(UserRole role)
{
    switch (role) {
    case UserRole::Administrator: return QStringLiteral("beheerder");
    case UserRole::Griffie: return QStringLiteral("griffier");
    case UserRole::Secretariat: return QStringLiteral("secretaris");
    case UserRole::Integrity: return QStringLiteral("integriteit");
    case UserRole::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

TestDatabase::TestDatabase()
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("integriteit.db"));
    REQUIRE(QFile::copy(templatePath(), m_path));
    // The template is closed, so it has no WAL of its own; copying one would be a silent mix-up.
    REQUIRE_FALSE(QFile::exists(templatePath() + QStringLiteral("-wal")));
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    reopen();
}

TestDatabase::~TestDatabase() = default;

User TestDatabase::account(UserRole role)
{
    SqlQuery q(database().connection(),
               QStringLiteral("SELECT id, user_name, full_name, roles, active FROM users WHERE user_name = :name"));
    q.bind(QStringLiteral(":name"), userNameFor(role)).exec();
    REQUIRE(q.next());
    return User{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                UserRoles::fromInt(q.value(3).toInt()), q.value(4).toBool()};
}

void TestDatabase::loginAs(UserRole role)
{
    session().setUser(account(role));
}

void TestDatabase::actAs(UserRoles roles)
{
    User user = account(UserRole::Griffie);
    user.roles = roles;
    session().setUser(user);
}

void TestDatabase::close()
{
    m_core.reset();
}

void TestDatabase::reopen()
{
    m_core.reset();
    m_core = std::make_unique<AppCore>(Database::open(m_path));
}

} // namespace integriteit::test
