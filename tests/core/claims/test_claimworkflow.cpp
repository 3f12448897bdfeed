// The declaratie transition table row by row (architecture rule 4): every (status, action) pair
// allowed or refused, per kind of user, with the four-eyes, own-claim and mayor's-claim rules and
// the guards on reason and dates. Pure: no database.

#include "claims/claimworkflow.h"
#include "common/error.h"

#include <catch2/catch.hpp>

#include <set>
#include <tuple>

using namespace integriteit;

namespace {
using S = ClaimStatus;
using A = ClaimAction;

// The procedure as the README states it, written out independently of claimworkflow.cpp.
struct Expected
{
    S from;
    A action;
    S to;
};
const Expected kExpected[] = {
    {S::Draft, A::Submit, S::Submitted},
    {S::Submitted, A::Return, S::Draft},
    {S::Submitted, A::Check, S::Checked},
    {S::Submitted, A::Reject, S::Rejected},
    {S::Checked, A::Return, S::Draft},
    {S::Checked, A::Approve, S::Approved},
    {S::Checked, A::Reject, S::Rejected},
    {S::Checked, A::ReferToMayor, S::ReferredToMayor},
    {S::Checked, A::ReferToBody, S::ReferredToBody},
    {S::ReferredToMayor, A::Resolve, S::Checked},
    {S::ReferredToMayor, A::ReferToBody, S::ReferredToBody},
    {S::ReferredToBody, A::Approve, S::Approved},
    {S::ReferredToBody, A::Reject, S::Rejected},
    {S::Approved, A::Pay, S::Paid},
};

const Expected *expected(S from, A action)
{
    for (const Expected &e : kExpected)
        if (e.from == from && e.action == action)
            return &e;
    return nullptr;
}

constexpr qint64 kSubmitter = 11;
constexpr qint64 kChecker = 12;
constexpr qint64 kOther = 13;

// Kinds of user, as far as the table cares.
enum class Who { Office, OtherOffice, Mayor, Auditor, Administrator, Claimant, Submitter, Checker };

ClaimUser userFor(Who who)
{
    ClaimUser u;
    u.userId = kOther;
    switch (who) {
    case Who::Office: u.administersClaimant = true; break;
    case Who::OtherOffice: break;
    case Who::Mayor: u.mayor = true; break;
    case Who::Auditor: break;
    case Who::Administrator: break;
    case Who::Claimant: u.administersClaimant = true; u.mayor = true; u.isClaimant = true; break;
    case Who::Submitter: u.administersClaimant = true; u.userId = kSubmitter; break;
    case Who::Checker: u.administersClaimant = true; u.userId = kChecker; break;
    }
    return u;
}

ClaimFacts facts(S status, HolderRole claimant)
{
    const bool submitted = status != S::Draft;
    const bool checked = status == S::Checked || status == S::ReferredToMayor || status == S::ReferredToBody
        || status == S::Approved || status == S::Paid;
    return ClaimFacts{status, claimant, submitted ? kSubmitter : 0, checked ? kChecker : 0};
}

// Input that satisfies every guard, so only status and user decide.
TransitionInput goodInput()
{
    return TransitionInput{QStringLiteral("Besluit van 12-11-2026: toegestaan"), QDate(2026, 11, 20)};
}
const QDate kToday(2026, 11, 22);
const QDate kSince(2026, 11, 10);

Error::Kind refusal(const ClaimFacts &claim, A action, const ClaimUser &user, const TransitionInput &input = goodInput())
{
    try {
        ClaimWorkflow::authorize(claim, action, user, input, kToday, kSince);
    } catch (const Error &e) {
        return e.kind();
    }
    FAIL("allowed");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("claim workflow: the table holds exactly the documented transitions", "[claims][workflow]")
{
    CHECK(ClaimWorkflow::table().size() == std::size(kExpected));
    std::set<std::pair<int, int>> seen;
    for (const ClaimTransition &row : ClaimWorkflow::table()) {
        INFO(claimStatusCode(row.from).toStdString() << " " << claimActionCode(row.action).toStdString());
        CHECK(seen.insert({int(row.from), int(row.action)}).second); // (from, action) is unique
        const Expected *e = expected(row.from, row.action);
        REQUIRE(e);
        CHECK(row.to == e->to);
        CHECK_FALSE(isFinal(row.from));
        // Office rows except the mayor's own: the burgemeester handles only what is referred to him.
        CHECK((row.actor == ClaimActor::Mayor) == (row.from == S::ReferredToMayor));
    }
}

TEST_CASE("claim workflow: every (status, action) pair is allowed or refused", "[claims][workflow]")
{
    const S status = GENERATE(from_range(allClaimStatuses()));
    const A action = GENERATE(from_range(allClaimActions()));
    const HolderRole claimant = GENERATE(HolderRole::Councillor, HolderRole::CommitteeMember, HolderRole::Alderman,
                                         HolderRole::Mayor);
    INFO(claimStatusCode(status).toStdString() << " / " << claimActionCode(action).toStdString() << " / "
                                               << holderRoleCode(claimant).toStdString());
    const Expected *e = expected(status, action);
    const ClaimTransition *row = ClaimWorkflow::find(status, action);
    CHECK((row != nullptr) == (e != nullptr));
    if (!e) {
        CHECK(refusal(facts(status, claimant), action, userFor(Who::Office)) == Error::Kind::Workflow);
        CHECK(refusal(facts(status, claimant), action, userFor(Who::Mayor)) == Error::Kind::Workflow);
        return;
    }
    // The mayor's claims skip the mayor (GC 9.6): straight from checked to the college.
    const bool mayorsClaim = claimant == HolderRole::Mayor;
    if (status == S::Checked && action == A::ReferToMayor && mayorsClaim) {
        CHECK(refusal(facts(status, claimant), action, userFor(Who::Office)) == Error::Kind::Workflow);
        return;
    }
    if (status == S::Checked && action == A::ReferToBody && !mayorsClaim) {
        CHECK(refusal(facts(status, claimant), action, userFor(Who::Office)) == Error::Kind::Workflow);
        return;
    }
    const Who actor = row->actor == ClaimActor::Mayor ? Who::Mayor : Who::Office;
    const ClaimTransition &allowed =
        ClaimWorkflow::authorize(facts(status, claimant), action, userFor(actor), goodInput(), kToday, kSince);
    CHECK(allowed.to == e->to);
    CHECK(ClaimWorkflow::available(facts(status, claimant), userFor(actor)).contains(action));
}

TEST_CASE("claim workflow: who may take each allowed transition", "[claims][workflow]")
{
    const ClaimTransition row = GENERATE(from_range(ClaimWorkflow::table().begin(), ClaimWorkflow::table().end()));
    const Who who = GENERATE(Who::Office, Who::OtherOffice, Who::Mayor, Who::Auditor, Who::Administrator, Who::Claimant);
    // A claimant for whom the row applies: the mayor for the mayor-only row, else a wethouder.
    const HolderRole claimant = (row.guards & MayorsClaim) ? HolderRole::Mayor : HolderRole::Alderman;
    INFO(claimStatusCode(row.from).toStdString() << " / " << claimActionCode(row.action).toStdString() << " by "
                                                 << int(who));
    const bool mayAct = (row.actor == ClaimActor::Office && who == Who::Office)
        || (row.actor == ClaimActor::Mayor && who == Who::Mayor);
    if (mayAct)
        CHECK(ClaimWorkflow::authorize(facts(row.from, claimant), row.action, userFor(who), goodInput(), kToday, kSince).to
              == row.to);
    else
        CHECK(refusal(facts(row.from, claimant), row.action, userFor(who)) == Error::Kind::Permission);
}

TEST_CASE("claim workflow: nobody acts on his own claim", "[claims][workflow]")
{
    const ClaimTransition row = GENERATE(from_range(ClaimWorkflow::table().begin(), ClaimWorkflow::table().end()));
    const HolderRole claimant = (row.guards & MayorsClaim) ? HolderRole::Mayor : HolderRole::Councillor;
    // The claimant's account holds every role and is still refused.
    try {
        ClaimWorkflow::authorize(facts(row.from, claimant), row.action, userFor(Who::Claimant), goodInput(), kToday, kSince);
        FAIL("allowed on his own claim");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Permission);
        CHECK(e.userMessage().contains(QLatin1String("own claim")));
    }
    CHECK(ClaimWorkflow::available(facts(row.from, claimant), userFor(Who::Claimant)).isEmpty());
}

TEST_CASE("claim workflow: four eyes", "[claims][workflow]")
{
    struct Case
    {
        S from;
        A action;
        Who who;
        bool allowed;
    };
    const Case c = GENERATE(values<Case>({
        {S::Submitted, A::Check, Who::Submitter, true},   // entering the holder's form is no decision
        {S::Submitted, A::Reject, Who::Submitter, false}, // a decision: never by the submitter
        {S::Submitted, A::Reject, Who::Office, true},
        {S::Checked, A::Approve, Who::Checker, false},    // the checker does not approve
        {S::Checked, A::Approve, Who::Submitter, false},  // nor the submitter
        {S::Checked, A::Approve, Who::Office, true},
        {S::Checked, A::Reject, Who::Checker, false},
        {S::Checked, A::Reject, Who::Submitter, false},
        {S::Checked, A::Reject, Who::Office, true},
        {S::Checked, A::Return, Who::Checker, true},      // sending back is no decision
        {S::Checked, A::ReferToMayor, Who::Checker, true},
        {S::ReferredToBody, A::Approve, Who::Checker, true}, // records the body's decision
        {S::Approved, A::Pay, Who::Submitter, true},
    }));
    INFO(claimStatusCode(c.from).toStdString() << " / " << claimActionCode(c.action).toStdString() << " by " << int(c.who));
    const ClaimFacts claim = facts(c.from, HolderRole::Councillor);
    if (c.allowed) {
        CHECK_NOTHROW(ClaimWorkflow::authorize(claim, c.action, userFor(c.who), goodInput(), kToday, kSince));
    } else {
        try {
            ClaimWorkflow::authorize(claim, c.action, userFor(c.who), goodInput(), kToday, kSince);
            FAIL("four eyes not enforced");
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::Permission);
            CHECK(e.userMessage().startsWith(QLatin1String("Four eyes")));
        }
    }
}

TEST_CASE("claim workflow: guards on reason, decision and dates", "[claims][workflow]")
{
    const ClaimUser office = userFor(Who::Office);
    const auto fieldOf = [&](S from, A action, const TransitionInput &input, HolderRole claimant = HolderRole::Councillor) {
        try {
            ClaimWorkflow::authorize(facts(from, claimant), action, office, input, kToday, kSince);
        } catch (const Error &e) {
            CHECK(e.kind() == Error::Kind::Validation);
            return e.field();
        }
        return QStringLiteral("(allowed)");
    };
    const QDate ok(2026, 11, 20);
    SECTION("a reason for rejecting, returning and referring")
    {
        CHECK(fieldOf(S::Submitted, A::Reject, {QStringLiteral("  "), {}}) == QLatin1String("reason"));
        CHECK(fieldOf(S::Checked, A::Reject, {{}, {}}) == QLatin1String("reason"));
        CHECK(fieldOf(S::Checked, A::Return, {{}, {}}) == QLatin1String("reason"));
        CHECK(fieldOf(S::Checked, A::ReferToMayor, {{}, {}}) == QLatin1String("reason"));
        CHECK(fieldOf(S::Checked, A::ReferToBody, {{}, {}}, HolderRole::Mayor) == QLatin1String("reason"));
        CHECK(fieldOf(S::Checked, A::Reject, {QStringLiteral("Geen functioneel belang aangetoond (GC 8.2)"), {}})
              == QLatin1String("(allowed)"));
        CHECK(fieldOf(S::Checked, A::Approve, {{}, {}}) == QLatin1String("(allowed)")); // approving needs no text
    }
    SECTION("the body's decision needs its text and its date, not in the future, not before the referral")
    {
        CHECK(fieldOf(S::ReferredToBody, A::Approve, {{}, ok}) == QLatin1String("decision"));
        CHECK(fieldOf(S::ReferredToBody, A::Reject, {QStringLiteral("Afgewezen"), {}}) == QLatin1String("decisionDate"));
        CHECK(fieldOf(S::ReferredToBody, A::Approve, {QStringLiteral("Toegestaan"), kToday.addDays(1)})
              == QLatin1String("decisionDate"));
        CHECK(fieldOf(S::ReferredToBody, A::Approve, {QStringLiteral("Toegestaan"), kSince.addDays(-1)})
              == QLatin1String("decisionDate"));
        CHECK(fieldOf(S::ReferredToBody, A::Approve, {QStringLiteral("Toegestaan"), kSince}) == QLatin1String("(allowed)"));
    }
    SECTION("paying needs the payment date")
    {
        CHECK(fieldOf(S::Approved, A::Pay, {{}, {}}) == QLatin1String("paidDate"));
        CHECK(fieldOf(S::Approved, A::Pay, {{}, kToday.addDays(1)}) == QLatin1String("paidDate"));
        CHECK(fieldOf(S::Approved, A::Pay, {{}, kToday}) == QLatin1String("(allowed)"));
    }
}

TEST_CASE("claim workflow: the deciding body follows the claimant's role (GC 9.6-9.8)", "[claims][workflow]")
{
    CHECK(ClaimWorkflow::bodyFor(HolderRole::Councillor) == DecisionBody::SeniorsCouncil);
    CHECK(ClaimWorkflow::bodyFor(HolderRole::CommitteeMember) == DecisionBody::SeniorsCouncil);
    CHECK(ClaimWorkflow::bodyFor(HolderRole::Alderman) == DecisionBody::College);
    CHECK(ClaimWorkflow::bodyFor(HolderRole::Mayor) == DecisionBody::College);
}

TEST_CASE("claim workflow: an illegal transition says what is possible", "[claims][workflow]")
{
    try {
        ClaimWorkflow::authorize(facts(S::Submitted, HolderRole::Councillor), A::Pay, userFor(Who::Office), goodInput(),
                                 kToday, kSince);
        FAIL("allowed");
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Workflow);
        CHECK(e.userMessage().contains(QLatin1String("\"Mark as paid\"")));
        CHECK(e.userMessage().contains(QLatin1String("\"Submitted\"")));
        CHECK(e.userMessage().contains(QLatin1String("\"Mark as checked\"")));
    }
    try {
        ClaimWorkflow::authorize(facts(S::Paid, HolderRole::Councillor), A::Approve, userFor(Who::Office), goodInput(),
                                 kToday, kSince);
        FAIL("allowed");
    } catch (const Error &e) {
        CHECK(e.userMessage().contains(QLatin1String("Nothing more can be done")));
    }
    // A claimant without any appointment cannot be handled by anyone.
    ClaimFacts orphan = facts(S::Submitted, HolderRole::Councillor);
    orphan.claimantRole.reset();
    CHECK(refusal(orphan, A::Check, userFor(Who::Office)) == Error::Kind::Workflow);
}
