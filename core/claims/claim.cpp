#include "claim.h"

#include "common/dutchformat.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ClaimWarning) };

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(dutch::isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString Claim::number() const
{
    return QStringLiteral("D%1-%2").arg(numberYear).arg(numberSeq, 5, 10, QLatin1Char('0'));
}

QJsonObject Claim::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("number"), number()},
            {QStringLiteral("description"), description},
            {QStringLiteral("notes"), notes},
            {QStringLiteral("advance_id"), idJson(advanceId)},
            {QStringLiteral("status"), claimStatusCode(status)},
            {QStringLiteral("created_date"), dateJson(createdDate)},
            {QStringLiteral("reference_date"), dateJson(referenceDate)},
            {QStringLiteral("total_cents"), qint64(total.cents())},
            {QStringLiteral("line_count"), lineCount},
            {QStringLiteral("submitted_by"), idJson(submittedBy)},
            {QStringLiteral("submitted_date"), dateJson(submittedDate)},
            {QStringLiteral("checked_by"), idJson(checkedBy)},
            {QStringLiteral("decision_body"),
             decisionBody ? QJsonValue(decisionBodyCode(*decisionBody)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("decision_date"), dateJson(decisionDate)},
            {QStringLiteral("decision_text"), decisionText},
            {QStringLiteral("paid_date"), dateJson(paidDate)}};
}

QJsonObject ClaimLine::toJson() const
{
    return {{QStringLiteral("line_id"), id},
            {QStringLiteral("expense_date"), dateJson(expenseDate)},
            {QStringLiteral("category"), category},
            {QStringLiteral("amount_cents"), qint64(amount.cents())},
            {QStringLiteral("description"), description},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("receipt_id"), idJson(receiptId)}};
}

QJsonObject ClaimWarning::toJson() const
{
    return {{QStringLiteral("kind"), claimWarningKindCode(kind)},
            {QStringLiteral("line_id"), idJson(lineId)},
            {QStringLiteral("message"), message},
            {QStringLiteral("other_line_id"), idJson(otherLineId)},
            {QStringLiteral("other_payment_id"), idJson(otherPaymentId)},
            {QStringLiteral("advance_id"), idJson(advanceId)}};
}

QString claimWarningKindCode(ClaimWarningKind kind)
{
    switch (kind) {
    case ClaimWarningKind::Late: return QStringLiteral("te_laat");
    case ClaimWarningKind::Duplicate: return QStringLiteral("dubbel");
    case ClaimWarningKind::DuplicateReceipt: return QStringLiteral("dubbel_bewijs");
    case ClaimWarningKind::Advance: return QStringLiteral("voorschot");
    }
    return {};
}

std::optional<ClaimWarningKind> claimWarningKindFromCode(const QString &code)
{
    for (ClaimWarningKind k : {ClaimWarningKind::Late, ClaimWarningKind::Duplicate, ClaimWarningKind::DuplicateReceipt,
                               ClaimWarningKind::Advance})
        if (claimWarningKindCode(k) == code)
            return k;
    return std::nullopt;
}

QString claimWarningKindName(ClaimWarningKind kind)
{
    switch (kind) {
    case ClaimWarningKind::Late: return Tr::tr("Claimed late");
    case ClaimWarningKind::Duplicate: return Tr::tr("Probable duplicate");
    case ClaimWarningKind::DuplicateReceipt: return Tr::tr("Receipt used twice");
    case ClaimWarningKind::Advance: return Tr::tr("Advance not settled");
    }
    return {};
}

} // namespace integriteit
