// The command line verbs, run in-process as a script would run them: exit status and effect.
#include "support/rawconnection.h"
#include "support/testdatabase.h"

#include "cli/commandline.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace integriteit;
using namespace integriteit::test;

namespace {
int run(QStringList arguments)
{
    arguments.prepend(QStringLiteral("integriteit"));
    return CommandLine::run(arguments);
}

// Sets INTEGRITEIT_PASSWORD for one scope.
class PasswordEnvironment
{
public:
    explicit PasswordEnvironment(const QString &password) { qputenv("INTEGRITEIT_PASSWORD", password.toUtf8()); }
    ~PasswordEnvironment() { qunsetenv("INTEGRITEIT_PASSWORD"); }
};

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList personNames(const QString &path)
{
    auto database = Database::open(path);
    SqlQuery q(database->connection(), QStringLiteral("SELECT sort_name FROM persons ORDER BY id"));
    q.exec();
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}
} // namespace

TEST_CASE("The command line knows its verbs", "[cli]")
{
    CHECK(CommandLine::isCommand({QStringLiteral("integriteit"), QStringLiteral("check")}));
    CHECK(CommandLine::isCommand({QStringLiteral("integriteit"), QStringLiteral("--version")}));
    CHECK_FALSE(CommandLine::isCommand({QStringLiteral("integriteit")}));
    CHECK_FALSE(CommandLine::isCommand({QStringLiteral("integriteit"), QStringLiteral("/tmp/beek.db")}));
    CHECK(run({QStringLiteral("--version")}) == 0);
    CHECK(run({QStringLiteral("--help")}) == 0);
    CHECK(run({QStringLiteral("frobnicate")}) == 1);
    CHECK(run({QStringLiteral("check")}) == 1); // no --db
}

TEST_CASE("init creates a database and never overwrites one", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("beek.db"));
    const QStringList init = {QStringLiteral("init"), QStringLiteral("--db"), path, QStringLiteral("--municipality"),
                              QStringLiteral("Beek"), QStringLiteral("--province"), QStringLiteral("Limburg"),
                              QStringLiteral("--admin"), QStringLiteral("beheerder")};
    {
        // Without a password (no variable, no terminal) nothing is made.
        qunsetenv("INTEGRITEIT_PASSWORD");
        CHECK(run(init) == 1);
        CHECK_FALSE(QFile::exists(path));
    }
    {
        PasswordEnvironment password(QStringLiteral("kort"));
        CHECK(run(init) == 1);
        CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
    PasswordEnvironment password(kPassword);
    CHECK(run({QStringLiteral("init"), QStringLiteral("--db"), path}) == 1); // usage
    CHECK_FALSE(QFile::exists(path));
    REQUIRE(run(init) == 0);
    {
        AppCore core(Database::open(path));
        const User admin = core.users().login(QStringLiteral("beheerder"), kPassword);
        CHECK(admin.roles.testFlag(UserRole::Administrator));
        CHECK(core.settings().municipality().municipality == QLatin1String("Beek"));
        CHECK(core.settings().municipality().province == QLatin1String("Limburg"));
    }
    const QByteArray before = bytesOf(path);
    CHECK(run(init) == 1);
    CHECK(bytesOf(path) == before);
}

TEST_CASE("check passes a sound database and fails a tampered one", "[cli]")
{
    TestDatabase test;
    test.close();
    const QStringList check = {QStringLiteral("check"), QStringLiteral("--db"), test.path()};
    CHECK(run(check) == 0);
    {
        RawConnection other(test.path());
        other.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        other.exec(QStringLiteral("UPDATE audit_log SET user_name = 'iemand' WHERE id = 2"));
    }
    CHECK(run(check) == 1);

    QTemporaryDir dir;
    CHECK(run({QStringLiteral("check"), QStringLiteral("--db"), dir.filePath(QStringLiteral("missing.db"))}) == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
}

TEST_CASE("demo makes a sound database, the same for the same seed", "[cli][demo]")
{
    QTemporaryDir dir;
    PasswordEnvironment password(kPassword);
    const auto demo = [&](const QString &name, const QString &seed) {
        const QString path = dir.filePath(name);
        REQUIRE(run({QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--scale"), QStringLiteral("small"),
                     QStringLiteral("--seed"), seed}) == 0);
        CHECK(run({QStringLiteral("check"), QStringLiteral("--db"), path}) == 0);
        return personNames(path);
    };
    const QStringList first = demo(QStringLiteral("a.db"), QStringLiteral("7"));
    const QStringList again = demo(QStringLiteral("b.db"), QStringLiteral("7"));
    const QStringList other = demo(QStringLiteral("c.db"), QStringLiteral("8"));
    CHECK(first.size() >= 20);
    CHECK(first == again);
    CHECK(first != other);

    CHECK(run({QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("d.db")), QStringLiteral("--scale"),
               QStringLiteral("enormous")}) == 1);
    CHECK(run({QStringLiteral("demo"), QStringLiteral("--db"), dir.filePath(QStringLiteral("d.db")), QStringLiteral("--seed"),
               QStringLiteral("zeven")}) == 1);
    CHECK_FALSE(QFile::exists(dir.filePath(QStringLiteral("d.db"))));
}
