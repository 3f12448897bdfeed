// Totals per person per year per kind of cost (approved and paid claims, the business part of
// card payments), and the public overview of the college members' claims with public fields only.

#include "claimfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
const QDate kToday(2026, 11, 20);

// Submits, checks (griffie/secretarie account with one office role) and approves with a second account.
void approve(ClaimFixture &f, qint64 id, const User &first, const User &second)
{
    f.as(first);
    f.claims().submit(id, kToday);
    f.claims().transition(id, ClaimAction::Check, {}, kToday);
    f.as(second);
    f.claims().transition(id, ClaimAction::Approve, {}, kToday);
}

const ClaimOverviewRow *find(const std::vector<ClaimOverviewRow> &rows, qint64 person, const QString &category)
{
    for (const ClaimOverviewRow &r : rows)
        if (r.personId == person && r.category == category)
            return &r;
    return nullptr;
}
} // namespace

TEST_CASE("claim overview: totals per person, year and kind, the public overview of the college", "[claims][overview]")
{
    ClaimFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Aalders"));
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Bakker"));
    const User s1 = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const User s2 = f.account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    const User g1 = f.account(QStringLiteral("griffie1"), UserRole::Griffie);
    const User g2 = f.account(QStringLiteral("griffie2"), UserRole::Griffie);

    f.as(s1);
    const qint64 a1 = f.draft(alderman, kToday);
    f.fullLine(a1, QDate(2026, 11, 2), 1250, 1, QStringLiteral("reis"), kToday);
    f.fullLine(a1, QDate(2026, 11, 3), 3000, 2, QStringLiteral("reis"), kToday);
    f.fullLine(a1, QDate(2026, 11, 4), 4500, 3, QStringLiteral("representatie"), kToday);
    approve(f, a1, s1, s2);
    const qint64 a2 = f.draft(alderman, kToday); // rejected: not counted
    f.fullLine(a2, QDate(2026, 11, 5), 99900, 4, QStringLiteral("reis"), kToday);
    f.as(s1);
    f.claims().submit(a2, kToday);
    f.as(s2);
    f.claims().transition(a2, ClaimAction::Reject, {QStringLiteral("Geen functioneel belang"), {}}, kToday);
    f.as(s1);
    const qint64 a3 = f.draft(alderman, kToday); // a draft: not counted
    f.fullLine(a3, QDate(2026, 11, 6), 700, 5, QStringLiteral("reis"), kToday);
    const qint64 old = f.draft(alderman, kToday); // another year
    f.fullLine(old, QDate(2025, 12, 30), 1000, 6, QStringLiteral("reis"), kToday);
    approve(f, old, s1, s2);

    // A card payment judged private for EUR 25 of EUR 80: EUR 55 counts as accommodation.
    f.as(s1);
    CreditCard card;
    card.personId = alderman;
    card.issuer = QStringLiteral("ING");
    card.lastDigits = QStringLiteral("9876");
    card.issued = QDate(2026, 1, 1);
    card.allowedCategories = {QStringLiteral("verblijf")};
    const qint64 cardId = f.svc().cards().createCard(card, kToday);
    f.svc().cards().importStatement(
        CardStatement{0, cardId, QDate(2026, 10, 31), {}, {}},
        {CardPaymentInput{QDate(2026, 10, 9), QStringLiteral("Hotel Lumière"), Money::fromCents(8000), QStringLiteral("verblijf"), {}}},
        kToday);
    const qint64 payment = f.svc().cardPayments().page(CardPaymentFilter(), CardPaymentColumn::Date, Qt::AscendingOrder, 0, 1)[0].payment.id;
    f.svc().cardPayments().account(payment, QStringLiteral("verblijf"), QStringLiteral("Hotel"), QStringLiteral("VNG-congres"));
    f.as(s2);
    f.svc().cardPayments().judge(payment, CardJudgement::Private, Money::fromCents(2500), QStringLiteral("Minibar"), kToday, kToday);

    f.as(g1);
    const qint64 c1 = f.draft(councillor, kToday);
    f.fullLine(c1, QDate(2026, 11, 1), 2000, 7, QStringLiteral("opleiding"), kToday);
    approve(f, c1, g1, g2);
    f.as(g1);
    f.claims().transition(c1, ClaimAction::Pay, {{}, ClaimFixture::today()}, ClaimFixture::today()); // paid counts too

    f.db.loginAs(UserRole::Auditor);
    ClaimOverviewFilter filter;
    filter.year = 2026;
    const auto rows = f.claims().overview(filter);
    REQUIRE(rows.size() == 4);
    const ClaimOverviewRow *travel = find(rows, alderman, QStringLiteral("reis"));
    REQUIRE(travel);
    CHECK(travel->claimLines == 2);
    CHECK(travel->claimed == Money::fromCents(4250));
    CHECK(travel->role == HolderRole::Alderman);
    CHECK(travel->categoryName == QLatin1String("Reiskosten"));
    CHECK(find(rows, alderman, QStringLiteral("representatie"))->total() == Money::fromCents(4500));
    const ClaimOverviewRow *hotel = find(rows, alderman, QStringLiteral("verblijf"));
    REQUIRE(hotel);
    CHECK(hotel->cardPayments == 1);
    CHECK(hotel->card == Money::fromCents(5500));
    CHECK(hotel->claimed == Money());
    CHECK(find(rows, councillor, QStringLiteral("opleiding"))->claimed == Money::fromCents(2000));
    // Sorted by person: Aalders before Bakker.
    CHECK(rows.front().personId == alderman);
    CHECK(rows.back().personId == councillor);
    filter.year = 2025;
    CHECK(f.claims().overview(filter).size() == 1);

    // The griffie sees its own side only.
    f.as(g1);
    filter.year = 2026;
    CHECK(f.claims().overview(filter).size() == 1);

    // Public: the college only, public fields only; every logged-in user.
    f.db.loginAs(UserRole::Administrator);
    const auto totals = f.claims().publicTotals(2026);
    CHECK(totals.size() == 3);
    for (const ClaimOverviewRow &r : totals)
        CHECK(r.personId == alderman);
    const auto lines = f.claims().publicLines(2026);
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].date == QDate(2026, 10, 9));
    CHECK(lines[0].creditCard);
    CHECK(lines[0].amount == Money::fromCents(5500));
    CHECK(lines[0].description == QStringLiteral("Hotel Lumière"));
    CHECK(lines[1].claimNumber == QLatin1String("D2026-00001"));
    CHECK(lines[1].date == QDate(2026, 11, 2));
    CHECK(lines[1].categoryName == QLatin1String("Reiskosten"));
    CHECK(lines[1].role == HolderRole::Alderman);
    CHECK(lines[3].amount == Money::fromCents(4500));
}

TEST_CASE("claim overview: a raadslid who became wethouder is public with his college costs only", "[claims][overview]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"), QDate(2022, 3, 30), QDate(2026, 8, 31));
    f.addAppointment(person, HolderRole::Alderman, QDate(2026, 9, 1));
    const User a = f.account(QStringLiteral("beide1"), UserRole::Griffie | UserRole::Secretariat);
    const User b = f.account(QStringLiteral("beide2"), UserRole::Griffie | UserRole::Secretariat);
    f.as(a);
    const qint64 raad = f.draft(person, kToday);
    f.fullLine(raad, QDate(2026, 8, 20), 1000, 1, QStringLiteral("reis"), kToday);
    approve(f, raad, a, b);
    f.as(a);
    const qint64 college = f.draft(person, kToday);
    f.fullLine(college, QDate(2026, 9, 20), 3000, 2, QStringLiteral("reis"), kToday);
    approve(f, college, a, b);

    const auto totals = f.claims().publicTotals(2026);
    REQUIRE(totals.size() == 1);
    CHECK(totals[0].claimed == Money::fromCents(3000));
    ClaimOverviewFilter all;
    all.year = 2026;
    const auto rows = f.claims().overview(all);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].role != rows[1].role);
}
