// The warnings recorded at submission, with worked examples: claimed later than one month
// (GC 9.4; "within one month" means up to and including QDate::addMonths(1) of the expense date),
// probable duplicates (GC 9.1: same person, date and amount; the same receipt file; in any claim or
// card payment) and advances not settled within a month (GC 9.4).

#include "claimfixture.h"

#include "claims/submissionwarnings.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
const QDate kSubmitted(2026, 11, 16);

std::vector<ClaimWarning> ofKind(const std::vector<ClaimWarning> &all, ClaimWarningKind kind)
{
    std::vector<ClaimWarning> result;
    for (const ClaimWarning &w : all)
        if (w.kind == kind)
            result.push_back(w);
    return result;
}
} // namespace

TEST_CASE("claim warnings: one month means up to and including the same day of the next month", "[claims][warnings]")
{
    // The worked examples of the issue.
    CHECK(SubmissionWarnings::isLate(QDate(2026, 10, 15), QDate(2026, 11, 16)));
    CHECK_FALSE(SubmissionWarnings::isLate(QDate(2026, 10, 16), QDate(2026, 11, 16)));
    // The end of a month: 31 January is in time up to 28 February (29 in a leap year).
    CHECK(SubmissionWarnings::deadline(QDate(2026, 1, 31)) == QDate(2026, 2, 28));
    CHECK_FALSE(SubmissionWarnings::isLate(QDate(2026, 1, 31), QDate(2026, 2, 28)));
    CHECK(SubmissionWarnings::isLate(QDate(2026, 1, 31), QDate(2026, 3, 1)));
    CHECK(SubmissionWarnings::deadline(QDate(2028, 1, 31)) == QDate(2028, 2, 29));
    // The same day is never late.
    CHECK_FALSE(SubmissionWarnings::isLate(QDate(2026, 11, 16), QDate(2026, 11, 16)));
}

TEST_CASE("claim warnings: a line older than a month at submission is recorded, not refused", "[claims][warnings]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const qint64 id = f.draft(person, kSubmitted);
    const qint64 late = f.fullLine(id, QDate(2026, 10, 15), 1250, 1, QStringLiteral("reis"), kSubmitted);
    f.fullLine(id, QDate(2026, 10, 16), 1300, 2, QStringLiteral("reis"), kSubmitted);
    const auto warnings = f.claims().submit(id, kSubmitted);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == ClaimWarningKind::Late);
    CHECK(warnings[0].lineId == late);
    CHECK(warnings[0].message
          == QLatin1String("Line 1: the expense of 15-10-2026 is claimed more than a month later, on 16-11-2026 (GC 9.4)."));
    CHECK(warnings[0].recordedAt.isValid());
    CHECK(f.claims().claim(id).status == ClaimStatus::Submitted);
    // Recorded: stored with the claim, in the audit row of the submission, and listable.
    CHECK(f.claims().warnings(id).size() == 1);
    const AuditEntry audit = f.lastAudit(QStringLiteral("claim"), id);
    CHECK(audit.after.value(QStringLiteral("warnings")).toArray().size() == 1);
    ClaimFilter flagged;
    flagged.withWarningsOnly = true;
    CHECK(f.claims().count(flagged) == 1);
    CHECK(f.claims().page(flagged, ClaimColumn::Warnings, Qt::DescendingOrder, 0, 10).front().warningCount == 1);
}

TEST_CASE("claim warnings: same person, date and amount in another claim (GC 9.1)", "[claims][warnings]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 other = f.holder(HolderRole::Councillor, QStringLiteral("Pieters"));
    f.db.loginAs(UserRole::Griffie);
    const QDate day(2026, 11, 2);
    const qint64 first = f.draft(person, kSubmitted);
    const qint64 original = f.fullLine(first, day, 4250, 1, QStringLiteral("representatie"), kSubmitted);
    CHECK(f.claims().submit(first, kSubmitted).empty());
    // Another person's identical cost is no duplicate.
    const qint64 theirs = f.draft(other, kSubmitted);
    f.fullLine(theirs, day, 4250, 2, QStringLiteral("representatie"), kSubmitted);
    CHECK(f.claims().submit(theirs, kSubmitted).empty());

    const qint64 second = f.draft(person, kSubmitted);
    const qint64 again = f.fullLine(second, day, 4250, 3, QStringLiteral("representatie"), kSubmitted);
    f.fullLine(second, day, 4251, 4, QStringLiteral("representatie"), kSubmitted); // a cent more: no duplicate
    const auto warnings = f.claims().submit(second, kSubmitted);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == ClaimWarningKind::Duplicate);
    CHECK(warnings[0].lineId == again);
    CHECK(warnings[0].otherLineId == original);
    const QString number = f.claims().claim(first).number();
    CHECK(warnings[0].message == QStringLiteral("Line 1: € 42,50 on 02-11-2026 is also claimed in claim %1 (GC 9.1).").arg(number));
    // The line dialog sees it before submission too.
    ClaimLine typed;
    typed.personId = person;
    typed.expenseDate = day;
    typed.amount = Money::fromCents(4250);
    CHECK(f.claims().probableDuplicates(typed).size() == 2);
}

TEST_CASE("claim warnings: the same receipt file in another claim, and twice in one claim", "[claims][warnings]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const qint64 first = f.draft(person, kSubmitted);
    const qint64 original = f.fullLine(first, QDate(2026, 11, 3), 1999, 7, QStringLiteral("ict"), kSubmitted);
    f.claims().submit(first, kSubmitted);

    const qint64 second = f.draft(person, kSubmitted);
    // A different date and amount, but the very same scan (another file name does not matter).
    const qint64 reused = f.line(second, QDate(2026, 11, 5), 2999, QStringLiteral("ict"), QStringLiteral("Telefoon"), kSubmitted);
    f.claims().attachReceipt(reused, QStringLiteral("C:\\Scans\\kopie.pdf"), ClaimFixture::pdf(7));
    CHECK(f.claims().receipt(reused, false).fileName == QLatin1String("kopie.pdf"));
    const auto warnings = ofKind(f.claims().submit(second, kSubmitted), ClaimWarningKind::DuplicateReceipt);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].otherLineId == original);
    CHECK(warnings[0].message.contains(f.claims().claim(first).number()));

    SECTION("twice within one claim: both lines are warned about")
    {
        const qint64 third = f.draft(person, kSubmitted);
        const qint64 a = f.line(third, QDate(2026, 11, 6), 500, QStringLiteral("overig"), QStringLiteral("Parkeren"), kSubmitted);
        const qint64 b = f.line(third, QDate(2026, 11, 6), 500, QStringLiteral("overig"), QStringLiteral("Parkeren"), kSubmitted);
        f.claims().attachReceipt(a, QStringLiteral("p.pdf"), ClaimFixture::pdf(99));
        f.claims().attachReceipt(b, QStringLiteral("p.pdf"), ClaimFixture::pdf(99));
        const auto all = f.claims().submit(third, kSubmitted);
        CHECK(ofKind(all, ClaimWarningKind::Duplicate).size() == 2);
        const auto receipts = ofKind(all, ClaimWarningKind::DuplicateReceipt);
        REQUIRE(receipts.size() == 2);
        CHECK(receipts[0].message == QLatin1String("Line 1: the same receipt is attached to line 2 of this claim (GC 9.1)."));
    }
}

TEST_CASE("claim warnings: a cost also paid with the credit card (GC 9.1)", "[claims][warnings]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    CreditCard card;
    card.personId = person;
    card.issuer = QStringLiteral("ING Corporate Card");
    card.lastDigits = QStringLiteral("4321");
    card.issued = QDate(2025, 1, 1);
    card.allowedCategories = {QStringLiteral("reis"), QStringLiteral("verblijf")};
    const qint64 cardId = f.svc().cards().createCard(card, kSubmitted);
    const qint64 statement = f.svc().cards().importStatement(
        CardStatement{0, cardId, QDate(2026, 11, 10), QStringLiteral("2026-11"), {}},
        {CardPaymentInput{QDate(2026, 11, 4), QStringLiteral("NS Reizigers"), Money::fromCents(2460), QStringLiteral("reis"), {}}},
        kSubmitted);
    CHECK(statement > 0);
    const qint64 id = f.draft(person, kSubmitted);
    f.fullLine(id, QDate(2026, 11, 4), 2460, 1, QStringLiteral("reis"), kSubmitted);
    const auto warnings = f.claims().submit(id, kSubmitted);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == ClaimWarningKind::Duplicate);
    CHECK(warnings[0].otherPaymentId > 0);
    CHECK(warnings[0].message == QStringLiteral("Line 1: € 24,60 on 04-11-2026 was also paid with the credit card (GC 9.1)."));
}

TEST_CASE("claim warnings: advances settled within a month (GC 9.4)", "[claims][warnings]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    auto &advances = f.svc().advances();
    const qint64 old = advances.create(Advance{0, person, QStringLiteral("Voorschot congres VNG"), Money::fromCents(50000),
                                               QDate(2026, 10, 1), {}, {}, 0}, kSubmitted);
    const qint64 recent = advances.create(Advance{0, person, QStringLiteral("Voorschot werkbezoek"), Money::fromCents(20000),
                                                  QDate(2026, 10, 20), {}, {}, 0}, kSubmitted);
    CHECK(advances.overdue(kSubmitted).size() == 1);
    CHECK(advances.overdue(kSubmitted).front().id == old);

    // This claim accounts for the recent advance (in time); the old one is still open (late).
    const qint64 id = f.draft(person, kSubmitted, recent);
    f.fullLine(id, QDate(2026, 11, 1), 18000, 1, QStringLiteral("reis"), kSubmitted);
    const auto warnings = f.claims().submit(id, kSubmitted);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].kind == ClaimWarningKind::Advance);
    CHECK(warnings[0].advanceId == old);
    CHECK(warnings[0].message == QStringLiteral("The advance of € 500,00 paid on 01-10-2026 has not been settled within a month (GC 9.4)."));
    CHECK(advances.advance(recent).settledDate == kSubmitted);
    CHECK(advances.advance(recent).claimId == id);
    CHECK_FALSE(advances.advance(recent).isOverdue(kSubmitted));
    CHECK(f.lastAudit(QStringLiteral("advance"), recent).action == QLatin1String("settle"));
    expectError(Error::Kind::Conflict, [&] { advances.remove(recent); });

    SECTION("returned for correction: the advance is open again; a late settlement is warned about")
    {
        const User colleague = f.account(QStringLiteral("griffie2"), UserRole::Griffie);
        f.as(colleague);
        f.claims().transition(id, ClaimAction::Return, {QStringLiteral("Bon ontbreekt"), {}}, kSubmitted);
        CHECK_FALSE(advances.advance(recent).settledDate.isValid());
        const QDate later(2026, 11, 21);
        const auto again = ofKind(f.claims().submit(id, later), ClaimWarningKind::Advance);
        REQUIRE(again.size() == 2); // the old one, and this claim's own settled after 20-11
        CHECK(again[1].advanceId == recent);
        CHECK(again[1].message.contains(QLatin1String("settled by this claim more than a month later")));
        CHECK(f.claims().warnings(id).size() == 2); // the earlier submission's warnings are replaced
    }
    SECTION("another claim cannot account for the same advance")
    {
        Claim c;
        c.personId = person;
        c.description = QStringLiteral("Tweede");
        c.advanceId = recent;
        CHECK(expectError(Error::Kind::Validation, [&] { f.claims().create(c, kSubmitted); }).field() == QLatin1String("advance"));
    }
}
