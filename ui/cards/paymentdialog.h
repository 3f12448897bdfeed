#pragma once
// Typing in one card payment from the issuer's statement: the statement's date (a new statement
// is registered with its first payment, all or nothing), the payment's date, merchant, amount and
// description. Statement files are imported elsewhere; this is for the odd payment by hand.

#include "claims/creditcard.h"

#include <QDialog>

class QLineEdit;

namespace integriteit {

class CreditCardService;
class DateLineEdit;
class InlineMessage;

class PaymentDialog : public QDialog
{
    Q_OBJECT
public:
    PaymentDialog(CreditCardService &cards, const CreditCard &card, QWidget *parent = nullptr);

    void accept() override;

private:
    CreditCardService &m_cards;
    CreditCard m_card;
    InlineMessage *m_error;
    DateLineEdit *m_statementDate;
    DateLineEdit *m_date;
    QLineEdit *m_merchant;
    QLineEdit *m_amount;
    QLineEdit *m_description;
};

} // namespace integriteit
