#include "sideincomedialog.h"

#include "appcore.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "registers/common/formfields.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace integriteit {

SideIncomeDialog::SideIncomeDialog(AppCore &core, const SidePosition &position, const SideIncome &income,
                                   QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_income(income)
    , m_error(new InlineMessage(this))
    , m_year(new QSpinBox(this))
    , m_amount(new QLineEdit(this))
    , m_published(new DateLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sideIncomeDialog"));
    setWindowTitle(income.id == 0 ? tr("New income") : tr("Edit income"));

    auto *about = new QLabel(tr("Income from the side position <b>%1</b> at <b>%2</b>.")
                                 .arg(position.description.toHtmlEscaped(), position.organisation.toHtmlEscaped()),
                             this);
    about->setWordWrap(true);
    // Only the years in which the position ran: the service says so too, but why offer others.
    const int first = position.start.year();
    const int last = position.end.isValid() ? std::min(position.end.year(), QDate::currentDate().year())
                                            : QDate::currentDate().year();
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(std::min(first, last), last);
    m_year->setValue(income.year != 0 ? income.year : std::max(first, last - 1));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("1.250,00"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
    if (income.id != 0)
        m_amount->setText(income.amount.toDutchPlain());
    m_published->setObjectName(QStringLiteral("published"));
    m_published->setDate(income.published);
    m_published->setMaximumWidth(m_published->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 48);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    m_notes->setPlainText(income.notes);
    auto *publishHint = new QLabel(tr("Full-time wethouders and the burgemeester publish the income of a year before "
                                      "1 April of the next year."),
                                   this);
    publishHint->setWordWrap(true);
    publishHint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Amount (€):"), m_amount);
    form->addRow(tr("&Published on:"), m_published);
    form->addRow(QString(), publishHint);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(income.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SideIncomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SideIncomeDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_amount->setFocus();
}

void SideIncomeDialog::accept()
{
    SideIncome i = m_income;
    i.year = m_year->value();
    const auto amount = readAmount(m_amount, tr("Amount"), m_error, this);
    const auto published = amount ? readDate(m_published, tr("Published on"), m_error, this) : std::nullopt;
    if (!amount || !published) {
        growToContents(this);
        return;
    }
    i.amount = *amount;
    i.published = *published;
    i.notes = m_notes->toPlainText();
    if (i.id != 0 && i.columns() == m_income.columns()) {
        QDialog::accept();
        return;
    }
    auto &service = m_core.registers().sideIncome();
    try {
        if (i.id == 0)
            i.id = service.create(i);
        else
            service.update(i);
        m_income = service.income(i.id);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    m_changed = true;
    QDialog::accept();
}

} // namespace integriteit
