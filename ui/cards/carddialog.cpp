#include "carddialog.h"

#include "claims/creditcardservice.h"
#include "claims/expensecategories.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "persons/personservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace integriteit {

CardDialog::CardDialog(CreditCardService &cards, PersonService &persons, ExpenseCategories &categories,
                       const CreditCard &card, QWidget *parent)
    : QDialog(parent)
    , m_cards(cards)
    , m_card(card)
    , m_error(new InlineMessage(this))
    , m_holder(new QComboBox(this))
    , m_issuer(new QLineEdit(this))
    , m_lastDigits(new QLineEdit(this))
    , m_issued(new DateLineEdit(this))
    , m_withdrawn(new DateLineEdit(this))
    , m_categories(new QListWidget(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("cardDialog"));
    setWindowTitle(card.id == 0 ? tr("New credit card") : tr("Edit credit card"));
    m_holder->setObjectName(QStringLiteral("person"));
    m_issuer->setObjectName(QStringLiteral("issuer"));
    m_issuer->setMaxLength(100);
    m_issuer->setPlaceholderText(tr("for example ING Corporate Card"));
    m_lastDigits->setObjectName(QStringLiteral("lastDigits"));
    m_lastDigits->setMaxLength(4);
    m_lastDigits->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,4}")), this));
    m_lastDigits->setPlaceholderText(tr("1234"));
    m_lastDigits->setToolTip(tr("Only the last four digits: the full card number is never kept"));
    m_lastDigits->setMaximumWidth(fontMetrics().averageCharWidth() * 20);
    m_issued->setObjectName(QStringLiteral("issued"));
    m_withdrawn->setObjectName(QStringLiteral("withdrawn"));
    m_withdrawn->setToolTip(tr("Leave empty while the card is in use"));
    m_categories->setObjectName(QStringLiteral("allowedCategories"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    // Holders: the office holders in office now, and the card's own holder even when he left.
    PersonFilter filter;
    filter.status = card.id == 0 ? PersonFilter::Status::Active : PersonFilter::Status::All;
    m_holder->addItem(tr("Choose the card holder"), qint64(0));
    try {
        for (const PersonRow &row : persons.page(filter, PersonColumn::Name, Qt::AscendingOrder, 0, 5000))
            m_holder->addItem(row.displayName, row.id);
        for (const ExpenseCategory &c : categories.list(false)) {
            auto *item = new QListWidgetItem(c.name, m_categories);
            item->setData(Qt::UserRole, c.code);
            item->setCheckState(card.allowedCategories.contains(c.code) ? Qt::Checked : Qt::Unchecked);
        }
    } catch (const Error &error) {
        m_error->showError(error.userMessage());
    }
    m_holder->setCurrentIndex(qMax(0, m_holder->findData(card.personId)));
    m_holder->setEnabled(card.id == 0); // a card never moves to another holder
    m_categories->setFixedHeight(m_categories->sizeHintForRow(0) * qMin(7, qMax(3, m_categories->count())) + 6);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Card &holder:"), m_holder);
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("&Last four digits:"), m_lastDigits);
    form->addRow(tr("Iss&ued on:"), m_issued);
    form->addRow(tr("&Withdrawn on:"), m_withdrawn);
    form->addRow(tr("Allowed &kinds of cost:"), m_categories);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(card.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CardDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_issuer->setText(card.issuer);
    m_lastDigits->setText(card.lastDigits);
    m_issued->setDate(card.issued.isValid() ? card.issued : QDate::currentDate());
    m_withdrawn->setDate(card.withdrawn);
    m_notes->setPlainText(card.notes);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    (card.id == 0 ? static_cast<QWidget *>(m_holder) : m_issuer)->setFocus();
}

bool CardDialog::cardFromForm(CreditCard &c)
{
    c = m_card;
    c.personId = m_holder->currentData().toLongLong();
    c.issuer = m_issuer->text();
    c.lastDigits = m_lastDigits->text().trimmed();
    c.notes = m_notes->toPlainText();
    c.allowedCategories.clear();
    for (int i = 0; i < m_categories->count(); ++i)
        if (m_categories->item(i)->checkState() == Qt::Checked)
            c.allowedCategories << m_categories->item(i)->data(Qt::UserRole).toString();
    const auto fail = [this](const char *field, const QString &message) {
        m_error->showError(Error::validation(QLatin1String(field), message), this);
        growToContents(this);
        return false;
    };
    if (c.personId == 0)
        return fail("person", tr("Card holder: choose the office holder who holds the card."));
    const auto issued = m_issued->date();
    if (!issued)
        return fail("issued", tr("Issued on: this is not a date; write it as 15-01-2026."));
    const auto withdrawn = m_withdrawn->date();
    if (!withdrawn)
        return fail("withdrawn", tr("Withdrawn on: this is not a date; write it as 31-12-2026, or leave it empty."));
    c.issued = *issued;
    c.withdrawn = *withdrawn;
    return true;
}

void CardDialog::accept()
{
    CreditCard c;
    if (!cardFromForm(c))
        return;
    if (c.id != 0 && c.toJson() == m_card.toJson()) {
        QDialog::accept(); // nothing changed: no write, no audit row, no undo step
        return;
    }
    try {
        if (c.id == 0)
            c.id = m_cards.createCard(c);
        else
            m_cards.updateCard(c);
        m_card = m_cards.card(c.id);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
