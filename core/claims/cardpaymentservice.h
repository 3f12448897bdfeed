#pragma once
// Card payments accounted for like claim lines (GC 9.11: form, receipt, functional reason) and
// judged by the office: business, or private in full or in part, which produces an invoice to the
// holder that is tracked until paid (GC 9.15). Four eyes: who entered the accounting does not
// judge it; nobody handles his own card.

#include "claims/cardquery.h"
#include "claims/claimquery.h"
#include "claims/receipt.h"
#include "storage/auditlog.h"
#include "common/currentdate.h"

#include <QObject>
#include <optional>
#include <vector>

namespace integriteit {

class Database;
class Session;

class CardPaymentService : public QObject
{
    Q_OBJECT
public:
    CardPaymentService(Database &database, const Session &session, QObject *parent = nullptr);

    CardPayment payment(qint64 id) const;
    int count(const CardPaymentFilter &filter) const;
    std::vector<CardPaymentRow> page(const CardPaymentFilter &filter, CardPaymentColumn sort, Qt::SortOrder order,
                                     int offset, int limit) const;
    Receipt receipt(qint64 paymentId, bool withData = true) const;
    // Claim lines (or other payments) with the same date and amount or the same receipt (GC 9.1).
    std::vector<DuplicateHit> probableDuplicates(qint64 paymentId) const;
    std::vector<AuditEntry> history(qint64 paymentId) const;
    bool mayJudge(const CardPayment &payment) const;

    // Kind of cost, description and the functional reason. Not after the judgement.
    void account(qint64 paymentId, const QString &category, const QString &description, const QString &reason);
    qint64 attachReceipt(qint64 paymentId, const QString &fileName, const QByteArray &data);
    void detachReceipt(qint64 paymentId);

    // Judges the payment on `date`. Business needs the payment accounted for; private needs the
    // private amount (more than zero, at most the payment) and a note, and returns the invoice.
    std::optional<PrivateInvoice> judge(qint64 paymentId, CardJudgement judgement, Money privateAmount, const QString &note,
                                        const QDate &date, const QDate &today = currentDate());

    PrivateInvoice invoice(qint64 id) const;
    std::optional<PrivateInvoice> invoiceForPayment(qint64 paymentId) const;
    // Of one holder or all (0) the user may see; `openOnly`: not paid.
    std::vector<PrivateInvoice> invoices(qint64 personId = 0, bool openOnly = false) const;
    void markInvoicePaid(qint64 invoiceId, const QDate &paidDate, const QDate &today = currentDate());
    // Records in the invoice's audit trail that its letter was made (file name, no folders), so the
    // history shows when the holder was sent it. Only the office that keeps the holder.
    void recordInvoiceLetter(qint64 invoiceId, const QString &fileName);

Q_SIGNALS:
    void paymentChanged(qint64 paymentId, qint64 cardId);
    void invoicesChanged(qint64 personId);

private:
    CardPayment requirePayment(qint64 id) const;
    CardPayment requireOpen(qint64 id) const;
    void writeAccounting(const CardPayment &payment);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
