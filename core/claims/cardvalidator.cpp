#include "cardvalidator.h"

#include "claims/expensecategories.h"
#include "common/error.h"
#include "registers/common/fieldrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CardValidator) };
using fieldrules::require;
} // namespace

void CardValidator::noCardNumber(const QString &text, const char *field, const QString &label)
{
    static const QRegularExpression number(QStringLiteral(R"(\d(?:[ -]?\d){11,})"));
    require(!number.match(text).hasMatch(), field,
            Tr::tr("%1: this looks like a full card number. Keep only the last four digits of a card.").arg(label));
}

void CardValidator::validate(const CreditCard &c, const QDate &today) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4}$"));
    fieldrules::text(c.issuer, "issuer", Tr::tr("Issuer"), 100, true);
    noCardNumber(c.issuer, "issuer", Tr::tr("Issuer"));
    require(digits.match(c.lastDigits).hasMatch(), "lastDigits",
            Tr::tr("Last four digits: fill in exactly the last four digits of the card number."));
    fieldrules::requiredDate(c.issued, "issued", Tr::tr("Issued"));
    fieldrules::pastDate(c.issued, today, "issued", Tr::tr("Issued"));
    fieldrules::plannedDate(c.withdrawn, today, "withdrawn", Tr::tr("Withdrawn"));
    fieldrules::notBefore(c.withdrawn, c.issued, "withdrawn", Tr::tr("Withdrawn"), Tr::tr("Issue date"));
    require(!c.allowedCategories.isEmpty(), "allowedCategories",
            Tr::tr("Allowed kinds of cost: choose at least one kind of cost the card may be used for (GC 9.10)."));
    for (const QString &code : c.allowedCategories)
        require(ExpenseCategories::find(m_db, code).has_value(), "allowedCategories",
                Tr::tr("Allowed kinds of cost: \"%1\" is not a kind of cost.").arg(code));
    fieldrules::text(c.notes, "notes", Tr::tr("Notes"), 4000, false);
    noCardNumber(c.notes, "notes", Tr::tr("Notes"));
}

void CardValidator::validate(const CardStatement &s, const QDate &today) const
{
    fieldrules::requiredDate(s.statementDate, "statementDate", Tr::tr("Statement date"));
    fieldrules::pastDate(s.statementDate, today, "statementDate", Tr::tr("Statement date"));
    fieldrules::text(s.reference, "reference", Tr::tr("Reference"), 100, false);
    noCardNumber(s.reference, "reference", Tr::tr("Reference"));
    fieldrules::text(s.source, "source", Tr::tr("File"), 255, false);
}

void CardValidator::validate(const CardPaymentInput &row, const QDate &today, const QDate &statementDate) const
{
    fieldrules::requiredDate(row.date, "date", Tr::tr("Date"));
    fieldrules::pastDate(row.date, today, "date", Tr::tr("Date"));
    if (statementDate.isValid())
        require(row.date <= statementDate, "date", Tr::tr("Date: the payment lies after the date of the statement."));
    fieldrules::text(row.merchant, "merchant", Tr::tr("Merchant"), 200, true);
    noCardNumber(row.merchant, "merchant", Tr::tr("Merchant"));
    fieldrules::amount(row.amount, "amount", Tr::tr("Amount"));
    require(row.amount.cents() > 0, "amount",
            Tr::tr("Amount: a payment is more than zero; a refund is noted with the payment it refunds."));
    if (!row.category.isEmpty())
        ExpenseCategories::requireUsable(m_db, row.category, QStringLiteral("category"));
    fieldrules::text(row.description, "description", Tr::tr("Description"), 500, false);
    noCardNumber(row.description, "description", Tr::tr("Description"));
}

} // namespace integriteit
