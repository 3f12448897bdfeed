#pragma once
// Accounting for a card payment like a claim line (GC 9.11): kind of cost, description, the
// functional reason and the proof of payment. Saves through CardPaymentService on OK; a refusal
// is shown inline with the focus on its field.

#include "claims/creditcard.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class CardPaymentService;
class ExpenseCategories;
class InlineMessage;
class ReceiptField;

class AccountDialog : public QDialog
{
    Q_OBJECT
public:
    AccountDialog(CardPaymentService &payments, ExpenseCategories &categories, const CardPayment &payment,
                  QWidget *parent = nullptr);

    ReceiptField *receiptField() const { return m_receipt; }
    void accept() override;

private:
    CardPaymentService &m_payments;
    CardPayment m_payment;
    InlineMessage *m_error;
    QComboBox *m_category;
    QLineEdit *m_description;
    QPlainTextEdit *m_reason;
    ReceiptField *m_receipt;
};

} // namespace integriteit
