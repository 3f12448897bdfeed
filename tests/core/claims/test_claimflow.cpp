// The declaratie workflow through ClaimService with real accounts: the whole road to payment,
// the referral to the mayor and to the seniorenconvent or college with the decision recorded,
// four eyes and own claims, the refusal of an incomplete submission naming the line, and the
// audit row and event of every step.

#include "claimfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
struct Officials
{
    User griffie1, griffie2, secretary1, secretary2, mayor, auditor;
};

Officials officials(ClaimFixture &f)
{
    return {f.account(QStringLiteral("griffie1"), UserRole::Griffie),
            f.account(QStringLiteral("griffie2"), UserRole::Griffie),
            f.account(QStringLiteral("secretarie1"), UserRole::Secretariat),
            f.account(QStringLiteral("secretarie2"), UserRole::Secretariat),
            f.account(QStringLiteral("burgemeester"), UserRole::Integrity),
            f.account(QStringLiteral("accountant"), UserRole::Auditor)};
}
} // namespace

TEST_CASE("claim flow: draft, submit, check, approve, pay, one audit row and one event per step", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 person = f.holder(HolderRole::Councillor);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();

    f.as(o.griffie1);
    const qint64 id = f.draft(person);
    CHECK(claims.claim(id).status == ClaimStatus::Draft);
    CHECK(claims.claim(id).number() == QStringLiteral("D%1-00001").arg(today.year()));
    f.fullLine(id, today.addDays(-3), 1250, 1);
    f.fullLine(id, today.addDays(-2), 4500, 2, QStringLiteral("representatie"));
    const Claim draft = claims.claim(id);
    CHECK(draft.total == Money::fromCents(5750));
    CHECK(draft.lineCount == 2);
    CHECK(draft.referenceDate == today.addDays(-3));
    CHECK(claims.availableActions(draft) == QList<ClaimAction>{ClaimAction::Submit});
    // create + 2 lines + 2 receipts
    CHECK(f.claimAudits(id) == 5);

    CHECK(claims.submit(id, today).empty());
    CHECK(f.claimAudits(id) == 6);
    CHECK(f.lastAudit(QStringLiteral("claim"), id).action == QLatin1String("indienen"));
    // A submitted claim no longer changes.
    CHECK(expectError(Error::Kind::Workflow, [&] { f.line(id, today, 100); }).userMessage().contains(QLatin1String("draft")));

    claims.transition(id, ClaimAction::Check, {}, today); // the submitter may check the form he entered
    CHECK(claims.claim(id).checkedBy == o.griffie1.id);
    expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Approve, {}, today); });
    f.as(o.secretary1);
    expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Approve, {}, today); });
    f.as(o.griffie2);
    CHECK(claims.availableActions(claims.claim(id)).contains(ClaimAction::Approve));
    claims.transition(id, ClaimAction::Approve, {}, today);
    expectError(Error::Kind::Workflow, [&] { claims.transition(id, ClaimAction::Approve, {}, today); });
    CHECK(expectError(Error::Kind::Validation, [&] { claims.transition(id, ClaimAction::Pay, {}, today); }).field()
          == QLatin1String("paidDate"));
    f.as(o.griffie1);
    claims.transition(id, ClaimAction::Pay, {{}, today}, today);

    const Claim paid = claims.claim(id);
    CHECK(paid.status == ClaimStatus::Paid);
    CHECK(paid.paidDate == today);
    CHECK(paid.decisionDate == today);
    const auto events = claims.events(id);
    REQUIRE(events.size() == 4);
    CHECK(events[0].action == ClaimAction::Submit);
    CHECK(events[0].userName == QLatin1String("griffie1"));
    CHECK(events[1].to == ClaimStatus::Checked);
    CHECK(events[2].userId == o.griffie2.id);
    CHECK(events[3].date == today);
    CHECK(f.claimAudits(id) == 9);
    CHECK(claims.history(id).size() == 9);
    CHECK(claims.availableActions(paid).isEmpty());
}

TEST_CASE("claim flow: submission refused without reason or receipt, naming the line", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 person = f.holder(HolderRole::Councillor);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(o.griffie1);
    const qint64 id = f.draft(person);
    CHECK(expectError(Error::Kind::Validation, [&] { claims.submit(id, today); }).field() == QLatin1String("lines"));
    f.fullLine(id, today.addDays(-5), 1000, 1);
    const qint64 second = f.line(id, today.addDays(-4), 2000, QStringLiteral("verblijf"), QString());
    Error e = expectError(Error::Kind::Validation, [&] { claims.submit(id, today); });
    CHECK(e.field() == QLatin1String("reason"));
    CHECK(e.userMessage().startsWith(QStringLiteral("Line 2 (%1, € 20,00)").arg(today.addDays(-4).toString(QStringLiteral("dd-MM-yyyy")))));
    CHECK(e.userMessage().contains(QLatin1String("GC 9.3")));
    CHECK(e.detail() == QStringLiteral("claim_line %1").arg(second));

    ClaimLine l = claims.line(second);
    l.reason = QStringLiteral("Overnachting congres VNG");
    claims.updateLine(l, today);
    e = expectError(Error::Kind::Validation, [&] { claims.submit(id, today); });
    CHECK(e.field() == QLatin1String("receipt"));
    CHECK(e.userMessage().startsWith(QLatin1String("Line 2")));
    CHECK(claims.claim(id).status == ClaimStatus::Draft); // nothing written
    f.receipt(second, 2);
    claims.submit(id, today);
    CHECK(claims.claim(id).status == ClaimStatus::Submitted);
}

TEST_CASE("claim flow: return for correction, then submit again", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 person = f.holder(HolderRole::CommitteeMember);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(o.griffie1);
    const qint64 id = f.draft(person);
    const qint64 lineId = f.fullLine(id, today.addDays(-1), 999, 1);
    claims.submit(id, today);
    f.as(o.griffie2);
    claims.transition(id, ClaimAction::Check, {}, today);
    CHECK(expectError(Error::Kind::Validation, [&] { claims.transition(id, ClaimAction::Return, {}, today); }).field()
          == QLatin1String("reason"));
    claims.transition(id, ClaimAction::Return, {QStringLiteral("Bedrag wijkt af van de bon"), {}}, today);
    Claim c = claims.claim(id);
    CHECK(c.status == ClaimStatus::Draft);
    CHECK(c.checkedBy == 0);
    f.as(o.griffie1);
    ClaimLine l = claims.line(lineId);
    l.amount = Money::fromCents(990);
    claims.updateLine(l, today);
    claims.submit(id, today);
    // A submitted-before claim is on record: it cannot be removed.
    claims.transition(id, ClaimAction::Return, {QStringLiteral("Nog een correctie"), {}}, today);
    expectError(Error::Kind::Conflict, [&] { claims.remove(id); });
    CHECK(claims.events(id).size() == 5);
    CHECK(claims.events(id)[2].text == QLatin1String("Bedrag wijkt af van de bon"));
}

TEST_CASE("claim flow: a raadslid's doubtful claim goes to the mayor and to the seniorenconvent (GC 9.6, 9.7)", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 person = f.holder(HolderRole::Councillor);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(o.griffie1);
    const qint64 id = f.draft(person);
    f.fullLine(id, today.addDays(-10), 18500, 1, QStringLiteral("representatie"));
    claims.submit(id, today);
    claims.transition(id, ClaimAction::Check, {}, today);
    // The body is reached through the mayor only.
    expectError(Error::Kind::Workflow, [&] {
        claims.transition(id, ClaimAction::ReferToBody, {QStringLiteral("Twijfel"), {}}, today);
    });
    claims.transition(id, ClaimAction::ReferToMayor, {QStringLiteral("Diner met externe partij: functioneel?"), {}}, today);
    CHECK(claims.claim(id).status == ClaimStatus::ReferredToMayor);
    // The office cannot decide now; the mayor can.
    CHECK(claims.availableActions(claims.claim(id)).isEmpty());
    expectError(Error::Kind::Permission, [&] {
        claims.transition(id, ClaimAction::ReferToBody, {QStringLiteral("Voorleggen"), {}}, today);
    });
    f.as(o.mayor);
    CHECK(claims.claim(id).id == id); // the mayor reads all claims
    CHECK(claims.availableActions(claims.claim(id)) == QList<ClaimAction>{ClaimAction::Resolve, ClaimAction::ReferToBody});
    claims.transition(id, ClaimAction::ReferToBody, {QStringLiteral("Ter besluitvorming aan het seniorenconvent"), {}}, today);
    CHECK(claims.events(id).back().body == DecisionBody::SeniorsCouncil);
    expectError(Error::Kind::Permission, [&] {
        claims.transition(id, ClaimAction::Approve, {QStringLiteral("Toegestaan"), today}, today);
    });

    f.as(o.griffie1); // the checker records the body's decision: no four-eyes conflict
    CHECK(expectError(Error::Kind::Validation, [&] {
              claims.transition(id, ClaimAction::Approve, {QStringLiteral("Toegestaan"), {}}, today);
          }).field() == QLatin1String("decisionDate"));
    claims.transition(id, ClaimAction::Reject, {QStringLiteral("Seniorenconvent: geen gemeentelijk belang"), today}, today);
    const Claim c = claims.claim(id);
    CHECK(c.status == ClaimStatus::Rejected);
    CHECK(c.decisionBody == DecisionBody::SeniorsCouncil);
    CHECK(c.decisionDate == today);
    CHECK(c.decisionText == QLatin1String("Seniorenconvent: geen gemeentelijk belang"));
    const AuditEntry audit = f.lastAudit(QStringLiteral("claim"), id);
    CHECK(audit.action == QLatin1String("afwijzen"));
    CHECK(audit.after.value(QStringLiteral("body")).toString() == QLatin1String("seniorenconvent"));
}

TEST_CASE("claim flow: the mayor resolves the doubt about an alderman's claim", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 person = f.holder(HolderRole::Alderman);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(o.secretary1);
    const qint64 id = f.draft(person);
    f.fullLine(id, today.addDays(-2), 7500, 1, QStringLiteral("opleiding"));
    claims.submit(id, today);
    claims.transition(id, ClaimAction::Check, {}, today);
    claims.transition(id, ClaimAction::ReferToMayor, {QStringLiteral("Cursus ook privé bruikbaar?"), {}}, today);
    f.as(o.mayor);
    claims.transition(id, ClaimAction::Resolve, {QStringLiteral("Cursus hoort bij de portefeuille"), {}}, today);
    CHECK(claims.claim(id).status == ClaimStatus::Checked);
    CHECK(claims.claim(id).checkedBy == o.secretary1.id); // the check stands: still four eyes
    f.as(o.secretary1);
    expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Approve, {}, today); });
    f.as(o.secretary2);
    claims.transition(id, ClaimAction::Approve, {}, today);
    CHECK(claims.claim(id).status == ClaimStatus::Approved);
    // The griffie keeps no college claims.
    f.as(o.griffie1);
    expectError(Error::Kind::Permission, [&] { claims.claim(id); });
    expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Pay, {{}, today}, today); });
}

TEST_CASE("claim flow: the mayor's own claim goes straight to the college (GC 9.6)", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 mayorPerson = f.holder(HolderRole::Mayor, QStringLiteral("Dams"));
    const User mayorAccount = f.account(QStringLiteral("dams"), UserRole::Integrity, mayorPerson);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(o.secretary1);
    const qint64 id = f.draft(mayorPerson);
    f.fullLine(id, today.addDays(-2), 32000, 1, QStringLiteral("verblijf"));
    claims.submit(id, today);
    claims.transition(id, ClaimAction::Check, {}, today);
    CHECK(expectError(Error::Kind::Workflow, [&] {
              claims.transition(id, ClaimAction::ReferToMayor, {QStringLiteral("Twijfel"), {}}, today);
          }).userMessage().contains(QLatin1String("GC 9.6")));
    claims.transition(id, ClaimAction::ReferToBody, {QStringLiteral("Hotel boven de norm"), {}}, today);
    CHECK(claims.events(id).back().body == DecisionBody::College);
    // The mayor himself sees his claim but does nothing with it.
    f.as(mayorAccount);
    CHECK(claims.availableActions(claims.claim(id)).isEmpty());
    expectError(Error::Kind::Permission, [&] {
        claims.transition(id, ClaimAction::Approve, {QStringLiteral("Toegestaan"), today}, today);
    });
    f.as(o.secretary2);
    claims.transition(id, ClaimAction::Approve, {QStringLiteral("College 17-11: toegestaan"), today}, today);
    CHECK(claims.claim(id).decisionBody == DecisionBody::College);
}

TEST_CASE("claim flow: nobody handles his own claim, not even as a draft", "[claims]")
{
    ClaimFixture f;
    const qint64 member = f.holder(HolderRole::CommitteeMember, QStringLiteral("Peters"));
    // A griffie employee who is also commissielid.
    const User own = f.account(QStringLiteral("peters"), UserRole::Griffie, member);
    const User colleague = f.account(QStringLiteral("griffie2"), UserRole::Griffie);
    const QDate today = ClaimFixture::today();
    auto &claims = f.claims();
    f.as(own);
    CHECK_FALSE(claims.mayCreate(member, today));
    CHECK(expectError(Error::Kind::Permission, [&] { f.draft(member); }).userMessage().contains(QLatin1String("own")));
    f.as(colleague);
    const qint64 id = f.draft(member);
    f.fullLine(id, today.addDays(-1), 1500, 1);
    f.as(own);
    CHECK_FALSE(claims.mayEdit(claims.claim(id)));
    expectError(Error::Kind::Permission, [&] { f.line(id, today, 100); });
    expectError(Error::Kind::Permission, [&] { claims.submit(id, today); });
    f.as(colleague);
    claims.submit(id, today);
    f.as(own);
    expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Check, {}, today); });
    CHECK(claims.availableActions(claims.claim(id)).isEmpty());
}

TEST_CASE("claim flow: the auditor reads, the administrator sees no claims", "[claims]")
{
    ClaimFixture f;
    const Officials o = officials(f);
    const qint64 person = f.holder(HolderRole::Councillor);
    const QDate today = ClaimFixture::today();
    f.as(o.griffie1);
    const qint64 id = f.draft(person);
    f.fullLine(id, today.addDays(-1), 1500, 1);
    const qint64 lineId = f.claims().lines(id).front().id;
    f.as(o.auditor);
    CHECK(f.claims().claim(id).id == id);
    CHECK(f.claims().receipt(lineId).data == ClaimFixture::pdf(1));
    CHECK(f.claims().count(ClaimFilter()) == 1);
    CHECK_FALSE(f.claims().mayEdit(f.claims().claim(id)));
    expectError(Error::Kind::Permission, [&] { f.claims().submit(id, today); });
    expectError(Error::Kind::Permission, [&] { f.line(id, today, 100); });
    f.db.loginAs(UserRole::Administrator);
    expectError(Error::Kind::Permission, [&] { f.claims().claim(id); });
    expectError(Error::Kind::Permission, [&] { f.claims().count(ClaimFilter()); });
}
