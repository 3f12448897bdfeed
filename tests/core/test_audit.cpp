// The audit trail: one row per write with who, what, before and after, chained by hashes so that an
// edit behind the application's back is found, and append-only in the schema itself.
#include "support/rawconnection.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include "check/integritycheck.h"
#include "common/error.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace integriteit;
using namespace integriteit::test;

namespace {
int auditCount(TestDatabase &test)
{
    return SqlQuery::scalar(test.database().connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}

AuditEntry newestEntry(TestDatabase &test)
{
    const qint64 id = SqlQuery::scalar(test.database().connection(), QStringLiteral("SELECT max(id) FROM audit_log")).toLongLong();
    const QString entity = SqlQuery::scalar(test.database().connection(),
                                            QStringLiteral("SELECT entity || ' ' || entity_id FROM audit_log WHERE id = %1").arg(id))
                               .toString();
    const QStringList parts = entity.split(QLatin1Char(' '));
    const auto entries = AuditLog::history(test.database().connection(), parts.value(0), parts.value(1).toLongLong(), 1);
    REQUIRE(entries.size() == 1);
    REQUIRE(entries.front().id == id);
    return entries.front();
}

struct State
{
    Person person;
    Appointment appointment;
    qint64 userId = 0;
};

struct AuditCase
{
    const char *name;
    const char *entity;
    const char *action;
    bool aboutPerson; // the row names the office holder (person_id)
    std::function<void(TestDatabase &, State &)> prepare;
    std::function<qint64(TestDatabase &, State &)> act; // returns the entity id
    std::function<void(const AuditEntry &)> check;
};

void createPerson(TestDatabase &test, State &s)
{
    s.person = samplePerson();
    s.person.id = test.persons().createPerson(s.person);
}

void createAppointment(TestDatabase &test, State &s)
{
    createPerson(test, s);
    s.appointment = sampleAppointment(s.person.id, HolderRole::Councillor);
    s.appointment.id = test.persons().addAppointment(s.appointment);
}

void createUser(TestDatabase &test, State &s)
{
    s.userId = test.users().createUser({0, QStringLiteral("nieuw"), QStringLiteral("Nieuwe Medewerker"), UserRole::Griffie, true},
                                       kPassword);
}

const std::vector<AuditCase> &auditCases()
{
    static const std::vector<AuditCase> cases = {
        {"create a person", "person", "create", true, {},
         [](TestDatabase &t, State &) { return t.persons().createPerson(samplePerson()); },
         [](const AuditEntry &e) {
             CHECK(e.before.isEmpty());
             CHECK(e.after.value(QStringLiteral("last_name")).toString() == QLatin1String("Jansen"));
         }},
        {"update a person", "person", "update", true, createPerson,
         [](TestDatabase &t, State &s) {
             Person p = s.person;
             p.lastName = QStringLiteral("Pietersen");
             p.email.clear();
             t.persons().updatePerson(p);
             return p.id;
         },
         [](const AuditEntry &e) {
             CHECK(e.before.value(QStringLiteral("last_name")).toString() == QLatin1String("Jansen"));
             CHECK(e.after.value(QStringLiteral("last_name")).toString() == QLatin1String("Pietersen"));
             CHECK(e.before.value(QStringLiteral("email")).toString() == QLatin1String("j.jansen@beek.nl"));
             CHECK(e.after.value(QStringLiteral("email")).toString().isEmpty());
             CHECK(e.before.value(QStringLiteral("first_name")) == e.after.value(QStringLiteral("first_name")));
             const QStringList changes = AuditLog::describeChanges(e);
             CHECK(changes.size() == 2);
             CHECK(changes.contains(QStringLiteral("last_name: Jansen → Pietersen")));
         }},
        {"remove a person", "person", "remove", true, createPerson,
         [](TestDatabase &t, State &s) { t.persons().removePerson(s.person.id); return s.person.id; },
         [](const AuditEntry &e) {
             CHECK(e.before.value(QStringLiteral("last_name")).toString() == QLatin1String("Jansen"));
             CHECK(e.after.isEmpty());
         }},
        {"restore a person", "person", "restore", true,
         [](TestDatabase &t, State &s) { createPerson(t, s); t.persons().removePerson(s.person.id); },
         [](TestDatabase &t, State &s) { t.persons().restorePerson(s.person); return s.person.id; },
         [](const AuditEntry &e) { CHECK(e.after.value(QStringLiteral("last_name")).toString() == QLatin1String("Jansen")); }},
        {"add an appointment", "appointment", "create", true, createPerson,
         [](TestDatabase &t, State &s) {
             return t.persons().addAppointment(sampleAppointment(s.person.id, HolderRole::Councillor));
         },
         [](const AuditEntry &e) {
             CHECK(e.before.isEmpty());
             CHECK(e.after.value(QStringLiteral("role")).toString() == QLatin1String("raadslid"));
             CHECK(e.after.value(QStringLiteral("start_date")).toString() == QLatin1String("2022-03-30"));
         }},
        {"update an appointment", "appointment", "update", true, createAppointment,
         [](TestDatabase &t, State &s) {
             Appointment a = s.appointment;
             a.faction = QStringLiteral("VVD");
             a.end = QDate(2024, 1, 31);
             a.endReason = QStringLiteral("Verhuisd");
             t.persons().updateAppointment(a);
             return a.id;
         },
         [](const AuditEntry &e) {
             CHECK(e.before.value(QStringLiteral("faction")).toString() == QLatin1String("CDA"));
             CHECK(e.after.value(QStringLiteral("faction")).toString() == QLatin1String("VVD"));
             CHECK(e.before.value(QStringLiteral("end_date")).toString().isEmpty());
             CHECK(e.after.value(QStringLiteral("end_date")).toString() == QLatin1String("2024-01-31"));
         }},
        {"remove an appointment", "appointment", "remove", true, createAppointment,
         [](TestDatabase &t, State &s) { t.persons().removeAppointment(s.appointment.id); return s.appointment.id; },
         [](const AuditEntry &e) {
             CHECK(e.before.value(QStringLiteral("role")).toString() == QLatin1String("raadslid"));
             CHECK(e.after.isEmpty());
         }},
        {"restore an appointment", "appointment", "restore", true,
         [](TestDatabase &t, State &s) { createAppointment(t, s); t.persons().removeAppointment(s.appointment.id); },
         [](TestDatabase &t, State &s) { t.persons().restoreAppointment(s.appointment); return s.appointment.id; },
         [](const AuditEntry &e) { CHECK(e.after.value(QStringLiteral("role")).toString() == QLatin1String("raadslid")); }},
        {"create a user", "user", "create", false, {},
         [](TestDatabase &t, State &s) { createUser(t, s); return s.userId; },
         [](const AuditEntry &e) {
             CHECK(e.after.value(QStringLiteral("user_name")).toString() == QLatin1String("nieuw"));
             // The password, nor its hash, is ever written to the trail.
             CHECK_FALSE(e.after.contains(QStringLiteral("password")));
             CHECK_FALSE(e.after.contains(QStringLiteral("password_hash")));
         }},
        {"update a user", "user", "update", false, createUser,
         [](TestDatabase &t, State &s) {
             User u = t.users().user(s.userId);
             u.fullName = QStringLiteral("Andere Naam");
             u.roles = UserRole::Griffie | UserRole::Auditor;
             t.users().updateUser(u);
             return s.userId;
         },
         [](const AuditEntry &e) {
             CHECK(e.before.value(QStringLiteral("full_name")).toString() == QLatin1String("Nieuwe Medewerker"));
             CHECK(e.after.value(QStringLiteral("full_name")).toString() == QLatin1String("Andere Naam"));
             CHECK(e.before.value(QStringLiteral("roles")).toInt() == 0x2);
             CHECK(e.after.value(QStringLiteral("roles")).toInt() == 0x12);
         }},
        {"set a user's password", "user", "set-password", false, createUser,
         [](TestDatabase &t, State &s) { t.users().setPassword(s.userId, QStringLiteral("Een ander wachtwoord")); return s.userId; },
         [](const AuditEntry &e) { CHECK(e.before.isEmpty()); CHECK(e.after.isEmpty()); }},
        {"change one's own password", "user", "change-password", false, {},
         [](TestDatabase &t, State &) {
             t.users().changeOwnPassword(kPassword, QStringLiteral("Een ander wachtwoord"));
             return t.session().user().id;
         },
         {}},
        {"log in", "user", "login", false, {},
         [](TestDatabase &t, State &) { return t.users().login(userNameFor(UserRole::Griffie), kPassword).id; }, {}},
        {"change the settings", "settings", "update", false, {},
         [](TestDatabase &t, State &) {
             MunicipalitySettings s = t.settings().municipality();
             s.mayor = QStringLiteral("Nieuwe Burgemeester");
             t.settings().setMunicipality(s);
             return qint64(1);
         },
         [](const AuditEntry &e) {
             CHECK(e.before.value(QStringLiteral("mayor")).toString() == QLatin1String("C.W.M. Dams"));
             CHECK(e.after.value(QStringLiteral("mayor")).toString() == QLatin1String("Nieuwe Burgemeester"));
         }},
    };
    return cases;
}
} // namespace

TEST_CASE("Every service write adds exactly one audit row", "[audit]")
{
    const auto &cases = auditCases();
    const AuditCase &c = cases.at(size_t(GENERATE(range(0, int(auditCases().size())))));
    INFO(c.name);
    TestDatabase test;
    // Every role at once, so each write is allowed; the rights have their own tests.
    test.actAs(UserRoles::fromInt(int(kAllUserRoles)));
    State state;
    if (c.prepare)
        c.prepare(test, state);
    const int before = auditCount(test);
    const QString actor = QLatin1String(c.action) == QLatin1String("login") ? userNameFor(UserRole::Griffie)
                                                                             : test.session().actor();
    const qint64 id = c.act(test, state);

    CHECK(auditCount(test) == before + 1);
    const AuditEntry entry = newestEntry(test);
    CHECK(entry.user == actor);
    CHECK(entry.entity == QLatin1String(c.entity));
    CHECK(entry.entityId == id);
    CHECK(entry.action == QLatin1String(c.action));
    CHECK(entry.atUtc.isValid());
    CHECK(entry.personId == (c.aboutPerson ? (state.person.id ? state.person.id : id) : 0));
    if (c.check)
        c.check(entry);
    CHECK(AuditLog::verifyChain(test.database().connection()) == 0);
}

TEST_CASE("A refused write adds no audit row", "[audit]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    const int before = auditCount(test);
    Person invalid = samplePerson();
    invalid.lastName.clear();
    CHECK_THROWS_AS(test.persons().createPerson(invalid), Error);
    test.loginAs(UserRole::Auditor);
    CHECK_THROWS_AS(test.persons().createPerson(samplePerson()), Error);
    CHECK_THROWS_AS(test.users().login(userNameFor(UserRole::Griffie), QStringLiteral("wrong password!")), Error);
    CHECK(auditCount(test) == before);
}

TEST_CASE("A person's history holds his own rows and those of his appointments", "[audit]")
{
    TestDatabase test;
    test.actAs(UserRole::Griffie);
    State one;
    createAppointment(test, one);
    State other;
    createPerson(test, other);
    const auto history = test.persons().history(one.person.id);
    REQUIRE(history.size() == 2);
    CHECK(history[0].entity == QLatin1String("appointment")); // newest first
    CHECK(history[1].entity == QLatin1String("person"));
    CHECK(test.persons().history(other.person.id).size() == 1);
}

TEST_CASE("The audit trail refuses updates and deletes", "[audit]")
{
    TestDatabase test;
    const QSqlDatabase db = test.database().connection();
    const int before = auditCount(test);
    REQUIRE(before > 0);
    for (const char *sql : {"UPDATE audit_log SET user_name = 'iemand'", "DELETE FROM audit_log WHERE id = 1",
                            "DELETE FROM audit_log"}) {
        INFO(sql);
        try {
            SqlQuery::run(db, QLatin1String(sql));
            FAIL("the audit trail was changed");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Storage);
            CHECK(error.detail().contains(QLatin1String("append-only")));
        }
    }
    CHECK(auditCount(test) == before);
    CHECK(SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'iemand'")).toInt() == 0);
}

TEST_CASE("The hash chain holds, and finds a row changed behind the application's back", "[audit]")
{
    TestDatabase test;
    test.actAs(UserRole::Griffie);
    for (const char *name : {"Jansen", "Pietersen", "Bakker", "Visser"})
        test.persons().createPerson(samplePerson(QLatin1String(name)));
    const QSqlDatabase db = test.database().connection();
    REQUIRE(AuditLog::verifyChain(db) == 0);
    REQUIRE(IntegrityCheck::run(test.database()).ok());
    const qint64 target = SqlQuery::scalar(db, QStringLiteral(
        "SELECT id FROM audit_log WHERE after_json LIKE '%Pietersen%'")).toLongLong();
    REQUIRE(target > 0);
    const qint64 next = SqlQuery::scalar(db, QStringLiteral("SELECT min(id) FROM audit_log WHERE id > %1").arg(target)).toLongLong();
    REQUIRE(next > target);
    qint64 broken = 0; // the row the chain must report

    SECTION("a changed row")
    {
        RawConnection other(test.path());
        other.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        other.exec(QStringLiteral("UPDATE audit_log SET user_name = 'iemand anders' WHERE id = %1").arg(target));
        broken = target;
    }
    SECTION("a changed row whose hash was recomputed naively")
    {
        RawConnection other(test.path());
        other.exec(QStringLiteral("DROP TRIGGER audit_log_no_update"));
        other.exec(QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'Pietersen', 'Peters'), "
                                  "hash = lower(hex(randomblob(32))) WHERE id = %1").arg(target));
        broken = target;
    }
    SECTION("a removed row")
    {
        RawConnection other(test.path());
        other.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete"));
        other.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(target));
        broken = next;
    }
    CHECK(AuditLog::verifyChain(db) == broken);
    const CheckResult check = IntegrityCheck::run(test.database());
    CHECK_FALSE(check.ok());
    CHECK(check.problems.join(QLatin1Char('\n')).contains(QString::number(broken)));
}
