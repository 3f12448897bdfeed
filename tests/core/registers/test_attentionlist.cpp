// Aandachtspunten: every record that needs action by the logged-in user's office, and nothing of
// the other office.

#include "registerfixture.h"

#include <map>

using namespace integriteit;
using namespace integriteit::test;

namespace {
std::map<AttentionKind, int> kinds(const std::vector<AttentionItem> &items)
{
    std::map<AttentionKind, int> count;
    for (const AttentionItem &item : items)
        ++count[item.kind];
    return count;
}
} // namespace

TEST_CASE("attention list: what each office has to do", "[registers][attention]")
{
    RegisterFixture f;
    const QDate today(2025, 10, 1); // the day the list is drawn up
    const qint64 w = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const qint64 r = f.holder(HolderRole::Councillor, QStringLiteral("Raadslid"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    Person newcomer = samplePerson(QStringLiteral("Nieuwkomer"));
    const qint64 c = f.db.persons().createPerson(newcomer);
    f.db.persons().addAppointment(sampleAppointment(c, HolderRole::Councillor)); // checklist empty

    SidePosition flagged;
    flagged.personId = w;
    flagged.organisation = QStringLiteral("Stichting Bergland");
    flagged.description = QStringLiteral("Bestuurslid");
    flagged.start = QDate(2025, 1, 1);
    const qint64 flaggedId = f.reg.sidePositions().create(flagged);
    SidePosition paid = flagged;
    paid.organisation = QStringLiteral("Adviesbureau Maas");
    paid.start = QDate(2023, 1, 1);
    paid.paid = true;
    paid.raadNotified = QDate(2022, 12, 1);
    paid.collegeDiscussed = QDate(2022, 12, 6);
    SideIncome income;
    income.positionId = f.reg.sidePositions().create(paid);
    income.year = 2024;
    income.amount = Money::fromCents(250000);
    const qint64 incomeId = f.reg.sideIncome().create(income);

    Gift gift;
    gift.personId = r;
    gift.received = QDate(2025, 9, 1);
    gift.giver = QStringLiteral("Bouwbedrijf Maasvallei");
    gift.description = QStringLiteral("Kerstpakket");
    gift.value = Money::fromCents(7500);
    gift.reported = QDate(2025, 9, 2);
    const qint64 giftId = f.reg.gifts().create(gift);
    Gift home = gift;
    home.value = Money::fromCents(2000);
    home.receivedAtHome = true;
    home.description = QStringLiteral("Bloemen");
    f.reg.gifts().create(home);

    Invitation invitation;
    invitation.personId = w;
    invitation.eventDate = QDate(2025, 10, 15);
    invitation.host = QStringLiteral("Chemelot");
    invitation.description = QStringLiteral("Excursie");
    invitation.kind = InvitationKind::Excursion;
    const qint64 invitationId = f.reg.invitations().create(invitation);
    invitation.eventDate = QDate(2025, 9, 1); // already past on `today`: no decision possible any more
    f.reg.invitations().create(invitation);

    Trip trip;
    trip.personId = r;
    trip.destination = QStringLiteral("Brussel");
    trip.purpose = QStringLiteral("Werkbezoek Europees Comité van de Regio's");
    trip.departure = QDate(2025, 11, 3);
    trip.returnDate = QDate(2025, 11, 5);
    trip.estimatedCosts = Money::fromCents(60000);
    trip.paidBy = TripPayer::ThirdParty;
    trip.thirdParty = QStringLiteral("Euregio");
    const qint64 tripId = f.reg.trips().create(trip);

    for (qint64 person : {w, r, c}) {
        InventoryConfirmation confirmation;
        confirmation.personId = person;
        confirmation.year = 2024;
        confirmation.confirmed = QDate(2024, 10, 1);
        f.reg.inventory().confirm(confirmation);
    }

    f.db.loginAs(UserRole::Griffie);
    const auto griffie = f.reg.attention(today);
    auto count = kinds(griffie);
    CHECK(count[AttentionKind::GiftWithoutDestination] == 1);
    CHECK(count[AttentionKind::GiftReceivedAtHome] == 1);
    CHECK(count[AttentionKind::TripWithoutPermission] == 1);
    CHECK(count[AttentionKind::InventoryUnconfirmed] == 1); // one item for the griffie's year 2025 ...
    CHECK(count[AttentionKind::OnboardingOpen] == 1);
    CHECK(griffie.size() == 5);
    const auto inventory = std::find_if(griffie.begin(), griffie.end(),
                                        [](const AttentionItem &i) { return i.kind == AttentionKind::InventoryUnconfirmed; });
    CHECK(inventory->count == 2); // ... standing for the councillor and the newcomer
    CHECK(inventory->personId == 0);
    CHECK(inventory->recordId == 0);
    CHECK(inventory->year == 2025);
    CHECK(inventory->entity == QLatin1String("inventory_confirmation"));
    CHECK(inventory->due == QDate(2025, 12, 31));
    CHECK(inventory->text.contains(QLatin1String("2 office holder")));
    for (const AttentionItem &item : griffie) {
        CHECK(item.office == Office::Griffie);
        CHECK_FALSE(item.text.isEmpty());
        CHECK(item.due.isValid());
    }
    CHECK(std::is_sorted(griffie.begin(), griffie.end(),
                         [](const AttentionItem &a, const AttentionItem &b) { return a.due < b.due; }));
    const auto tripItem = std::find_if(griffie.begin(), griffie.end(),
                                       [](const AttentionItem &i) { return i.kind == AttentionKind::TripWithoutPermission; });
    CHECK(tripItem->entity == QLatin1String("trip"));
    CHECK(tripItem->recordId == tripId);
    CHECK(tripItem->text.contains(QLatin1String("conflict-of-interest")));
    const auto onboarding = std::find_if(griffie.begin(), griffie.end(),
                                         [](const AttentionItem &i) { return i.kind == AttentionKind::OnboardingOpen; });
    CHECK(onboarding->personId == c);
    CHECK(onboarding->entity == QLatin1String("appointment"));

    f.db.loginAs(UserRole::Secretariat);
    const auto secretariat = f.reg.attention(today);
    count = kinds(secretariat);
    CHECK(count[AttentionKind::SidePositionCollegeSteps] == 1);
    CHECK(count[AttentionKind::InvitationWithoutDecision] == 1);
    CHECK(count[AttentionKind::IncomeUnpublished] == 1);
    CHECK(count[AttentionKind::SettlementUndecided] == 1);
    CHECK(count[AttentionKind::InventoryUnconfirmed] == 1); // the wethouder alone: count 1
    CHECK(secretariat.size() == 5);
    for (const AttentionItem &item : secretariat)
        CHECK(item.office == Office::Secretariat);
    const auto settlement = std::find_if(secretariat.begin(), secretariat.end(),
                                         [](const AttentionItem &i) { return i.kind == AttentionKind::SettlementUndecided; });
    CHECK(settlement->year == 2024);
    CHECK(settlement->due == QDate(2025, 6, 30));
    CHECK(settlement->overdue(today));
    const auto unpublished = std::find_if(secretariat.begin(), secretariat.end(),
                                          [](const AttentionItem &i) { return i.kind == AttentionKind::IncomeUnpublished; });
    CHECK(unpublished->recordId == incomeId);
    CHECK(unpublished->due == QDate(2025, 3, 31));
    const auto position = std::find_if(secretariat.begin(), secretariat.end(),
                                       [](const AttentionItem &i) { return i.kind == AttentionKind::SidePositionCollegeSteps; });
    CHECK(position->recordId == flaggedId);

    SECTION("the auditor has nothing to do")
    {
        f.db.loginAs(UserRole::Auditor);
        CHECK(f.reg.attention(today).empty());
        f.db.logout();
        CHECK(f.reg.attention(today).empty());
    }
    SECTION("handled items leave the list")
    {
        f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
        f.reg.gifts().decide(giftId, GiftDestination::Municipality, DecisionBody::Clerk, QDate(2025, 9, 10));
        f.reg.invitations().decide(invitationId, Verdict::Allowed, DecisionBody::College, QDate(2025, 9, 20));
        f.reg.sideIncome().publish(incomeId, QDate(2025, 3, 20));
        SidePosition steps = f.reg.sidePositions().position(flaggedId);
        steps.raadNotified = QDate(2024, 12, 1);
        steps.collegeDiscussed = QDate(2024, 12, 10);
        f.reg.sidePositions().update(steps);
        SettlementDecision decision;
        decision.personId = w;
        decision.year = 2024;
        decision.nothingToSettle = true;
        decision.decisionDate = QDate(2025, 5, 1);
        SettlementParameters p;
        p.year = 2024;
        p.aldermanSalary = Money::fromCents(10'000'000);
        f.reg.settlement().setParameters(p);
        f.reg.settlement().recordDecision(decision);
        count = kinds(f.reg.attention(today));
        CHECK(count[AttentionKind::GiftWithoutDestination] == 0);
        CHECK(count[AttentionKind::InvitationWithoutDecision] == 0);
        CHECK(count[AttentionKind::IncomeUnpublished] == 0);
        CHECK(count[AttentionKind::SidePositionCollegeSteps] == 0);
        CHECK(count[AttentionKind::SettlementUndecided] == 0);
        CHECK(count[AttentionKind::GiftReceivedAtHome] == 1);
    }
    SECTION("the inventory appears from its start date")
    {
        f.db.loginAs(UserRole::Griffie);
        CHECK(kinds(f.reg.attention(QDate(2025, 8, 31)))[AttentionKind::InventoryUnconfirmed] == 0);
        CHECK(kinds(f.reg.attention(QDate(2025, 9, 1)))[AttentionKind::InventoryUnconfirmed] == 1);
    }
    SECTION("each confirmation lowers the count of the grouped inventory item, the last one removes it")
    {
        auto inventoryCount = [&] {
            int n = 0;
            for (const AttentionItem &item : f.reg.attention(today))
                if (item.kind == AttentionKind::InventoryUnconfirmed)
                    n += item.count;
            return n;
        };
        f.db.actAs(UserRole::Griffie);
        InventoryConfirmation confirmation;
        confirmation.personId = r;
        confirmation.year = 2025;
        confirmation.confirmed = QDate(2025, 9, 15);
        f.reg.inventory().confirm(confirmation);
        f.db.loginAs(UserRole::Griffie);
        CHECK(inventoryCount() == 1); // the newcomer is left
        f.db.actAs(UserRole::Griffie);
        confirmation.personId = c;
        f.reg.inventory().confirm(confirmation);
        f.db.loginAs(UserRole::Griffie);
        CHECK(inventoryCount() == 0);
        CHECK(kinds(f.reg.attention(today))[AttentionKind::InventoryUnconfirmed] == 0);
    }
}
