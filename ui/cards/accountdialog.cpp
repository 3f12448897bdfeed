#include "accountdialog.h"

#include "cards/receiptfield.h"
#include "claims/cardpaymentservice.h"
#include "claims/expensecategories.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/growtocontents.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

AccountDialog::AccountDialog(CardPaymentService &payments, ExpenseCategories &categories, const CardPayment &payment,
                             QWidget *parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_payment(payment)
    , m_error(new InlineMessage(this))
    , m_category(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_receipt(new ReceiptField(this))
{
    setObjectName(QStringLiteral("accountDialog"));
    setWindowTitle(tr("Account for card payment"));
    m_category->setObjectName(QStringLiteral("category"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why this expense served the municipality (GC 9.11)"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);

    m_category->addItem(tr("Choose a kind of cost"), QString());
    try {
        for (const ExpenseCategory &c : categories.list(false))
            m_category->addItem(c.name, c.code);
        // A kind made inactive later stays on the payment that has it.
        if (!payment.category.isEmpty() && m_category->findData(payment.category) < 0)
            m_category->addItem(categories.category(payment.category).name, payment.category);
        if (payment.receiptId > 0) {
            const Receipt stored = payments.receipt(payment.id, true);
            m_receipt->setStored(stored, stored.data);
        }
    } catch (const Error &error) {
        m_error->showError(error.userMessage());
    }
    m_category->setCurrentIndex(qMax(0, m_category->findData(payment.category)));
    m_description->setText(payment.description);
    m_reason->setPlainText(payment.reason);
    connect(m_receipt, &ReceiptField::refused, this, [this](const QString &message) {
        m_error->showError(message);
        m_receipt->setFocus();
    });
    connect(m_receipt, &ReceiptField::changed, m_error, &InlineMessage::clear);

    auto *summary = new QLabel(tr("%1 at %2: %3").arg(dutch::date(payment.date), payment.merchant, payment.amount.toDutch()),
                               this);
    summary->setTextFormat(Qt::PlainText); // merchants write anything: "Bar & Bistro <De Zon>"
    summary->setObjectName(QStringLiteral("paymentSummary"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Payment:"), summary);
    form->addRow(tr("&Kind of cost:"), m_category);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Functional &reason:"), m_reason);
    form->addRow(tr("Proof of payment:"), m_receipt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_category->setFocus();
}

void AccountDialog::accept()
{
    const QString category = m_category->currentData().toString();
    const QString description = m_description->text().trimmed();
    const QString reason = m_reason->toPlainText().trimmed();
    try {
        // Text first: its refusals (no kind, no reason) come before any bytes are stored.
        if (category != m_payment.category || description != m_payment.description || reason != m_payment.reason)
            m_payments.account(m_payment.id, category, description, reason);
        if (m_receipt->change() == ReceiptField::Change::Attached)
            m_payments.attachReceipt(m_payment.id, m_receipt->attached().fileName, m_receipt->attached().data);
        else if (m_receipt->change() == ReceiptField::Change::Removed)
            m_payments.detachReceipt(m_payment.id);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
