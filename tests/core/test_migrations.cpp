// Numbered migrations: statement splitting, the recorded versions, a failing step that leaves the
// previous version, and the upgrade of every old-schema fixture (architecture rule 5).
#include "support/rawconnection.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include "check/integritycheck.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/databasesetup.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace integriteit;
using namespace integriteit::test;

namespace {
QString metaValue(Database &database, const QString &key)
{
    SqlQuery q(database.connection(), QStringLiteral("SELECT value FROM meta WHERE key = :k"));
    q.bind(QStringLiteral(":k"), key).exec();
    return q.next() ? q.value(0).toString() : QString();
}

bool tableExists(Database &database, const QString &name)
{
    SqlQuery q(database.connection(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :n"));
    q.bind(QStringLiteral(":n"), name).exec();
    return q.next() && q.value(0).toInt() == 1;
}

void writeText(const QString &path, const QString &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text.toUtf8());
}

// A migrations folder holding copies of the real migrations plus one more step, numbered after them.
int makeMigrationFolder(const QString &folder, const QString &name, const QString &script)
{
    const QDir real(QStringLiteral(":/migrations"));
    for (const QString &file : real.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        REQUIRE(QFile::copy(real.filePath(file), folder + QLatin1Char('/') + file));
        QFile::setPermissions(folder + QLatin1Char('/') + file, QFile::ReadOwner | QFile::WriteOwner);
    }
    const int next = Migrator::latestVersion() + 1;
    writeText(QStringLiteral("%1/%2_%3.sql").arg(folder).arg(next, 4, 10, QLatin1Char('0')).arg(name), script);
    return next;
}
} // namespace

TEST_CASE("Migration scripts split into statements, trigger bodies whole", "[migrations]")
{
    const QString script = QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (\n"
        "    id INTEGER PRIMARY KEY -- inline\n"
        ");\n"
        "\n"
        "CREATE TRIGGER a_guard BEFORE DELETE ON a\n"
        "BEGIN\n"
        "    SELECT RAISE(ABORT, 'no');\n"
        "    INSERT INTO a DEFAULT VALUES;\n"
        "END;\n"
        "INSERT INTO a VALUES (1);\n"
        "create trigger b_guard before update on a\n"
        "begin\n"
        "    select 1;\n"
        "end;\n"
        "CREATE INDEX a_id ON a(id)");
    const QStringList statements = Migrator::splitStatements(script);
    REQUIRE(statements.size() == 5);
    CHECK(statements[0].startsWith(QLatin1String("CREATE TABLE a (")));
    CHECK(statements[0].endsWith(QLatin1String(");")));
    CHECK(statements[1].startsWith(QLatin1String("CREATE TRIGGER a_guard")));
    CHECK(statements[1].contains(QLatin1String("INSERT INTO a DEFAULT VALUES;")));
    CHECK(statements[1].endsWith(QLatin1String("END;")));
    CHECK(statements[2] == QLatin1String("INSERT INTO a VALUES (1);"));
    CHECK(statements[3].endsWith(QLatin1String("end;")));
    CHECK(statements[4] == QLatin1String("CREATE INDEX a_id ON a(id)"));

    // The real foundation script splits into statements SQLite accepts one by one.
    QFile file(QStringLiteral(":/migrations/0001_foundation.sql"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList foundation = Migrator::splitStatements(QString::fromUtf8(file.readAll()));
    CHECK(foundation.filter(QStringLiteral("CREATE TRIGGER")).size() == 2);
    for (const QString &statement : foundation)
        CHECK_FALSE(statement.startsWith(QLatin1String("--")));
}

TEST_CASE("A new database is migrated from zero and records its versions", "[migrations]")
{
    QTemporaryDir dir;
    auto database = Database::create(dir.filePath(QStringLiteral("new.db")));
    CHECK(Database::latestSchemaVersion() >= 1);
    CHECK(Database::latestSchemaVersion() == Migrator::latestVersion());
    CHECK(database->schemaVersion() == Database::latestSchemaVersion());
    CHECK(metaValue(*database, QStringLiteral("schema_version")).toInt() == Database::latestSchemaVersion());
    CHECK(metaValue(*database, QStringLiteral("min_app_version")) == QLatin1String(INTEGRITEIT_VERSION));
    for (int v = 1; v <= Database::latestSchemaVersion(); ++v)
        CHECK_FALSE(metaValue(*database, QStringLiteral("migrated_%1_at").arg(v, 4, 10, QLatin1Char('0'))).isEmpty());
    for (const char *table : {"users", "settings", "organisations", "persons", "appointments", "audit_log"})
        CHECK(tableExists(*database, QLatin1String(table)));
    // Migrating an up-to-date database changes nothing.
    const QString stamp = metaValue(*database, QStringLiteral("migrated_0001_at"));
    Migrator::migrate(*database);
    CHECK(metaValue(*database, QStringLiteral("migrated_0001_at")) == stamp);
}

TEST_CASE("A later migration is applied step by step and recorded", "[migrations]")
{
    QTemporaryDir migrations;
    const int next = makeMigrationFolder(migrations.path(), QStringLiteral("extra"),
                                         QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY);\n"
                                                        "INSERT INTO extra VALUES (7);\n"));
    CHECK(Migrator::latestVersion(migrations.path()) == next);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db.db"));
    {
        auto database = Database::create(path);
        Migrator::migrate(*database, migrations.path());
        CHECK(database->schemaVersion() == next);
        CHECK(SqlQuery::scalar(database->connection(), QStringLiteral("SELECT id FROM extra")).toInt() == 7);
        CHECK(metaValue(*database, QStringLiteral("min_app_version")) == QLatin1String(INTEGRITEIT_VERSION));
        CHECK_FALSE(metaValue(*database, QStringLiteral("migrated_%1_at").arg(next, 4, 10, QLatin1Char('0'))).isEmpty());
    }
    // This application knows only the real migrations: the upgraded file is now too new for it.
    try {
        Database::open(path);
        FAIL("a database of a newer schema was opened");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::File);
    }
}

TEST_CASE("A failing migration leaves the database at the previous version", "[migrations]")
{
    QTemporaryDir migrations;
    const int next = makeMigrationFolder(migrations.path(), QStringLiteral("broken"),
                                         QStringLiteral("CREATE TABLE extra (id INTEGER PRIMARY KEY);\n"
                                                        "INSERT INTO extra VALUES (1);\n"
                                                        "ALTER TABLE persons ADD COLUMN nickname TEXT;\n"
                                                        "THIS IS NOT SQL;\n"
                                                        "CREATE TABLE never (id INTEGER);\n"));
    QTemporaryDir dir;
    auto database = Database::create(dir.filePath(QStringLiteral("db.db")));
    const int previous = next - 1;
    REQUIRE(database->schemaVersion() == previous);
    try {
        Migrator::migrate(*database, migrations.path());
        FAIL("the broken migration succeeded");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Storage);
        CHECK(error.detail().contains(QLatin1String("THIS IS NOT SQL")));
    }
    CHECK(database->schemaVersion() == previous);
    CHECK_FALSE(tableExists(*database, QStringLiteral("extra")));
    CHECK_FALSE(tableExists(*database, QStringLiteral("never")));
    CHECK(SqlQuery::scalar(database->connection(),
                           QStringLiteral("SELECT count(*) FROM pragma_table_info('persons') WHERE name = 'nickname'"))
              .toInt() == 0);
    CHECK(metaValue(*database, QStringLiteral("migrated_%1_at").arg(next, 4, 10, QLatin1Char('0'))).isEmpty());
    // No transaction was left open: the database takes the next write.
    CHECK_NOTHROW(SqlQuery::run(database->connection(), QStringLiteral("BEGIN IMMEDIATE")));
    CHECK_NOTHROW(SqlQuery::run(database->connection(), QStringLiteral("ROLLBACK")));
}

TEST_CASE("Every old-schema fixture upgrades with its data intact", "[migrations][fixtures]")
{
    const QDir fixtures(QStringLiteral(INTEGRITEIT_FIXTURE_DIR));
    const QStringList dumps = fixtures.entryList({QStringLiteral("schema_*.sql")}, QDir::Files, QDir::Name);
    REQUIRE_FALSE(dumps.isEmpty());
    for (const QString &dump : dumps) {
        INFO(dump.toStdString());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("upgraded.db"));
        {
            QFile file(fixtures.filePath(dump));
            REQUIRE(file.open(QIODevice::ReadOnly));
            RawConnection raw(path);
            for (const QString &statement : Migrator::splitStatements(QString::fromUtf8(file.readAll())))
                raw.exec(statement);
        }
        AppCore core(Database::open(path));
        CHECK(core.database().schemaVersion() == Database::latestSchemaVersion());
        CHECK(metaValue(core.database(), QStringLiteral("min_app_version")) == QLatin1String(INTEGRITEIT_VERSION));
        const CheckResult check = IntegrityCheck::run(core.database());
        INFO(check.problems.join(QLatin1Char('\n')).toStdString());
        CHECK(check.ok());
        CHECK(check.auditRows > 0);

        // Every fixture holds the same records (see tests/fixtures/README.md).
        const User griffier = core.users().login(QStringLiteral("griffier"), kPassword);
        CHECK(griffier.roles == UserRoles(UserRole::Griffie));
        CHECK(core.settings().municipality().municipality == QLatin1String("Beek"));
        PersonFilter all;
        CHECK(core.persons().count(all) == 4);
        PersonFilter search;
        search.text = QStringLiteral("ozturk");
        const auto found = core.persons().page(search, PersonColumn::Name, Qt::AscendingOrder, 0, 10);
        REQUIRE(found.size() == 1);
        CHECK(found[0].displayName == QStringLiteral("M. (Mirjam) Öztürk-de Bruijn"));
        CHECK(found[0].role == HolderRole::Alderman);
        const auto appointments = core.persons().appointments(found[0].id);
        REQUIRE(appointments.size() == 1);
        CHECK(appointments[0].fractionPct == 80);
        CHECK(appointments[0].screeningReference == QLatin1String("VOG-2022-17"));
        // And the upgraded file takes new work.
        core.session().setUser(griffier);
        CHECK(core.persons().createPerson(samplePerson()) > 0);
        CHECK(IntegrityCheck::run(core.database()).ok());
    }
}

// Not run by ctest: writes the records every fixture holds, to make the dump of a new schema
// version. Run `core_tests "[.make-fixture]"` with INTEGRITEIT_FIXTURE_OUT=/tmp/schema.db, then
// `sqlite3 /tmp/schema.db .dump > tests/fixtures/schema_NNNN.sql` (see tests/fixtures/README.md).
TEST_CASE("Make the fixture database", "[.make-fixture]")
{
    const QString out = qEnvironmentVariable("INTEGRITEIT_FIXTURE_OUT");
    REQUIRE_FALSE(out.isEmpty());
    REQUIRE_FALSE(QFile::exists(out));
    User admin{0, QStringLiteral("beheerder"), QStringLiteral("Beheerder Beek"), UserRole::Administrator, true};
    AppCore core(DatabaseSetup::createNew(out, sampleSettings(), admin, kPassword));
    core.session().setUser(core.users().login(admin.userName, kPassword));
    core.users().createUser({0, QStringLiteral("griffier"), QStringLiteral("A.M. Scheepers"), UserRole::Griffie, true}, kPassword);
    core.users().createUser({0, QStringLiteral("secretaris"), QStringLiteral("H.J. van Dijk"), UserRole::Secretariat, true}, kPassword);
    core.session().setUser(core.users().login(QStringLiteral("griffier"), kPassword));
    core.session().setUser([&] { User u = core.session().user(); u.roles |= UserRole::Secretariat; return u; }());

    Person raadslid{0, QStringLiteral("P.J."), QStringLiteral("Pieter"), QStringLiteral("van der"), QStringLiteral("Berg"),
                    Gender::Male, QStringLiteral("p.vanderberg@beek.nl"), QString(), QString()};
    raadslid.id = core.persons().createPerson(raadslid);
    Appointment a = sampleAppointment(raadslid.id, HolderRole::Councillor, QDate(2022, 3, 30));
    a.faction = QStringLiteral("CDA");
    a.groupLeader = true;
    a.oathDate = QDate(2022, 3, 30);
    core.persons().addAppointment(a);

    Person wethouder{0, QStringLiteral("M."), QStringLiteral("Mirjam"), QString(), QStringLiteral("Öztürk-de Bruijn"),
                     Gender::Female, QString(), QStringLiteral("+31 46 437 5600"), QString()};
    wethouder.id = core.persons().createPerson(wethouder);
    Appointment w = sampleAppointment(wethouder.id, HolderRole::Alderman, QDate(2022, 6, 1));
    w.faction = QStringLiteral("GroenLinks");
    w.fractionPct = 80;
    w.screeningDate = QDate(2022, 5, 20);
    w.screeningReference = QStringLiteral("VOG-2022-17");
    core.persons().addAppointment(w);

    Person burgemeester{0, QStringLiteral("C.W.M."), QStringLiteral("Christian"), QString(), QStringLiteral("Dams"),
                        Gender::Male, QString(), QString(), QStringLiteral("Kroonbenoeming")};
    burgemeester.id = core.persons().createPerson(burgemeester);
    core.persons().addAppointment(sampleAppointment(burgemeester.id, HolderRole::Mayor, QDate(2019, 9, 1)));

    Person commissielid{0, QStringLiteral("Th."), QString(), QStringLiteral("'t"), QStringLiteral("Hooft"),
                        Gender::Unspecified, QString(), QString(), QString()};
    commissielid.id = core.persons().createPerson(commissielid);
    const qint64 mistaken = core.persons().addAppointment(
        sampleAppointment(commissielid.id, HolderRole::CommitteeMember, QDate(2018, 4, 1)));
    Appointment c = sampleAppointment(commissielid.id, HolderRole::CommitteeMember, QDate(2018, 4, 12));
    c.faction = QStringLiteral("VVD");
    c.end = QDate(2022, 3, 29);
    c.endReason = QStringLiteral("Einde zittingsperiode");
    c.id = mistaken;
    core.persons().updateAppointment(c);
    commissielid.email = QStringLiteral("th.thooft@example.nl");
    core.persons().updatePerson(commissielid);
}
