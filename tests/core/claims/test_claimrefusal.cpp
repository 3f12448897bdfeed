// ClaimService::refusal: the reason a disabled workflow button shows is the message the
// transition itself would throw, and empty exactly for the actions availableActions() offers.

#include "claimfixture.h"

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("claim refusal: the button's reason is core's message, empty when allowed", "[claims]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    const User checker = f.account(QStringLiteral("griffie1"), UserRole::Griffie);
    const User other = f.account(QStringLiteral("griffie2"), UserRole::Griffie);
    const User secretary = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(checker);
    const qint64 id = f.draft(person);
    f.fullLine(id, today.addDays(-1), 1000, 1);
    claims.submit(id, today);
    claims.transition(id, ClaimAction::Check, {}, today);
    const Claim checked = claims.claim(id);

    for (ClaimAction action : allClaimActions())
        CHECK(claims.refusal(checked, action).isEmpty() == claims.availableActions(checked).contains(action));
    const Error thrown = expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Approve, {}, today); });
    CHECK(claims.refusal(checked, ClaimAction::Approve) == thrown.userMessage());
    CHECK(claims.refusal(checked, ClaimAction::Pay).contains(claimActionName(ClaimAction::Pay)));

    f.as(other);
    CHECK(claims.refusal(checked, ClaimAction::Approve).isEmpty());
    f.as(secretary);
    CHECK_FALSE(claims.refusal(checked, ClaimAction::Approve).isEmpty());
    f.db.logout();
    CHECK_FALSE(claims.refusal(checked, ClaimAction::Approve).isEmpty());
}
