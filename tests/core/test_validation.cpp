// Validation of every field: each invalid value names its form field in Error::field(), and the
// boundary values just inside each rule pass.
#include "support/samples.h"
#include "support/testdatabase.h"

#include "common/error.h"
#include "persons/personvalidator.h"
#include "settings/settingsservice.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <functional>

using namespace integriteit;
using namespace integriteit::test;

namespace {
struct PersonCase
{
    const char *label;
    std::function<void(Person &)> change;
    const char *field; // nullptr: the person is valid
};

struct AppointmentCase
{
    const char *label;
    std::function<void(Appointment &)> change;
    const char *field;
};

// Runs the check and compares the outcome with the expected field (or success).
template<typename F>
void expectField(F &&check, const char *field)
{
    if (!field) {
        CHECK_NOTHROW(check());
        return;
    }
    try {
        check();
        FAIL("accepted, expected a refusal on " << field);
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Validation);
        CHECK(error.field() == QLatin1String(field));
        CHECK_FALSE(error.userMessage().isEmpty());
    }
}

template<typename T>
std::function<void(T &)> set(QString T::*member, const QString &value)
{
    return [member, value](T &record) { record.*member = value; };
}
} // namespace

TEST_CASE("Person fields are validated one by one", "[validation][persons]")
{
    const auto c = GENERATE(values<PersonCase>({
        {"the sample", [](Person &) {}, nullptr},
        // lastName
        {"empty last name", set(&Person::lastName, QString()), "lastName"},
        {"blank last name", set(&Person::lastName, QStringLiteral("   ")), "lastName"},
        {"last name with a digit", set(&Person::lastName, QStringLiteral("Jansen2")), "lastName"},
        {"last name starting with a hyphen", set(&Person::lastName, QStringLiteral("-Jansen")), "lastName"},
        {"last name of 101 letters", set(&Person::lastName, repeated(u'a', 101)), "lastName"},
        {"last name of 100 letters", set(&Person::lastName, repeated(u'a', 100)), nullptr},
        {"double last name with diacritics", set(&Person::lastName, QStringLiteral("Öztürk-de Bruijn")), nullptr},
        {"last name with an apostrophe", set(&Person::lastName, QStringLiteral("d'Hondt")), nullptr},
        // initials
        {"no initials", set(&Person::initials, QString()), "initials"},
        {"initials without dots", set(&Person::initials, QStringLiteral("JP")), "initials"},
        {"initials without the last dot", set(&Person::initials, QStringLiteral("J.P")), "initials"},
        {"initials in small letters", set(&Person::initials, QStringLiteral("j.p.")), "initials"},
        {"initial of four letters", set(&Person::initials, QStringLiteral("Chri.")), "initials"},
        {"initials with a space", set(&Person::initials, QStringLiteral("J. P.")), "initials"},
        {"two initials", set(&Person::initials, QStringLiteral("J.P.")), nullptr},
        {"Th. and Chr.", set(&Person::initials, QStringLiteral("Th.Chr.")), nullptr},
        {"initial with a diacritic", set(&Person::initials, QStringLiteral("É.")), nullptr},
        // firstName
        {"no first name", set(&Person::firstName, QString()), nullptr},
        {"first name with a digit", set(&Person::firstName, QStringLiteral("Jan2")), "firstName"},
        {"first name of 51 letters", set(&Person::firstName, repeated(u'a', 51)), "firstName"},
        {"first name of 50 letters", set(&Person::firstName, repeated(u'a', 50)), nullptr},
        {"first name with a hyphen", set(&Person::firstName, QStringLiteral("Anne-Marie")), nullptr},
        // namePrefix
        {"prefix van der", set(&Person::namePrefix, QStringLiteral("van der")), nullptr},
        {"prefix 't", set(&Person::namePrefix, QStringLiteral("'t")), nullptr},
        {"prefix with a capital", set(&Person::namePrefix, QStringLiteral("Van")), "namePrefix"},
        {"prefix with a hyphen", set(&Person::namePrefix, QStringLiteral("van-der")), "namePrefix"},
        {"prefix of 21 characters", set(&Person::namePrefix, repeated(u'v', 21)), "namePrefix"},
        {"prefix of 20 characters", set(&Person::namePrefix, repeated(u'v', 20)), nullptr},
        // email
        {"no e-mail", set(&Person::email, QString()), nullptr},
        {"e-mail without @", set(&Person::email, QStringLiteral("jan.beek.nl")), "email"},
        {"e-mail without a domain dot", set(&Person::email, QStringLiteral("jan@beek")), "email"},
        {"e-mail with a space", set(&Person::email, QStringLiteral("jan jansen@beek.nl")), "email"},
        {"e-mail with two @", set(&Person::email, QStringLiteral("jan@@beek.nl")), "email"},
        {"e-mail of 201 characters", set(&Person::email, repeated(u'a', 193) + QStringLiteral("@beek.nl")), "email"},
        {"e-mail of 200 characters", set(&Person::email, repeated(u'a', 192) + QStringLiteral("@beek.nl")), nullptr},
        // phone
        {"no phone", set(&Person::phone, QString()), nullptr},
        {"international phone", set(&Person::phone, QStringLiteral("+31 6 1234 5678")), nullptr},
        {"phone of 6 digits", set(&Person::phone, QStringLiteral("123456")), nullptr},
        {"phone of 5 digits", set(&Person::phone, QStringLiteral("12345")), "phone"},
        {"phone with letters", set(&Person::phone, QStringLiteral("046-BEEK-12")), "phone"},
        {"phone of 21 characters", set(&Person::phone, repeated(u'1', 21)), "phone"},
        {"phone of 20 characters", set(&Person::phone, QStringLiteral("+") + repeated(u'1', 19)), nullptr},
        // notes
        {"notes of 4000 characters", set(&Person::notes, repeated(u'x', 4000)), nullptr},
        {"notes of 4001 characters", set(&Person::notes, repeated(u'x', 4001)), "notes"},
    }));
    INFO(c.label);
    Person person = samplePerson();
    c.change(person);
    expectField([&] { PersonValidator(QSqlDatabase()).validate(person); }, c.field);
}

TEST_CASE("The person service refuses an invalid person and saves nothing", "[validation][persons]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    Person person = samplePerson();
    person.initials = QStringLiteral("jp");
    expectField([&] { test.persons().createPerson(person); }, "initials");
    CHECK(test.persons().count(PersonFilter()) == 0);

    // Spaces around a value are not the user's mistake: the service trims before it checks.
    person = samplePerson();
    person.initials = QStringLiteral(" J. ");
    person.lastName = QStringLiteral(" Jansen ");
    const qint64 id = test.persons().createPerson(person);
    CHECK(test.persons().person(id).lastName == QLatin1String("Jansen"));

    Person changed = test.persons().person(id);
    changed.email = QStringLiteral("geen adres");
    expectField([&] { test.persons().updatePerson(changed); }, "email");
    CHECK(test.persons().person(id).email == QLatin1String("j.jansen@beek.nl"));
}

TEST_CASE("Appointment fields and overlaps are validated", "[validation][persons]")
{
    // "Today" is fixed so the date rules are tested at their exact edges.
    const QDate today(2025, 6, 15);
    TestDatabase test;
    test.actAs(UserRole::Griffie | UserRole::Secretariat);
    PersonService &persons = test.persons();
    const qint64 subject = persons.createPerson(samplePerson(QStringLiteral("Jansen")));
    const qint64 formerCouncillor = persons.createPerson(samplePerson(QStringLiteral("Bakker")));
    Appointment earlier = sampleAppointment(formerCouncillor, HolderRole::Councillor, QDate(2018, 3, 29));
    earlier.end = QDate(2022, 3, 29);
    persons.addAppointment(earlier);
    const qint64 mayor = persons.createPerson(samplePerson(QStringLiteral("Dams")));
    Appointment sittingMayor = sampleAppointment(mayor, HolderRole::Mayor, QDate(2020, 1, 1));
    const qint64 sittingMayorId = persons.addAppointment(sittingMayor);
    const qint64 subjectCouncil = persons.addAppointment(sampleAppointment(subject, HolderRole::Councillor, QDate(2022, 3, 30)));

    const auto c = GENERATE_COPY(values<AppointmentCase>({
        {"a councillor", [](Appointment &) {}, nullptr},
        {"a missing person", [](Appointment &a) { a.personId = 9999; }, "person"},
        {"a missing body", [](Appointment &a) { a.organisationId = 9999; }, "organisation"},
        {"no start", [](Appointment &a) { a.start = QDate(); }, "start"},
        {"start in 1949", [](Appointment &a) { a.start = QDate(1949, 12, 31); }, "start"},
        {"start on 1 January 1950", [](Appointment &a) { a.start = QDate(1950, 1, 1); a.end = QDate(1954, 1, 1); }, nullptr},
        {"start one year ahead", [=](Appointment &a) { a.start = today.addYears(1); }, nullptr},
        {"start a day further", [=](Appointment &a) { a.start = today.addYears(1).addDays(1); }, "start"},
        {"end before start", [](Appointment &a) { a.end = a.start.addDays(-1); }, "end"},
        {"end on the start day", [](Appointment &a) { a.end = a.start; }, nullptr},
        {"reason without end", [](Appointment &a) { a.endReason = QStringLiteral("Verhuisd"); }, "endReason"},
        {"reason of 200", [](Appointment &a) { a.end = QDate(2024, 1, 1); a.endReason = repeated(u'r', 200); }, nullptr},
        {"reason of 201", [](Appointment &a) { a.end = QDate(2024, 1, 1); a.endReason = repeated(u'r', 201); }, "endReason"},
        {"councillor with a part-time factor", [](Appointment &a) { a.fractionPct = 50; }, "fraction"},
        {"alderman without a factor", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 0; }, "fraction"},
        {"alderman at 101%", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 101; }, "fraction"},
        {"alderman at 1%", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 1; }, nullptr},
        {"alderman at 100%", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; }, nullptr},
        {"councillor as deputy chair", [](Appointment &a) { a.deputyChair = true; }, nullptr},
        {"alderman as deputy chair", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.deputyChair = true; }, "deputyChair"},
        {"councillor as group leader", [](Appointment &a) { a.groupLeader = true; }, nullptr},
        {"committee member as group leader", [](Appointment &a) { a.role = HolderRole::CommitteeMember; a.groupLeader = true; }, "groupLeader"},
        {"councillor without a party group", [](Appointment &a) { a.faction = QStringLiteral("  "); }, "faction"},
        {"committee member without a party group", [](Appointment &a) { a.role = HolderRole::CommitteeMember; a.faction.clear(); }, "faction"},
        {"party group of 80", [](Appointment &a) { a.faction = repeated(u'f', 80); }, nullptr},
        {"party group of 81", [](Appointment &a) { a.faction = repeated(u'f', 81); }, "faction"},
        {"alderman without a party group", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 60; a.faction.clear(); }, nullptr},
        {"mayor with a party group", [](Appointment &a) { a.role = HolderRole::Mayor; a.start = QDate(2010, 1, 1); a.end = QDate(2011, 1, 1); }, "faction"},
        {"oath today", [=](Appointment &a) { a.oathDate = today; }, nullptr},
        {"oath tomorrow", [=](Appointment &a) { a.oathDate = today.addDays(1); }, "oathDate"},
        {"oath a year before the start", [](Appointment &a) { a.oathDate = a.start.addYears(-1); }, nullptr},
        {"oath longer before the start", [](Appointment &a) { a.oathDate = a.start.addYears(-1).addDays(-1); }, "oathDate"},
        {"code received tomorrow", [=](Appointment &a) { a.codeReceived = today.addDays(1); }, "codeReceived"},
        {"code received long before", [](Appointment &a) { a.codeReceived = QDate(2000, 1, 1); }, "codeReceived"},
        {"protocol received tomorrow", [=](Appointment &a) { a.protocolReceived = today.addDays(1); }, "protocolReceived"},
        {"protocol received long before", [](Appointment &a) { a.protocolReceived = QDate(2000, 1, 1); }, "protocolReceived"},
        {"screening for an alderman", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.screeningDate = QDate(2022, 3, 1); a.screeningReference = repeated(u's', 100); }, nullptr},
        {"screening tomorrow", [=](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.screeningDate = today.addDays(1); }, "screeningDate"},
        {"screening long before", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.screeningDate = QDate(2019, 1, 1); }, "screeningDate"},
        {"screening for a councillor", [](Appointment &a) { a.screeningDate = QDate(2022, 3, 1); }, "screeningDate"},
        {"screening reference for a councillor", [](Appointment &a) { a.screeningReference = QStringLiteral("VOG-1"); }, "screeningDate"},
        {"screening reference without date", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.screeningReference = QStringLiteral("VOG-1"); }, "screeningDate"},
        {"screening reference of 101", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.screeningDate = QDate(2022, 3, 1); a.screeningReference = repeated(u's', 101); }, "screeningReference"},
        {"transitional arrangement for a councillor", [](Appointment &a) { a.transitionalSettlement = true; }, "transitionalSettlement"},
        {"transitional arrangement for an alderman", [](Appointment &a) { a.role = HolderRole::Alderman; a.fractionPct = 100; a.transitionalSettlement = true; }, nullptr},
        // Overlaps (the subject is a councillor since 2022-03-30; a mayor sits since 2020-01-01).
        {"the same office twice at once", [=](Appointment &a) { a.personId = subject; a.start = QDate(2023, 1, 1); }, "start"},
        {"the same office, ending the day before", [=](Appointment &a) { a.personId = subject; a.start = QDate(2018, 3, 29); a.end = QDate(2022, 3, 29); }, nullptr},
        {"the same office, ending on the first day", [=](Appointment &a) { a.personId = subject; a.start = QDate(2018, 3, 29); a.end = QDate(2022, 3, 30); }, "start"},
        {"the same office, editing itself", [=](Appointment &a) { a.id = subjectCouncil; a.personId = subject; a.faction = QStringLiteral("VVD"); }, nullptr},
        {"another office at the same time", [=](Appointment &a) { a.personId = subject; a.role = HolderRole::Alderman; a.fractionPct = 100; }, nullptr},
        {"a councillor's seat held earlier by another", [=](Appointment &a) { a.personId = formerCouncillor; a.start = QDate(2022, 3, 30); }, nullptr},
        {"a second mayor at the same time", [](Appointment &a) { a.role = HolderRole::Mayor; a.faction.clear(); a.start = QDate(2024, 1, 1); }, "start"},
        {"a mayor before the sitting one", [](Appointment &a) { a.role = HolderRole::Mayor; a.faction.clear(); a.start = QDate(2014, 1, 1); a.end = QDate(2019, 12, 31); }, nullptr},
        {"a mayor until the sitting one began", [](Appointment &a) { a.role = HolderRole::Mayor; a.faction.clear(); a.start = QDate(2014, 1, 1); a.end = QDate(2020, 1, 1); }, "start"},
        {"the sitting mayor edited", [=](Appointment &a) { a = sittingMayor; a.id = sittingMayorId; a.end = QDate(2025, 1, 1); }, nullptr},
    }));
    INFO(c.label);
    // A fresh person is the default subject, so no overlap is involved unless the case asks.
    const qint64 fresh = persons.createPerson(samplePerson(QStringLiteral("Vos")));
    Appointment a = sampleAppointment(fresh, HolderRole::Councillor, QDate(2022, 3, 30));
    c.change(a);
    expectField([&] { PersonValidator(test.database().connection()).validate(a, today); }, c.field);
}

TEST_CASE("The person service refuses an invalid appointment and saves nothing", "[validation][persons]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    const qint64 id = test.persons().createPerson(samplePerson());
    Appointment a = sampleAppointment(id, HolderRole::Councillor);
    a.faction.clear();
    expectField([&] { test.persons().addAppointment(a); }, "faction");
    CHECK(test.persons().appointments(id).empty());
    a.faction = QStringLiteral("CDA");
    const qint64 appointment = test.persons().addAppointment(a);
    a.id = appointment;
    a.end = a.start.addDays(-1);
    expectField([&] { test.persons().updateAppointment(a); }, "end");
    CHECK_FALSE(test.persons().appointment(appointment).end.isValid());
}

TEST_CASE("Municipality settings are validated field by field", "[validation][settings]")
{
    struct SettingsCase { const char *label; std::function<void(MunicipalitySettings &)> change; const char *field; };
    const auto c = GENERATE(values<SettingsCase>({
        {"the sample", [](MunicipalitySettings &) {}, nullptr},
        {"no municipality", [](MunicipalitySettings &s) { s.municipality = QStringLiteral(" "); }, "municipality"},
        {"municipality of 101", [](MunicipalitySettings &s) { s.municipality = repeated(u'm', 101); }, "municipality"},
        {"municipality of 100", [](MunicipalitySettings &s) { s.municipality = repeated(u'm', 100); }, nullptr},
        {"no province", [](MunicipalitySettings &s) { s.province.clear(); }, "province"},
        {"not a province", [](MunicipalitySettings &s) { s.province = QStringLiteral("Brabant"); }, "province"},
        {"a province by its Frisian name", [](MunicipalitySettings &s) { s.province = QStringLiteral("Fryslân"); }, "province"},
        {"Noord-Brabant", [](MunicipalitySettings &s) { s.province = QStringLiteral("Noord-Brabant"); }, nullptr},
        {"no clerk", [](MunicipalitySettings &s) { s.clerk.clear(); }, "clerk"},
        {"no secretary", [](MunicipalitySettings &s) { s.secretary.clear(); }, "secretary"},
        {"no mayor", [](MunicipalitySettings &s) { s.mayor = QStringLiteral("\t"); }, "mayor"},
        {"mayor of 101", [](MunicipalitySettings &s) { s.mayor = repeated(u'b', 101); }, "mayor"},
        {"no deputy chair", [](MunicipalitySettings &s) { s.deputyChair.clear(); }, "deputyChair"},
    }));
    INFO(c.label);
    MunicipalitySettings settings = sampleSettings();
    c.change(settings);
    expectField([&] { SettingsService::validate(settings); }, c.field);
    CHECK(MunicipalitySettings::provinces().size() == 12);
}

TEST_CASE("User accounts are validated field by field", "[validation][users]")
{
    struct UserCase { const char *label; std::function<void(User &, QString &)> change; const char *field; };
    const auto c = GENERATE(values<UserCase>({
        {"a user name of 1", [](User &u, QString &) { u.userName = QStringLiteral("a"); }, "userName"},
        {"a user name with a space", [](User &u, QString &) { u.userName = QStringLiteral("jan jansen"); }, "userName"},
        {"a user name with a diacritic", [](User &u, QString &) { u.userName = QStringLiteral("jöran"); }, "userName"},
        {"a user name of 65", [](User &u, QString &) { u.userName = repeated(u'u', 65); }, "userName"},
        {"a user name in use", [](User &u, QString &) { u.userName = QStringLiteral("griffier"); }, "userName"},
        {"a user name in use, other case", [](User &u, QString &) { u.userName = QStringLiteral("GRIFFIER"); }, "userName"},
        {"no full name", [](User &u, QString &) { u.fullName = QStringLiteral("  "); }, "fullName"},
        {"no roles", [](User &u, QString &) { u.roles = {}; }, "roles"},
        {"an unknown role", [](User &u, QString &) { u.roles = UserRoles::fromInt(0x20); }, "roles"},
        {"a password of 9", [](User &, QString &p) { p = QStringLiteral("123456789"); }, "password"},
        {"a password with a leading space", [](User &, QString &p) { p = QStringLiteral(" wachtwoord12"); }, "password"},
        {"a password with a trailing space", [](User &, QString &p) { p = QStringLiteral("wachtwoord12 "); }, "password"},
        {"the boundaries", [](User &u, QString &p) { u.userName = QStringLiteral("a.b_c-") + repeated(u'd', 58); u.roles = UserRoles::fromInt(int(kAllUserRoles)); p = QStringLiteral("1234567890"); }, nullptr},
        {"a user name of 2", [](User &u, QString &) { u.userName = QStringLiteral("ab"); }, nullptr},
    }));
    INFO(c.label);
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    User user{0, QStringLiteral("nieuw"), QStringLiteral("Nieuwe Medewerker"), UserRole::Griffie, true};
    QString password = QStringLiteral("Een goed wachtwoord");
    c.change(user, password);
    const int before = int(test.users().users().size());
    expectField([&] { test.users().createUser(user, password); }, c.field);
    CHECK(int(test.users().users().size()) == before + (c.field ? 0 : 1));

    // The same rules hold when an account is changed (the password has its own call).
    if (c.field && QLatin1String(c.field) != QLatin1String("password")) {
        User existing = test.account(UserRole::Auditor);
        c.change(existing, password);
        expectField([&] { test.users().updateUser(existing); }, c.field);
        CHECK(test.account(UserRole::Auditor).userName == userNameFor(UserRole::Auditor));
    }
    if (c.field && QLatin1String(c.field) == QLatin1String("password"))
        expectField([&] { test.users().setPassword(test.account(UserRole::Auditor).id, password); }, c.field);
}
