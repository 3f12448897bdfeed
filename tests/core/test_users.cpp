// Logging in and keeping accounts: one message for every failed login, switched-off accounts,
// and the last administrator who cannot lose the role.
#include "support/testdatabase.h"

#include "auth/passwordhasher.h"
#include "common/error.h"
#include "storage/databasesetup.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QTemporaryDir>

using namespace integriteit;
using namespace integriteit::test;

namespace {
Error loginError(TestDatabase &test, const QString &user, const QString &password)
{
    try {
        test.users().login(user, password);
    } catch (const Error &error) {
        return error;
    }
    FAIL("logged in as " << user.toStdString());
    return Error(Error::Kind::Authentication, {});
}
} // namespace

TEST_CASE("Login succeeds with the right password and fills the session", "[users]")
{
    TestDatabase test;
    const User user = test.users().login(QStringLiteral(" griffier "), kPassword);
    CHECK(user.userName == QLatin1String("griffier"));
    CHECK(user.roles == UserRoles(UserRole::Griffie));
    CHECK(test.session().isLoggedIn());
    CHECK(test.session().user().id == user.id);
    CHECK(test.session().actor() == QLatin1String("griffier"));
    CHECK_FALSE(SqlQuery::scalar(test.database().connection(),
                                 QStringLiteral("SELECT last_login_at FROM users WHERE id = %1").arg(user.id)).isNull());
    test.users().logout();
    CHECK_FALSE(test.session().isLoggedIn());
}

TEST_CASE("A failed login says the same whatever was wrong", "[users]")
{
    TestDatabase test;
    const Error wrongPassword = loginError(test, QStringLiteral("griffier"), QStringLiteral("Geheim wachtwoord 2"));
    const Error unknownUser = loginError(test, QStringLiteral("onbekend"), kPassword);
    const Error empty = loginError(test, QString(), QString());
    for (const Error &e : {wrongPassword, unknownUser, empty})
        CHECK(e.kind() == Error::Kind::Authentication);
    CHECK(wrongPassword.userMessage() == unknownUser.userMessage());
    CHECK(empty.userMessage() == unknownUser.userMessage());
    CHECK_FALSE(test.session().isLoggedIn());
}

TEST_CASE("A switched-off account cannot log in, and can again once switched on", "[users]")
{
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    User auditor = test.account(UserRole::Auditor);
    auditor.active = false;
    test.users().updateUser(auditor);
    test.logout();

    const Error error = loginError(test, auditor.userName, kPassword);
    CHECK(error.kind() == Error::Kind::Authentication);
    CHECK_FALSE(test.session().isLoggedIn());
    // A wrong password on a switched-off account must not reveal that the account exists.
    CHECK(loginError(test, auditor.userName, QStringLiteral("verkeerd wachtwoord")).userMessage()
          == loginError(test, QStringLiteral("onbekend"), QStringLiteral("verkeerd wachtwoord")).userMessage());

    test.loginAs(UserRole::Administrator);
    auditor.active = true;
    test.users().updateUser(auditor);
    CHECK(test.users().login(auditor.userName, kPassword).id == auditor.id);
}

TEST_CASE("The last active administrator keeps the role", "[users]")
{
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    User admin = test.account(UserRole::Administrator);
    const auto refuse = [&](const User &changed) {
        try {
            test.users().updateUser(changed);
            FAIL("the last administrator lost the role");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Validation);
            CHECK(error.field() == QLatin1String("roles"));
        }
        CHECK(test.account(UserRole::Administrator).roles == UserRoles(UserRole::Administrator));
        CHECK(test.account(UserRole::Administrator).active);
    };

    User withoutRole = admin;
    withoutRole.roles = UserRole::Griffie;
    refuse(withoutRole);
    User switchedOff = admin;
    switchedOff.active = false;
    refuse(switchedOff);

    // With a second administrator the first may step down.
    User second = test.account(UserRole::Secretariat);
    second.roles |= UserRole::Administrator;
    test.users().updateUser(second);
    CHECK_NOTHROW(test.users().updateUser(withoutRole));
    // ... and now the second is the last one.
    User secondWithout = second;
    secondWithout.roles = UserRole::Secretariat;
    test.session().setUser(second);
    CHECK_THROWS_AS(test.users().updateUser(secondWithout), Error);
    // A switched-off administrator does not count.
    User firstBack = test.account(UserRole::Administrator);
    firstBack.roles = UserRole::Administrator;
    firstBack.active = false;
    test.users().updateUser(firstBack);
    CHECK_THROWS_AS(test.users().updateUser(secondWithout), Error);
}

TEST_CASE("An administrator who changes his own roles sees them at once", "[users]")
{
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    User second = test.account(UserRole::Griffie);
    second.roles |= UserRole::Administrator;
    test.users().updateUser(second);
    User self = test.session().user();
    self.roles = UserRole::Administrator | UserRole::Auditor;
    test.users().updateUser(self);
    CHECK(test.session().has(UserRole::Auditor));
}

TEST_CASE("Passwords are changed by the owner or set by the administrator", "[users]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    try {
        test.users().changeOwnPassword(QStringLiteral("niet mijn wachtwoord"), QStringLiteral("Nieuw wachtwoord 1"));
        FAIL("changed without the current password");
    } catch (const Error &error) {
        CHECK(error.field() == QLatin1String("currentPassword"));
    }
    test.users().changeOwnPassword(kPassword, QStringLiteral("Nieuw wachtwoord 1"));
    test.logout();
    CHECK_THROWS_AS(test.users().login(QStringLiteral("griffier"), kPassword), Error);
    CHECK(test.users().login(QStringLiteral("griffier"), QStringLiteral("Nieuw wachtwoord 1")).roles
          == UserRoles(UserRole::Griffie));

    test.loginAs(UserRole::Administrator);
    test.users().setPassword(test.account(UserRole::Griffie).id, QStringLiteral("Van de beheerder"));
    CHECK(test.users().login(QStringLiteral("griffier"), QStringLiteral("Van de beheerder")).userName
          == QLatin1String("griffier"));
    // The stored value is a salted Argon2id hash, never the password.
    const QString stored = SqlQuery::scalar(test.database().connection(),
                                            QStringLiteral("SELECT password_hash FROM users WHERE user_name = 'griffier'"))
                               .toString();
    CHECK(stored.startsWith(QLatin1String("$argon2id$")));
    CHECK_FALSE(stored.contains(QLatin1String("Van de beheerder")));
    CHECK(PasswordHasher::verify(stored, QStringLiteral("Van de beheerder")));
    CHECK_FALSE(PasswordHasher::verify(stored, QStringLiteral("van de beheerder")));
    CHECK(PasswordHasher::hash(QStringLiteral("Van de beheerder")) != stored);
}

TEST_CASE("The first administrator is made once", "[users]")
{
    TestDatabase test;
    try {
        test.users().createFirstAdministrator({0, QStringLiteral("indringer"), QStringLiteral("Indringer"), UserRole::Auditor, true},
                                              kPassword);
        FAIL("a second first administrator was made");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Permission);
    }
    CHECK(test.users().hasUsers());
    test.loginAs(UserRole::Administrator);
    CHECK(test.users().users().size() == 5);
}

TEST_CASE("A new database refuses a bad setup and leaves no file behind", "[users][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nieuw.db"));
    User admin{0, QStringLiteral("beheerder"), QStringLiteral("Beheerder"), UserRole::Administrator, true};
    MunicipalitySettings noMayor = sampleSettings();
    noMayor.mayor.clear();
    CHECK_THROWS_AS(DatabaseSetup::createNew(path, noMayor, admin, kPassword), Error);
    CHECK_THROWS_AS(DatabaseSetup::createNew(path, sampleSettings(), admin, QStringLiteral("kort")), Error);
    User nameless = admin;
    nameless.fullName.clear();
    CHECK_THROWS_AS(DatabaseSetup::createNew(path, sampleSettings(), nameless, kPassword), Error);
    User badName = admin;
    badName.userName = QStringLiteral("b");
    CHECK_THROWS_AS(DatabaseSetup::createNew(path, sampleSettings(), badName, kPassword), Error);
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());

    // The first administrator always gets the administrator role, whatever was asked.
    User griffier{0, QStringLiteral("griffier"), QStringLiteral("Griffier"), UserRole::Griffie, true};
    AppCore core(DatabaseSetup::createNew(path, sampleSettings(), griffier, kPassword));
    const User made = core.users().login(QStringLiteral("griffier"), kPassword);
    CHECK(made.roles == (UserRole::Griffie | UserRole::Administrator));
    CHECK(core.settings().municipality().municipality == QLatin1String("Beek"));
}
