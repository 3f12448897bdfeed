// Dienstreizen (GC 6): at least one night, permission before the trip, the conflict-of-interest test
// for trips paid by a third party, the partner rule, costs, rights and audit.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
Trip sampleTrip(qint64 personId)
{
    Trip t;
    t.personId = personId;
    t.destination = QStringLiteral("Aken, Duitsland");
    t.purpose = QStringLiteral("Euregionaal overleg bereikbaarheid");
    t.policyReasons = QStringLiteral("Grensoverschrijdend openbaar vervoer");
    t.party = QStringLiteral("Wethouder en beleidsmedewerker");
    t.departure = QDate(2024, 10, 7);
    t.returnDate = QDate(2024, 10, 8);
    t.estimatedCosts = Money::fromCents(45000);
    return t;
}
} // namespace

TEST_CASE("trip: permission of the college before departure (GC 6.2)", "[registers][trips]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    auto &trips = f.reg.trips();
    const qint64 id = trips.create(sampleTrip(alderman));
    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    CHECK(trips.count(flagged) == 1);
    CHECK(trips.page(RegisterFilter(), TripColumn::Departure, Qt::AscendingOrder, 0, 1)[0].needsPermission);
    CHECK(expectError(Error::Kind::Validation, [&] {
              trips.decide(id, Verdict::Allowed, DecisionBody::College, QDate(2024, 10, 8));
          }).field() == QLatin1String("decisionDate"));
    CHECK(expectError(Error::Kind::Validation, [&] {
              trips.decide(id, Verdict::Allowed, DecisionBody::SeniorsCouncil, QDate(2024, 9, 24));
          }).field() == QLatin1String("decidedBy"));
    trips.decide(id, Verdict::Allowed, DecisionBody::College, QDate(2024, 9, 24));
    CHECK(trips.count(flagged) == 0);
    Trip t = trips.trip(id);
    t.actualCosts = Money::fromCents(41210);
    trips.update(t);
    CHECK(trips.trip(id).actualCosts == Money::fromCents(41210));
}

TEST_CASE("trip: a councillor's trip may be decided by the seniors' council or the college", "[registers][trips]")
{
    RegisterFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const DecisionBody body = GENERATE(DecisionBody::SeniorsCouncil, DecisionBody::College);
    const qint64 id = f.reg.trips().create(sampleTrip(councillor));
    f.reg.trips().decide(id, Verdict::Allowed, body, QDate(2024, 9, 24));
    CHECK(f.reg.trips().trip(id).decidedBy == body);
}

TEST_CASE("trip: paid by a third party, always a conflict-of-interest test (GC 6.4)", "[registers][trips]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    auto &trips = f.reg.trips();
    Trip t = sampleTrip(alderman);
    t.paidBy = TripPayer::ThirdParty;
    CHECK(expectError(Error::Kind::Validation, [&] { trips.create(t); }).field() == QLatin1String("thirdParty"));
    t.thirdParty = QStringLiteral("Euregio Maas-Rijn");
    const qint64 id = trips.create(t);
    CHECK(trips.page(RegisterFilter(), TripColumn::Departure, Qt::AscendingOrder, 0, 1)[0].needsConflictTest);
    CHECK(expectError(Error::Kind::Validation, [&] {
              trips.decide(id, Verdict::Allowed, DecisionBody::College, QDate(2024, 9, 24));
          }).field() == QLatin1String("conflictTest"));
    trips.recordConflictTest(id, QDate(2024, 9, 20), QStringLiteral("Geen zakelijke relatie met de gemeente"));
    CHECK(f.lastAudit(QStringLiteral("trip"), id).action == QLatin1String("conflict_test"));
    trips.decide(id, Verdict::Allowed, DecisionBody::College, QDate(2024, 9, 24));
    CHECK_FALSE(trips.page(RegisterFilter(), TripColumn::Departure, Qt::AscendingOrder, 0, 1)[0].needsConflictTest);
}

TEST_CASE("trip: every field is validated and named", "[registers][trips]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    const QDate today = QDate::currentDate();
    using Edit = std::function<void(Trip &)>;
    const auto [field, edit] = GENERATE_COPY(table<const char *, Edit>({
        {"destination", [](Trip &t) { t.destination.clear(); }},
        {"purpose", [](Trip &t) { t.purpose = QStringLiteral("  "); }},
        {"purpose", [](Trip &t) { t.purpose = repeated(QLatin1Char('x'), 1001); }},
        {"policyReasons", [](Trip &t) { t.policyReasons = repeated(QLatin1Char('x'), 2001); }},
        {"party", [](Trip &t) { t.party = repeated(QLatin1Char('x'), 1001); }},
        {"departure", [](Trip &t) { t.departure = QDate(); }},
        {"returnDate", [](Trip &t) { t.returnDate = QDate(); }},
        {"returnDate", [](Trip &t) { t.returnDate = t.departure; }}, // no night: not a foreign trip (GC 6.1)
        {"returnDate", [](Trip &t) { t.returnDate = t.departure.addDays(91); }},
        {"estimatedCosts", [](Trip &t) { t.estimatedCosts = Money::fromCents(-1); }},
        {"actualCosts", [](Trip &t) { t.actualCosts = Money::fromCents(-1); }},
        {"actualCosts", [today](Trip &t) {
             t.departure = today; t.returnDate = today.addDays(2); t.actualCosts = Money::fromCents(100);
         }},
        {"thirdParty", [](Trip &t) { t.thirdParty = QStringLiteral("Iemand"); }},
        {"partner", [](Trip &t) { t.partnerTravels = true; t.partnerInvitedByHost = true; }},
        {"partner", [](Trip &t) { t.partnerTravels = true; t.partnerMunicipalInterest = true; }},
        {"thirdPersons", [](Trip &t) { t.thirdPersons = repeated(QLatin1Char('x'), 1001); }},
        {"privateExtension", [](Trip &t) { t.privateExtensionDays = 61; }},
        {"privateExtension", [](Trip &t) { t.privateExtensionDays = -1; }},
        {"conflictTest", [](Trip &t) { t.conflictTestDate = QDate(2024, 9, 1); }},
        {"conflictTest", [](Trip &t) { t.conflictTestNotes = QStringLiteral("Geen bezwaar"); }},
        {"decision", [](Trip &t) { t.decidedBy = DecisionBody::College; t.decisionDate = QDate(2024, 9, 1); }},
        {"decidedBy", [](Trip &t) { t.decision = Verdict::Allowed; t.decisionDate = QDate(2024, 9, 1); }},
        {"decisionDate", [](Trip &t) { t.decision = Verdict::Allowed; t.decidedBy = DecisionBody::College; }},
        {"conflictTest", [](Trip &t) {
             t.decision = Verdict::Allowed; t.decidedBy = DecisionBody::College; t.decisionDate = QDate(2024, 9, 1);
             t.conflictTestDate = QDate(2024, 9, 2); t.conflictTestNotes = QStringLiteral("Geen bezwaar");
         }},
        {"notes", [](Trip &t) { t.notes = repeated(QLatin1Char('x'), 4001); }},
    }));
    Trip t = sampleTrip(person);
    edit(t);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.trips().create(t); }).field() == QLatin1String(field));
}

TEST_CASE("trip: the partner travels only on the host's invitation and in the municipal interest (GC 6.5)", "[registers][trips]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Mayor, QStringLiteral("Burgemeester"));
    f.db.loginAs(UserRole::Secretariat);
    Trip t = sampleTrip(person);
    t.partnerTravels = true;
    t.partnerInvitedByHost = true;
    t.partnerMunicipalInterest = true;
    t.thirdPersons = QStringLiteral("Dochter, op eigen kosten");
    t.privateExtensionDays = 2;
    const qint64 id = f.reg.trips().create(t);
    const Trip stored = f.reg.trips().trip(id);
    CHECK(stored.partnerTravels);
    CHECK(stored.partnerInvitedByHost);
    CHECK(stored.partnerMunicipalInterest);
    CHECK(stored.privateExtensionDays == 2);
    CHECK(stored.nights() == 1);
}

TEST_CASE("trip: rights, audit and undo", "[registers][trips]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Griffie);
    expectError(Error::Kind::Permission, [&] { f.reg.trips().create(sampleTrip(alderman)); });
    f.db.loginAs(UserRole::Secretariat);
    const qint64 id = f.reg.trips().create(sampleTrip(alderman));
    const Trip removed = f.reg.trips().trip(id);
    f.reg.trips().remove(id);
    f.reg.trips().restore(removed);
    CHECK(f.reg.trips().trip(id).destination == removed.destination);
    CHECK(f.auditCount(QStringLiteral("trip"), id) == 3);
    CHECK(f.lastAudit(QStringLiteral("trip"), id).personId == alderman);
    f.db.loginAs(UserRole::Auditor);
    expectError(Error::Kind::Permission, [&] { f.reg.trips().remove(id); });
    RegisterFilter period;
    period.from = QDate(2024, 10, 8);
    period.to = QDate(2024, 10, 31);
    CHECK(f.reg.trips().count(period) == 1); // overlaps on the day of return
    period.from = QDate(2024, 10, 9);
    CHECK(f.reg.trips().count(period) == 0);
    for (int column = 0; column < int(TripColumn::Count); ++column)
        CHECK(f.reg.trips().page(RegisterFilter(), TripColumn(column), Qt::AscendingOrder, 0, 10).size() == 1);
}
