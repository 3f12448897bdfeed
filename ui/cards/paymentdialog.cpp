#include "paymentdialog.h"

#include "claims/creditcardservice.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

PaymentDialog::PaymentDialog(CreditCardService &cards, const CreditCard &card, QWidget *parent)
    : QDialog(parent)
    , m_cards(cards)
    , m_card(card)
    , m_error(new InlineMessage(this))
    , m_statementDate(new DateLineEdit(this))
    , m_date(new DateLineEdit(this))
    , m_merchant(new QLineEdit(this))
    , m_amount(new QLineEdit(this))
    , m_description(new QLineEdit(this))
{
    setObjectName(QStringLiteral("paymentDialog"));
    setWindowTitle(tr("New card payment"));
    m_statementDate->setObjectName(QStringLiteral("statementDate"));
    m_statementDate->setToolTip(tr("The date of the issuer's statement that lists this payment"));
    m_date->setObjectName(QStringLiteral("date"));
    m_merchant->setObjectName(QStringLiteral("merchant"));
    m_merchant->setMaxLength(200);
    m_merchant->setPlaceholderText(tr("for example NS Reizigers"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("24,60"));
    m_amount->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_statementDate->setDate(QDate::currentDate());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *cardLabel = new QLabel(card.label(), this);
    cardLabel->setTextFormat(Qt::PlainText);
    form->addRow(tr("Card:"), cardLabel);
    form->addRow(tr("&Statement of:"), m_statementDate);
    form->addRow(tr("&Paid on:"), m_date);
    form->addRow(tr("&Merchant:"), m_merchant);
    form->addRow(tr("&Amount (€):"), m_amount);
    form->addRow(tr("&Description:"), m_description);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaymentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PaymentDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_date->setFocus();
}

void PaymentDialog::accept()
{
    const auto fail = [this](const char *field, const QString &message) {
        m_error->showError(Error::validation(QLatin1String(field), message), this);
        growToContents(this);
    };
    const auto statementDate = m_statementDate->date();
    if (!statementDate || !statementDate->isValid())
        return fail("statementDate", tr("Statement of: fill in the date of the statement, for example 31-10-2026."));
    const auto date = m_date->date();
    if (!date || !date->isValid())
        return fail("date", tr("Paid on: fill in the date of the payment, for example 14-10-2026."));
    const auto amount = Money::parse(m_amount->text());
    if (!amount)
        return fail("amount", tr("Amount: write an amount in euros, for example 24,60."));
    const CardPaymentInput row{*date, m_merchant->text().trimmed(), *amount, {}, m_description->text().trimmed()};
    try {
        qint64 statementId = 0;
        for (const CardStatement &s : m_cards.statements(m_card.id))
            if (s.statementDate == *statementDate)
                statementId = s.id;
        if (statementId > 0) {
            m_cards.addPayment(statementId, row);
        } else {
            // A new statement with its first payment in one unit of work: a refused payment leaves
            // no empty statement behind.
            m_cards.importStatement(CardStatement{0, m_card.id, *statementDate, {}, {}}, {row});
        }
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
