// Rights on every service call (rights live in core, not in hidden buttons): a table of the
// logged-in user's role × the call → allowed, or refused with Error(Permission) and nothing written.
// The griffie keeps raad and commissie, the secretariat the college; nobody else writes persons;
// only the administrator manages users and settings; everyone logged in may read.
#include "support/samples.h"
#include "support/testdatabase.h"

#include "common/error.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <catch2/catch.hpp>

#include <functional>
#include <optional>

using namespace integriteit;
using namespace integriteit::test;

namespace {
// The records each call works on, made before the user under test logs in.
struct World
{
    qint64 councillor = 0;            // a person with a raadslid appointment
    qint64 councillorAppointment = 0;
    qint64 committeeAppointment = 0;  // on the councillor person's colleague
    qint64 alderman = 0;              // a person with a wethouder appointment
    qint64 aldermanAppointment = 0;
    qint64 loose = 0;                 // a person without appointments
    Appointment removedCouncil;       // removed, for restoreAppointment
    Appointment removedCollege;
    Person removedPerson;             // removed, for restorePerson
};

World buildWorld(TestDatabase &test)
{
    test.actAs(UserRole::Griffie | UserRole::Secretariat);
    PersonService &p = test.persons();
    // One transaction for the lot (the services' own units join it): this runs for every cell.
    UnitOfWork work(test.database(), test.session().actor());
    World w;
    w.councillor = p.createPerson(samplePerson(QStringLiteral("Raadslid")));
    w.councillorAppointment = p.addAppointment(sampleAppointment(w.councillor, HolderRole::Councillor));
    const qint64 member = p.createPerson(samplePerson(QStringLiteral("Commissielid")));
    w.committeeAppointment = p.addAppointment(sampleAppointment(member, HolderRole::CommitteeMember));
    w.alderman = p.createPerson(samplePerson(QStringLiteral("Wethouder")));
    w.aldermanAppointment = p.addAppointment(sampleAppointment(w.alderman, HolderRole::Alderman));
    w.loose = p.createPerson(samplePerson(QStringLiteral("Los")));

    const qint64 council2 = p.createPerson(samplePerson(QStringLiteral("Oudraadslid")));
    w.removedCouncil = sampleAppointment(council2, HolderRole::Councillor, QDate(2014, 3, 27));
    w.removedCouncil.end = QDate(2018, 3, 28);
    w.removedCouncil.id = p.addAppointment(w.removedCouncil);
    p.removeAppointment(w.removedCouncil.id);
    w.removedCollege = sampleAppointment(w.alderman, HolderRole::Alderman, QDate(2014, 5, 1));
    w.removedCollege.end = QDate(2018, 4, 30);
    w.removedCollege.id = p.addAppointment(w.removedCollege);
    p.removeAppointment(w.removedCollege.id);

    w.removedPerson = samplePerson(QStringLiteral("Vergissing"));
    w.removedPerson.id = p.createPerson(w.removedPerson);
    p.removePerson(w.removedPerson.id);
    work.commit();
    test.logout();
    return w;
}

struct Call
{
    const char *name;
    UserRoles allowed; // empty: every logged-in user
    bool write;
    std::function<void(TestDatabase &, const World &)> run;
};

const UserRoles kEveryone;
const UserRoles kGriffie = UserRole::Griffie;
const UserRoles kSecretariat = UserRole::Secretariat;
const UserRoles kOffices = UserRole::Griffie | UserRole::Secretariat;
const UserRoles kAdministrator = UserRole::Administrator;

Appointment changed(const Appointment &a)
{
    Appointment copy = a;
    copy.oathDate = copy.start;
    return copy;
}

const std::vector<Call> &calls()
{
    static const std::vector<Call> table = {
        // PersonService reads
        {"person", kEveryone, false, [](TestDatabase &t, const World &w) { t.persons().person(w.councillor); }},
        {"appointments", kEveryone, false, [](TestDatabase &t, const World &w) { t.persons().appointments(w.alderman); }},
        {"appointment", kEveryone, false, [](TestDatabase &t, const World &w) { t.persons().appointment(w.aldermanAppointment); }},
        {"count", kEveryone, false, [](TestDatabase &t, const World &) { t.persons().count(PersonFilter()); }},
        {"page", kEveryone, false, [](TestDatabase &t, const World &) { t.persons().page(PersonFilter(), PersonColumn::Name, Qt::AscendingOrder, 0, 50); }},
        {"factions", kEveryone, false, [](TestDatabase &t, const World &) { t.persons().factions(); }},
        {"organisations", kEveryone, false, [](TestDatabase &t, const World &) { t.persons().organisations(); }},
        {"history", kEveryone, false, [](TestDatabase &t, const World &w) { t.persons().history(w.councillor); }},
        // PersonService writes
        {"createPerson", kOffices, true, [](TestDatabase &t, const World &) { t.persons().createPerson(samplePerson()); }},
        {"updatePerson of a raadslid", kGriffie, true,
         [](TestDatabase &t, const World &w) { Person p = t.persons().person(w.councillor); p.phone = QStringLiteral("0612345678"); t.persons().updatePerson(p); }},
        {"updatePerson of a wethouder", kSecretariat, true,
         [](TestDatabase &t, const World &w) { Person p = t.persons().person(w.alderman); p.phone = QStringLiteral("0612345678"); t.persons().updatePerson(p); }},
        {"updatePerson without appointments", kOffices, true,
         [](TestDatabase &t, const World &w) { Person p = t.persons().person(w.loose); p.phone = QStringLiteral("0612345678"); t.persons().updatePerson(p); }},
        {"removePerson", kOffices, true, [](TestDatabase &t, const World &w) { t.persons().removePerson(w.loose); }},
        {"restorePerson", kOffices, true, [](TestDatabase &t, const World &w) { t.persons().restorePerson(w.removedPerson); }},
        {"addAppointment raadslid", kGriffie, true,
         [](TestDatabase &t, const World &w) { t.persons().addAppointment(sampleAppointment(w.loose, HolderRole::Councillor)); }},
        {"addAppointment commissielid", kGriffie, true,
         [](TestDatabase &t, const World &w) { t.persons().addAppointment(sampleAppointment(w.loose, HolderRole::CommitteeMember)); }},
        {"addAppointment wethouder", kSecretariat, true,
         [](TestDatabase &t, const World &w) { t.persons().addAppointment(sampleAppointment(w.loose, HolderRole::Alderman)); }},
        {"addAppointment burgemeester", kSecretariat, true,
         [](TestDatabase &t, const World &w) { t.persons().addAppointment(sampleAppointment(w.loose, HolderRole::Mayor)); }},
        {"updateAppointment raadslid", kGriffie, true,
         [](TestDatabase &t, const World &w) { t.persons().updateAppointment(changed(t.persons().appointment(w.councillorAppointment))); }},
        {"updateAppointment commissielid", kGriffie, true,
         [](TestDatabase &t, const World &w) { t.persons().updateAppointment(changed(t.persons().appointment(w.committeeAppointment))); }},
        {"updateAppointment wethouder", kSecretariat, true,
         [](TestDatabase &t, const World &w) { t.persons().updateAppointment(changed(t.persons().appointment(w.aldermanAppointment))); }},
        {"removeAppointment raadslid", kGriffie, true,
         [](TestDatabase &t, const World &w) { t.persons().removeAppointment(w.councillorAppointment); }},
        {"removeAppointment wethouder", kSecretariat, true,
         [](TestDatabase &t, const World &w) { t.persons().removeAppointment(w.aldermanAppointment); }},
        {"restoreAppointment raadslid", kGriffie, true,
         [](TestDatabase &t, const World &w) { t.persons().restoreAppointment(w.removedCouncil); }},
        {"restoreAppointment wethouder", kSecretariat, true,
         [](TestDatabase &t, const World &w) { t.persons().restoreAppointment(w.removedCollege); }},
        // UserService
        {"users", kAdministrator, false, [](TestDatabase &t, const World &) { t.users().users(); }},
        {"user (another)", kAdministrator, false,
         [](TestDatabase &t, const World &) { t.users().user(t.account(UserRole::Auditor).id == t.session().user().id
                                                                  ? t.account(UserRole::Griffie).id
                                                                  : t.account(UserRole::Auditor).id); }},
        {"user (oneself)", kEveryone, false, [](TestDatabase &t, const World &) { t.users().user(t.session().user().id); }},
        {"createUser", kAdministrator, true,
         [](TestDatabase &t, const World &) { t.users().createUser({0, QStringLiteral("nieuw"), QStringLiteral("Nieuw"), UserRole::Auditor, true}, kPassword); }},
        {"updateUser", kAdministrator, true,
         [](TestDatabase &t, const World &) { User u = t.account(UserRole::Auditor); u.fullName = QStringLiteral("Andere Naam"); t.users().updateUser(u); }},
        {"setPassword", kAdministrator, true,
         [](TestDatabase &t, const World &) { t.users().setPassword(t.account(UserRole::Auditor).id, QStringLiteral("Nieuw wachtwoord")); }},
        {"changeOwnPassword", kEveryone, true,
         [](TestDatabase &t, const World &) { t.users().changeOwnPassword(kPassword, QStringLiteral("Nieuw wachtwoord")); }},
        // SettingsService
        {"setMunicipality", kAdministrator, true,
         [](TestDatabase &t, const World &) { MunicipalitySettings s = sampleSettings(); s.mayor = QStringLiteral("Nieuw"); t.settings().setMunicipality(s); }},
    };
    return table;
}

int auditCount(TestDatabase &test)
{
    return SqlQuery::scalar(test.database().connection(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}
} // namespace

TEST_CASE("Every service call is allowed or refused by the user's role", "[rights]")
{
    // No role: nobody logged in.
    const std::optional<UserRole> role = GENERATE(values<std::optional<UserRole>>(
        {std::nullopt, UserRole::Administrator, UserRole::Griffie, UserRole::Secretariat, UserRole::Integrity,
         UserRole::Auditor}));
    const Call &call = calls().at(size_t(GENERATE(range(0, int(calls().size())))));
    const bool allowed = role && (call.allowed == kEveryone || call.allowed.testFlag(*role));
    INFO("call " << call.name << ", role " << (role ? userRoleCode(*role).toStdString() : "(not logged in)")
                 << ", expected " << (allowed ? "allowed" : "refused"));

    TestDatabase test;
    const World world = buildWorld(test);
    if (role)
        test.loginAs(*role);
    const int audits = auditCount(test);

    if (allowed) {
        CHECK_NOTHROW(call.run(test, world));
        if (call.write)
            CHECK(auditCount(test) == audits + 1);
    } else {
        try {
            call.run(test, world);
            FAIL("the call was allowed");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Permission);
            CHECK_FALSE(error.userMessage().isEmpty());
        }
        CHECK(auditCount(test) == audits);
    }
    CHECK(test.database().transactionDepth() == 0);
}

TEST_CASE("The may-edit questions agree with the rights", "[rights]")
{
    TestDatabase test;
    const World world = buildWorld(test);
    PersonService &p = test.persons();
    CHECK_FALSE(p.mayCreate()); // not logged in

    test.loginAs(UserRole::Griffie);
    CHECK(p.mayCreate());
    CHECK(p.mayEditRole(HolderRole::Councillor));
    CHECK(p.mayEditRole(HolderRole::CommitteeMember));
    CHECK_FALSE(p.mayEditRole(HolderRole::Alderman));
    CHECK_FALSE(p.mayEditRole(HolderRole::Mayor));
    CHECK(p.mayEditPerson(world.councillor));
    CHECK_FALSE(p.mayEditPerson(world.alderman));
    CHECK(p.mayEditPerson(world.loose));

    test.loginAs(UserRole::Secretariat);
    CHECK(p.mayEditRole(HolderRole::Alderman));
    CHECK(p.mayEditRole(HolderRole::Mayor));
    CHECK_FALSE(p.mayEditRole(HolderRole::Councillor));
    CHECK(p.mayEditPerson(world.alderman));
    CHECK_FALSE(p.mayEditPerson(world.councillor));

    for (UserRole role : {UserRole::Administrator, UserRole::Integrity, UserRole::Auditor}) {
        test.loginAs(role);
        CHECK_FALSE(p.mayCreate());
        for (HolderRole holder : allHolderRoles())
            CHECK_FALSE(p.mayEditRole(holder));
        CHECK_FALSE(p.mayEditPerson(world.loose));
    }
}

TEST_CASE("A raadslid who becomes wethouder gets his appointment from the secretariat", "[rights]")
{
    // Common in a dualist council: the raadslid leaves the raad and joins the college. The
    // griffie ends the council seat; the secretariat adds the college appointment (its own role),
    // and from then on both offices keep his record.
    TestDatabase test;
    const World world = buildWorld(test);
    test.loginAs(UserRole::Griffie);
    Appointment seat = test.persons().appointment(world.councillorAppointment);
    seat.end = QDate(2024, 5, 31);
    seat.endReason = QStringLiteral("Benoemd tot wethouder");
    test.persons().updateAppointment(seat);
    CHECK_THROWS_AS(test.persons().addAppointment(sampleAppointment(world.councillor, HolderRole::Alderman, QDate(2024, 6, 1))),
                    Error);

    test.loginAs(UserRole::Secretariat);
    CHECK_FALSE(test.persons().mayEditPerson(world.councillor));
    CHECK(test.persons().addAppointment(sampleAppointment(world.councillor, HolderRole::Alderman, QDate(2024, 6, 1))) > 0);
    CHECK(test.persons().mayEditPerson(world.councillor));
    // The council seat stays the griffie's.
    CHECK_THROWS_AS(test.persons().removeAppointment(world.councillorAppointment), Error);
    test.loginAs(UserRole::Griffie);
    CHECK(test.persons().mayEditPerson(world.councillor));
}
