#pragma once
// Declaratie (ExpenseClaim) with its declaratieregels, the warnings recorded at submission and the
// events of its workflow.

#include "claims/claimstatus.h"
#include "common/money.h"
#include "registers/common/decisionbody.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace integriteit {

struct Claim
{
    qint64 id = 0;
    qint64 personId = 0;
    int numberYear = 0; // declaratienummer "D2026-00042": year and sequence, given at creation
    int numberSeq = 0;
    QString description; // "Declaratie oktober 2026"
    QString notes;
    qint64 advanceId = 0; // the voorschot this claim accounts for, 0 for none
    ClaimStatus status = ClaimStatus::Draft;
    QDate createdDate; // local day of creation
    // Kept by the service: the earliest expense date (createdDate without lines), the sum and the
    // number of the lines.
    QDate referenceDate;
    Money total;
    int lineCount = 0;
    qint64 submittedBy = 0;
    QDate submittedDate;
    qint64 checkedBy = 0;
    std::optional<DecisionBody> decisionBody; // seniorenconvent or college, when it decided
    QDate decisionDate;
    QString decisionText; // the body's decision, or the reason of a rejection
    QDate paidDate;

    QString number() const;
    // The audit row's before/after; the fields only the service sets are included.
    QJsonObject toJson() const;
};

struct ClaimLine
{
    qint64 id = 0;
    qint64 claimId = 0;
    qint64 personId = 0; // the claim's person, repeated for the duplicate check
    QDate expenseDate;
    QString category;    // expense_categories.code
    Money amount;
    QString description;
    QString reason;      // functionaliteit (GC 8.2, 9.3): required before submission
    qint64 receiptId = 0; // betalingsbewijs, 0 while missing

    QJsonObject toJson() const;
};

enum class ClaimWarningKind {
    Late,             // te_laat: older than one month at submission (GC 9.4)
    Duplicate,        // dubbel: same person, date and amount elsewhere (GC 9.1)
    DuplicateReceipt, // dubbel_bewijs: the same receipt file elsewhere (GC 9.1)
    Advance,          // voorschot: an advance not settled within a month (GC 9.4)
};
QString claimWarningKindCode(ClaimWarningKind kind);
std::optional<ClaimWarningKind> claimWarningKindFromCode(const QString &code);
QString claimWarningKindName(ClaimWarningKind kind); // translated

// A warning does not block; it is recorded at submission with its text and shown to the checker.
struct ClaimWarning
{
    qint64 id = 0;
    qint64 claimId = 0;
    qint64 lineId = 0;          // the line concerned, 0 for the claim as a whole
    ClaimWarningKind kind = ClaimWarningKind::Late;
    QString message;            // translated at the time it was recorded
    qint64 otherLineId = 0;     // the line it probably duplicates
    qint64 otherPaymentId = 0;  // or the card payment
    qint64 advanceId = 0;
    QDateTime recordedAt;       // UTC

    QJsonObject toJson() const;
};

// One step of the workflow.
struct ClaimEvent
{
    qint64 id = 0;
    qint64 claimId = 0;
    ClaimAction action = ClaimAction::Submit;
    ClaimStatus from = ClaimStatus::Draft;
    ClaimStatus to = ClaimStatus::Draft;
    qint64 userId = 0;
    QString userName;
    QDateTime atUtc;
    QString text;                        // reason, note or decision
    QDate date;                          // decision date or payment date
    std::optional<DecisionBody> body;    // the deciding body, for its decision or the referral to it
};

} // namespace integriteit
