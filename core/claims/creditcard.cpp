#include "creditcard.h"

#include "common/dutchformat.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CreditCard) };

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(dutch::isoDate(date)) : QJsonValue(QJsonValue::Null);
}

QJsonValue idJson(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue(QJsonValue::Null);
}
} // namespace

QString CreditCard::label() const
{
    return QStringLiteral("%1 \u2022\u2022\u2022\u2022 %2").arg(issuer, lastDigits);
}

QJsonObject CreditCard::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("last_digits"), lastDigits},
            {QStringLiteral("issued_date"), dateJson(issued)},
            {QStringLiteral("withdrawn_date"), dateJson(withdrawn)},
            {QStringLiteral("allowed_categories"), QJsonArray::fromStringList(allowedCategories)},
            {QStringLiteral("notes"), notes}};
}

QJsonObject CardStatement::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("card_id"), cardId},
            {QStringLiteral("statement_date"), dateJson(statementDate)},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("source"), source}};
}

QString cardJudgementCode(CardJudgement judgement)
{
    return judgement == CardJudgement::Business ? QStringLiteral("zakelijk") : QStringLiteral("prive");
}

std::optional<CardJudgement> cardJudgementFromCode(const QString &code)
{
    if (code == QLatin1String("zakelijk"))
        return CardJudgement::Business;
    if (code == QLatin1String("prive"))
        return CardJudgement::Private;
    return std::nullopt;
}

QString cardJudgementName(CardJudgement judgement)
{
    return judgement == CardJudgement::Business ? Tr::tr("Business expense") : Tr::tr("Private expense");
}

QJsonObject CardPayment::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("statement_id"), statementId},
            {QStringLiteral("card_id"), cardId},
            {QStringLiteral("payment_date"), dateJson(date)},
            {QStringLiteral("merchant"), merchant},
            {QStringLiteral("amount_cents"), qint64(amount.cents())},
            {QStringLiteral("category"), category.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(category)},
            {QStringLiteral("description"), description},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("receipt_id"), idJson(receiptId)},
            {QStringLiteral("accounted_by"), idJson(accountedBy)},
            {QStringLiteral("judgement"), judgement ? QJsonValue(cardJudgementCode(*judgement)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("private_cents"), qint64(privateAmount.cents())},
            {QStringLiteral("judged_by"), idJson(judgedBy)},
            {QStringLiteral("judged_date"), dateJson(judgedDate)},
            {QStringLiteral("judgement_note"), judgementNote}};
}

QString PrivateInvoice::number() const
{
    return QStringLiteral("F%1-%2").arg(numberYear).arg(numberSeq, 4, 10, QLatin1Char('0'));
}

QJsonObject PrivateInvoice::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("number"), number()},
            {QStringLiteral("payment_id"), paymentId},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("invoice_date"), dateJson(invoiceDate)},
            {QStringLiteral("due_date"), dateJson(dueDate)},
            {QStringLiteral("amount_cents"), qint64(amount.cents())},
            {QStringLiteral("paid_date"), dateJson(paidDate)},
            {QStringLiteral("notes"), notes}};
}

} // namespace integriteit
