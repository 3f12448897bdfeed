#pragma once
// Typing in one card payment from the issuer's statement: the statement's date (a new statement
// is registered with its first payment, all or nothing), the payment's date, merchant, amount and
// description. Statement files are imported elsewhere; this is for the odd payment by hand.

#include "claims/creditcard.h"

#include <QDialog>

class QLineEdit;

namespace integriteit {

class CardPaymentService;
class CreditCardService;
class DateLineEdit;
class InlineMessage;

class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(CreditCardService &cards, CardPaymentService &payments, const CreditCard &card, QWidget *parent = nullptr);

    // After acceptance: what was added, for the undo step.
    qint64 statementId() const { return m_statementId; }
    qint64 paymentId() const { return m_paymentId; }
    const CardPaymentInput &row() const { return m_row; }
    void accept() override;

private:
    CreditCardService &m_cards;
    CardPaymentService &m_payments;
    CreditCard m_card;
    qint64 m_statementId = 0;
    qint64 m_paymentId = 0;
    CardPaymentInput m_row;
    InlineMessage *m_error;
    DateLineEdit *m_statementDate;
    DateLineEdit *m_date;
    QLineEdit *m_merchant;
    QLineEdit *m_amount;
    QLineEdit *m_description;
};

} // namespace integriteit
