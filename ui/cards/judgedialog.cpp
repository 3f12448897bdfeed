#include "judgedialog.h"

#include "claims/cardpaymentservice.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// Merchants write anything ("Bar & Bistro <De Zon>"): never read as rich text.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
} // namespace

JudgeDialog::JudgeDialog(CardPaymentService &payments, const CardPayment &payment, QWidget *parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_payment(payment)
    , m_error(new InlineMessage(this))
    , m_business(new QRadioButton(tr("&Business: the municipality bears the cost"), this))
    , m_private(new QRadioButton(tr("&Private, in full or in part: an invoice to the holder (GC 9.15)"), this))
    , m_privateAmount(new QLineEdit(this))
    , m_note(new QPlainTextEdit(this))
    , m_date(new DateLineEdit(this))
{
    setObjectName(QStringLiteral("judgeDialog"));
    setWindowTitle(tr("Judge card payment"));
    m_business->setObjectName(QStringLiteral("business"));
    m_private->setObjectName(QStringLiteral("private"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_business);
    group->addButton(m_private);
    m_business->setChecked(true);
    m_privateAmount->setObjectName(QStringLiteral("privateAmount"));
    m_privateAmount->setText(payment.amount.toDutchPlain());
    m_privateAmount->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Required for private costs: why they are for the holder's account"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setDate(QDate::currentDate());
    connect(m_private, &QRadioButton::toggled, this, &JudgeDialog::updateFields);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Payment:"), plainLabel(tr("%1 at %2: %3").arg(dutch::date(payment.date), payment.merchant,
                                                                    payment.amount.toDutch()), this));
    form->addRow(tr("Judgement:"), m_business);
    form->addRow(QString(), m_private);
    form->addRow(tr("Private &part (€):"), m_privateAmount);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Judged on:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Judge")));
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    updateFields();
}

void JudgeDialog::updateFields()
{
    m_privateAmount->setEnabled(m_private->isChecked());
}

void JudgeDialog::accept()
{
    const auto fail = [this](const char *field, const QString &message) {
        m_error->showError(Error::validation(QLatin1String(field), message), this);
        growToContents(this);
    };
    const auto date = m_date->date();
    if (!date || !date->isValid())
        return fail("date", tr("Judged on: fill in the date of the judgement."));
    const bool isPrivate = m_private->isChecked();
    Money privateAmount;
    if (isPrivate) {
        const auto parsed = Money::parse(m_privateAmount->text());
        if (!parsed)
            return fail("privateAmount", tr("Private part: write an amount in euros, for example 25,00."));
        privateAmount = *parsed;
    }
    try {
        m_invoice = m_payments.judge(m_payment.id, isPrivate ? CardJudgement::Private : CardJudgement::Business,
                                     privateAmount, m_note->toPlainText(), *date);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

InvoicePaidDialog::InvoicePaidDialog(CardPaymentService &payments, const PrivateInvoice &invoice, QWidget *parent)
    : QDialog(parent)
    , m_payments(payments)
    , m_invoice(invoice)
    , m_error(new InlineMessage(this))
    , m_paidDate(new DateLineEdit(this))
{
    setObjectName(QStringLiteral("invoicePaidDialog"));
    setWindowTitle(tr("Invoice paid"));
    m_paidDate->setObjectName(QStringLiteral("paidDate"));
    m_paidDate->setDate(QDate::currentDate());
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice:"), plainLabel(tr("%1 of %2, %3").arg(invoice.number(), dutch::date(invoice.invoiceDate),
                                                                   invoice.amount.toDutch()), this));
    form->addRow(tr("&Paid on:"), m_paidDate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(okCancel(this, tr("Paid")));
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
}

void InvoicePaidDialog::accept()
{
    const auto date = m_paidDate->date();
    try {
        if (!date || !date->isValid())
            throw Error::validation(QStringLiteral("paidDate"), tr("Paid on: fill in the date the amount was received."));
        m_payments.markInvoicePaid(m_invoice.id, *date);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
