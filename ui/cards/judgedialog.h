#pragma once
// Judging an accounted card payment: business, or private in full or in part (GC 9.15), on a
// date, by an official other than the one who accounted it (four eyes, checked by the service).
// Private records the invoice to the holder.

#include "claims/creditcard.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace integriteit {

class CardPaymentService;
class DateLineEdit;
class InlineMessage;

class JudgeDialog : public QDialog
{
    Q_OBJECT
public:
    JudgeDialog(CardPaymentService &payments, const CardPayment &payment, QWidget *parent = nullptr);

    // After acceptance of a private judgement: the invoice recorded.
    const std::optional<PrivateInvoice> &invoice() const { return m_invoice; }
    void accept() override;

private:
    void updateFields();

    CardPaymentService &m_payments;
    CardPayment m_payment;
    std::optional<PrivateInvoice> m_invoice;
    InlineMessage *m_error;
    QRadioButton *m_business;
    QRadioButton *m_private;
    QLineEdit *m_privateAmount;
    QPlainTextEdit *m_note;
    DateLineEdit *m_date;
};

// Recording that the holder paid an invoice (GC 9.15: tracked until paid).
class InvoicePaidDialog : public QDialog
{
    Q_OBJECT
public:
    InvoicePaidDialog(CardPaymentService &payments, const PrivateInvoice &invoice, QWidget *parent = nullptr);
    void accept() override;

private:
    CardPaymentService &m_payments;
    PrivateInvoice m_invoice;
    InlineMessage *m_error;
    DateLineEdit *m_paidDate;
};

} // namespace integriteit
