#pragma once
// The creditcard register (GC 9.10: the griffier or secretaris requests, issues and withdraws the
// cards and records what kinds of cost each may be used for) and its statements, typed in or
// imported all-or-nothing from parsed rows. Accounting and judging the payments is
// CardPaymentService's. Rights as for claims: the office that keeps the holder, never the holder
// himself; the burgemeester and the auditor read.

#include "claims/cardquery.h"
#include "storage/auditlog.h"
#include "common/currentdate.h"

#include <QObject>
#include <vector>

namespace integriteit {

class Database;
class Session;

class CreditCardService : public QObject
{
    Q_OBJECT
public:
    CreditCardService(Database &database, const Session &session, QObject *parent = nullptr);

    CreditCard card(qint64 id) const;
    // The cards the user may see; of one holder, or all for 0.
    std::vector<CreditCard> cards(qint64 personId = 0) const;
    CardStatement statement(qint64 id) const;
    std::vector<CardStatement> statements(qint64 cardId) const;
    std::vector<AuditEntry> history(qint64 cardId) const;
    bool mayEdit(const CreditCard &card, const QDate &today = currentDate()) const;

    qint64 createCard(const CreditCard &card, const QDate &today = currentDate());
    void updateCard(const CreditCard &card, const QDate &today = currentDate());
    void withdrawCard(qint64 id, const QDate &date, const QDate &today = currentDate());
    // Only a card without statements (entered by mistake); returns it for undo.
    CreditCard removeCard(qint64 id);
    void restoreCard(const CreditCard &card);

    // A statement typed in; its payments follow with addPayment().
    qint64 createStatement(const CardStatement &statement, const QDate &today = currentDate());
    qint64 addPayment(qint64 statementId, const CardPaymentInput &row, const QDate &today = currentDate());
    // Only a payment that is not judged (a typing error); its receipt goes with it.
    void removePayment(qint64 paymentId);
    // A parsed statement file: everything or nothing. A refused row throws Error(Validation) whose
    // message starts with "Row N:" (N counts the rows given, from 1) and whose field names the column.
    qint64 importStatement(const CardStatement &statement, const std::vector<CardPaymentInput> &rows,
                           const QDate &today = currentDate());

Q_SIGNALS:
    void cardsChanged(qint64 personId);
    void paymentsChanged(qint64 cardId);

private:
    QDate referenceDate(const CreditCard &card, const QDate &today) const;
    CreditCard requireCard(qint64 id) const;
    qint64 insertCard(const CreditCard &card, bool keepId);
    void writeCategories(qint64 cardId, const QStringList &categories);
    qint64 insertPayment(qint64 statementId, const CreditCard &card, const CardPaymentInput &row);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
