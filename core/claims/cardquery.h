#pragma once
// Read side of the creditcards: cards, statements, payments (filtered pages for lazy models, with
// the flags the checker needs) and the invoices for private costs.

#include "claims/creditcard.h"
#include "persons/person.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace integriteit {

struct CardPaymentFilter
{
    qint64 personId = 0;
    qint64 cardId = 0;
    qint64 statementId = 0;
    int year = 0;                 // of the payment date
    bool openOnly = false;        // not judged yet
    bool unaccountedOnly = false; // kind, reason or receipt missing
    bool privateOnly = false;     // judged (partly) private
};

enum class CardPaymentColumn { Date, Holder, Card, Merchant, Category, Amount, Accounted, Judgement, Invoice, Count };

struct CardPaymentRow
{
    CardPayment payment;
    QString holderName;
    QString cardLabel;
    bool outsideCardPeriod = false;  // paid before issue or after withdrawal
    bool categoryNotAllowed = false; // a kind the card is not for (GC 9.10, 9.12)
    QString invoiceNumber;           // of the invoice for the private part
    QDate invoicePaid;
};

class CardQuery
{
public:
    explicit CardQuery(const QSqlDatabase &db) : m_db(db) {}

    std::optional<CreditCard> card(qint64 id) const;
    // The holder's cards (all holders for 0), newest first.
    std::vector<CreditCard> cards(qint64 personId) const;
    std::optional<CardStatement> statement(qint64 id) const;
    std::vector<CardStatement> statements(qint64 cardId) const;
    std::optional<CardPayment> payment(qint64 id) const;
    std::optional<PrivateInvoice> invoice(qint64 id) const;
    std::optional<PrivateInvoice> invoiceForPayment(qint64 paymentId) const;
    // Newest first; `openOnly`: not paid.
    std::vector<PrivateInvoice> invoices(qint64 personId, bool openOnly) const;

    // `visibleRoles` as in ClaimQuery: the holder's role on the payment date.
    int count(const CardPaymentFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles) const;
    std::vector<CardPaymentRow> page(const CardPaymentFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles,
                                     CardPaymentColumn sort, Qt::SortOrder order, int offset, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
