#include "submissionwarnings.h"

#include "claims/claimquery.h"
#include "claims/receiptstore.h"
#include "common/dutchformat.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <map>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SubmissionWarnings) };

ClaimWarning warning(const Claim &claim, qint64 lineId, ClaimWarningKind kind, const QString &message)
{
    ClaimWarning w;
    w.claimId = claim.id;
    w.lineId = lineId;
    w.kind = kind;
    w.message = message;
    return w;
}

QString duplicateText(int n, const ClaimLine &line, const DuplicateHit &hit, qint64 claimId,
                      const std::map<qint64, int> &numbers)
{
    const QString amount = line.amount.toDutch();
    const QString date = dutch::date(line.expenseDate);
    if (hit.paymentId > 0)
        return hit.sameReceipt
            ? Tr::tr("Line %1: the same receipt belongs to a credit card payment (GC 9.1).").arg(n)
            : Tr::tr("Line %1: %2 on %3 was also paid with the credit card (GC 9.1).").arg(n).arg(amount, date);
    if (hit.claimId == claimId) {
        const auto other = numbers.find(hit.lineId);
        const int otherNo = other == numbers.end() ? 0 : other->second;
        return hit.sameReceipt
            ? Tr::tr("Line %1: the same receipt is attached to line %2 of this claim (GC 9.1).").arg(n).arg(otherNo)
            : Tr::tr("Line %1: %2 on %3 appears twice in this claim, also as line %4 (GC 9.1).")
                  .arg(n).arg(amount, date).arg(otherNo);
    }
    return hit.sameReceipt
        ? Tr::tr("Line %1: the same receipt is attached to claim %2 (GC 9.1).").arg(n).arg(hit.claimNumber)
        : Tr::tr("Line %1: %2 on %3 is also claimed in claim %4 (GC 9.1).").arg(n).arg(amount, date, hit.claimNumber);
}
} // namespace

std::vector<ClaimWarning> SubmissionWarnings::compute(const Claim &claim, const std::vector<ClaimLine> &lines,
                                                      const QDate &day) const
{
    std::vector<ClaimWarning> out;
    std::map<qint64, int> numbers; // line id -> its number in the claim, as the user sees it
    for (std::size_t i = 0; i < lines.size(); ++i)
        numbers[lines[i].id] = int(i) + 1;
    const ClaimQuery query(m_db);
    const ReceiptStore receipts(m_db);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const ClaimLine &line = lines[i];
        const int n = int(i) + 1;
        if (isLate(line.expenseDate, day))
            out.push_back(warning(claim, line.id, ClaimWarningKind::Late,
                                  Tr::tr("Line %1: the expense of %2 is claimed more than a month later, on %3 (GC 9.4).")
                                      .arg(n).arg(dutch::date(line.expenseDate), dutch::date(day))));
        for (const DuplicateHit &hit : query.sameDateAndAmount(claim.personId, line.expenseDate, line.amount, line.id, 0)) {
            ClaimWarning w = warning(claim, line.id, ClaimWarningKind::Duplicate, duplicateText(n, line, hit, claim.id, numbers));
            w.otherLineId = hit.lineId;
            w.otherPaymentId = hit.paymentId;
            out.push_back(w);
        }
        if (line.receiptId <= 0)
            continue;
        const auto receipt = receipts.load(line.receiptId, false);
        if (!receipt)
            continue;
        for (const DuplicateHit &hit : query.sameReceipt(receipt->sha256, line.id, 0)) {
            ClaimWarning w = warning(claim, line.id, ClaimWarningKind::DuplicateReceipt,
                                     duplicateText(n, line, hit, claim.id, numbers));
            w.otherLineId = hit.lineId;
            w.otherPaymentId = hit.paymentId;
            out.push_back(w);
        }
    }
    advances(claim, day, out);
    return out;
}

void SubmissionWarnings::advances(const Claim &claim, const QDate &day, std::vector<ClaimWarning> &out) const
{
    // The claim's own advance is settled by this submission; the person's other advances that are
    // still open are overdue once the month has passed.
    SqlQuery q(m_db, QStringLiteral("SELECT id, amount_cents, paid_date FROM advances WHERE person_id = :person "
                                    "AND (id = :own OR settled_date IS NULL) ORDER BY paid_date, id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":person"), claim.personId).bind(QStringLiteral(":own"), claim.advanceId).exec();
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QDate paid = dutch::fromIso(q.value(2).toString());
        if (!isLate(paid, day))
            continue;
        const QString amount = Money::fromCents(q.value(1).toLongLong()).toDutch();
        ClaimWarning w = warning(claim, 0, ClaimWarningKind::Advance,
                                 id == claim.advanceId
                                     ? Tr::tr("The advance of %1 paid on %2 is settled by this claim more than a month later (GC 9.4).")
                                           .arg(amount, dutch::date(paid))
                                     : Tr::tr("The advance of %1 paid on %2 has not been settled within a month (GC 9.4).")
                                           .arg(amount, dutch::date(paid)));
        w.advanceId = id;
        out.push_back(w);
    }
}

} // namespace integriteit
