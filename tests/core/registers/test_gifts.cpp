// Geschenken (GC 5.1): the threshold per year, reporting, the destination and who decides it,
// gifts received at home, rights and audit.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
Gift sampleGift(qint64 personId, qint64 cents, const QDate &received = QDate(2024, 5, 10))
{
    Gift g;
    g.personId = personId;
    g.received = received;
    g.giver = QStringLiteral("Brouwerij De Kroon");
    g.description = QStringLiteral("Fles wijn");
    g.value = Money::fromCents(cents);
    g.occasion = QStringLiteral("Opening nieuwe brouwzaal");
    g.reported = received;
    return g;
}
} // namespace

TEST_CASE("gift threshold: a table per year, carried forward, EUR 50 by default", "[registers][gifts]")
{
    RegisterFixture f;
    f.db.loginAs(UserRole::Griffie);
    auto &thresholds = f.reg.giftThresholds();
    CHECK(thresholds.threshold(2024) == Money::fromCents(5000));
    thresholds.set(2025, Money::fromCents(5250));
    CHECK(thresholds.threshold(2024) == Money::fromCents(5000));
    CHECK(thresholds.threshold(2025) == Money::fromCents(5250));
    CHECK(thresholds.threshold(2026) == Money::fromCents(5250)); // no row for 2026: 2025's indexation stays
    CHECK(f.lastAudit(QStringLiteral("gift_threshold"), 2025).action == QLatin1String("create"));
    thresholds.set(2025, Money::fromCents(5300));
    CHECK(f.lastAudit(QStringLiteral("gift_threshold"), 2025).action == QLatin1String("update"));
    thresholds.remove(2025);
    CHECK(thresholds.threshold(2025) == Money::fromCents(5000));
    CHECK(expectError(Error::Kind::Validation, [&] { thresholds.set(2025, Money::fromCents(-1)); }).field() == QLatin1String("threshold"));
    f.db.loginAs(UserRole::Auditor);
    expectError(Error::Kind::Permission, [&] { thresholds.set(2025, Money::fromCents(5100)); });
}

TEST_CASE("gift: EUR 50,00 at a threshold of EUR 50 is not above it, EUR 50,01 is", "[registers][gifts]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    auto &gifts = f.reg.gifts();

    Gift atThreshold = sampleGift(person, 5000);
    atThreshold.reported = QDate();
    const qint64 kept = gifts.create(atThreshold); // need not be reported (GC 5.1.2)
    CHECK_FALSE(gifts.isAboveThreshold(gifts.gift(kept)));
    gifts.decide(kept, GiftDestination::KeptByPerson, DecisionBody::Clerk, QDate(2024, 5, 11));

    Gift above = sampleGift(person, 5001);
    above.reported = QDate();
    CHECK(expectError(Error::Kind::Validation, [&] { gifts.create(above); }).field() == QLatin1String("reported"));
    above.reported = QDate(2024, 5, 12);
    const qint64 id = gifts.create(above);
    CHECK(gifts.isAboveThreshold(gifts.gift(id)));
    CHECK(expectError(Error::Kind::Validation, [&] {
              gifts.decide(id, GiftDestination::KeptByPerson, DecisionBody::Clerk, QDate(2024, 5, 13));
          }).field() == QLatin1String("destination"));

    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    CHECK(gifts.count(flagged) == 1);
    auto rows = gifts.page(RegisterFilter(), GiftColumn::Value, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].threshold == Money::fromCents(5000));
    CHECK_FALSE(rows[0].aboveThreshold);
    CHECK(rows[1].aboveThreshold);
    CHECK(rows[1].needsDestination);

    gifts.decide(id, GiftDestination::Charity, DecisionBody::Clerk, QDate(2024, 5, 13));
    CHECK(gifts.count(flagged) == 0);
    CHECK(gifts.gift(id).destination == GiftDestination::Charity);
    CHECK(f.lastAudit(QStringLiteral("gift"), id).action == QLatin1String("decide"));

    // With the threshold of 2024 raised to EUR 55, the same gift is no longer above it.
    f.reg.giftThresholds().set(2024, Money::fromCents(5500));
    CHECK_FALSE(gifts.isAboveThreshold(gifts.gift(id)));
}

TEST_CASE("gift: who decides on the destination", "[registers][gifts]")
{
    RegisterFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Raad"));
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    auto &gifts = f.reg.gifts();
    const qint64 raadGift = gifts.create(sampleGift(councillor, 10000));
    const qint64 collegeGift = gifts.create(sampleGift(alderman, 10000));
    const QDate date(2024, 6, 1);

    CHECK(expectError(Error::Kind::Validation, [&] {
              gifts.decide(raadGift, GiftDestination::Municipality, DecisionBody::College, date);
          }).field() == QLatin1String("decidedBy"));
    CHECK(expectError(Error::Kind::Validation, [&] {
              gifts.decide(collegeGift, GiftDestination::Municipality, DecisionBody::SeniorsCouncil, date);
          }).field() == QLatin1String("decidedBy"));
    gifts.decide(raadGift, GiftDestination::Municipality, DecisionBody::SeniorsCouncil, date);
    gifts.decide(collegeGift, GiftDestination::Staff, DecisionBody::Secretary, date);

    SECTION("received at home: only the seniors' council or the college decides (GC 5.1.5)")
    {
        Gift home = sampleGift(councillor, 2000);
        home.receivedAtHome = true;
        const qint64 id = gifts.create(home);
        const auto rows = gifts.page(RegisterFilter(), GiftColumn::AtHome, Qt::DescendingOrder, 0, 1);
        CHECK(rows[0].needsBodyDecision);
        CHECK(expectError(Error::Kind::Validation, [&] {
                  gifts.decide(id, GiftDestination::Returned, DecisionBody::Clerk, date);
              }).field() == QLatin1String("decidedBy"));
        gifts.decide(id, GiftDestination::Returned, DecisionBody::SeniorsCouncil, date);
        RegisterFilter flagged;
        flagged.flaggedOnly = true;
        CHECK(gifts.count(flagged) == 0);
    }
}

TEST_CASE("gift: every field is validated and named", "[registers][gifts]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const QDate tomorrow = QDate::currentDate().addDays(1);
    using Edit = std::function<void(Gift &)>;
    const auto [field, edit] = GENERATE_COPY(table<const char *, Edit>({
        {"received", [](Gift &g) { g.received = QDate(); }},
        {"received", [tomorrow](Gift &g) { g.received = tomorrow; }},
        {"giver", [](Gift &g) { g.giver = QStringLiteral(" "); }},
        {"giver", [](Gift &g) { g.giver = repeated(QLatin1Char('x'), 201); }},
        {"description", [](Gift &g) { g.description.clear(); }},
        {"value", [](Gift &g) { g.value = Money::fromCents(-1); }},
        {"occasion", [](Gift &g) { g.occasion = repeated(QLatin1Char('x'), 201); }},
        {"reported", [](Gift &g) { g.reported = QDate(2024, 5, 9); }},
        {"reported", [tomorrow](Gift &g) { g.reported = tomorrow; }},
        {"destination", [](Gift &g) { g.decidedBy = DecisionBody::Clerk; g.decisionDate = QDate(2024, 6, 1); }},
        {"decidedBy", [](Gift &g) { g.destination = GiftDestination::Charity; g.decisionDate = QDate(2024, 6, 1); }},
        {"decisionDate", [](Gift &g) { g.destination = GiftDestination::Charity; g.decidedBy = DecisionBody::Clerk; }},
        {"decisionDate", [](Gift &g) {
             g.destination = GiftDestination::Charity; g.decidedBy = DecisionBody::Clerk; g.decisionDate = QDate(2024, 5, 1);
         }},
        {"notes", [](Gift &g) { g.notes = repeated(QLatin1Char('x'), 4001); }},
    }));
    Gift g = sampleGift(person, 7500);
    edit(g);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.gifts().create(g); }).field() == QLatin1String(field));
}

TEST_CASE("gift: rights, audit and undo", "[registers][gifts]")
{
    RegisterFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Secretariat);
    expectError(Error::Kind::Permission, [&] { f.reg.gifts().create(sampleGift(councillor, 100)); });
    f.db.loginAs(UserRole::Griffie);
    const qint64 id = f.reg.gifts().create(sampleGift(councillor, 100));
    Gift g = f.reg.gifts().gift(id);
    g.value = Money::fromCents(200);
    f.reg.gifts().update(g);
    const Gift removed = f.reg.gifts().gift(id);
    f.reg.gifts().remove(id);
    f.reg.gifts().restore(removed);
    expectError(Error::Kind::Conflict, [&] { f.reg.gifts().restore(removed); });
    CHECK(f.reg.gifts().gift(id).value == Money::fromCents(200));
    const auto history = f.reg.gifts().history(id);
    REQUIRE(history.size() == 4);
    CHECK(history[0].action == QLatin1String("restore"));
    CHECK(history[1].action == QLatin1String("remove"));
    CHECK(history[2].action == QLatin1String("update"));
    CHECK(history[3].action == QLatin1String("create"));
    CHECK(history[3].personId == councillor);
    f.db.loginAs(UserRole::Auditor);
    CHECK(f.reg.gifts().count(RegisterFilter()) == 1);
    expectError(Error::Kind::Permission, [&] { f.reg.gifts().remove(id); });
    for (int column = 0; column < int(GiftColumn::Count); ++column)
        CHECK(f.reg.gifts().page(RegisterFilter(), GiftColumn(column), Qt::AscendingOrder, 0, 10).size() == 1);
}
