#include "settlementdecisiondialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "registers/income/settlementservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

SettlementDecisionDialog::SettlementDecisionDialog(SettlementService &settlement, const SettlementDecision &decision,
                                                   const QString &personName,
                                                   const std::optional<SettlementCase> &computed, QWidget *parent)
    : QDialog(parent)
    , m_settlement(settlement)
    , m_decision(decision)
    , m_error(new InlineMessage(this))
    , m_date(new DateLineEdit(this))
    , m_nothing(new QCheckBox(tr("&Nothing to settle"), this))
    , m_amount(new QLineEdit(this))
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("settlementDecisionDialog"));
    setWindowTitle(tr("Settlement %1 of %2").arg(decision.year).arg(personName));

    // What the application computes now, so the user records the decision next to the figures.
    auto *figures = new QGroupBox(tr("Computed"), this);
    auto *figureForm = new QFormLayout(figures);
    if (computed) {
        const SettlementResult &r = computed->result;
        figureForm->addRow(tr("Salary:"), new QLabel(r.salary.toDutch(), figures));
        figureForm->addRow(tr("Free part:"), new QLabel(r.freePart.toDutch(), figures));
        figureForm->addRow(tr("Personal income:"), new QLabel(r.personalIncome.toDutch(), figures));
        figureForm->addRow(tr("To settle:"), new QLabel(r.deduction.toDutch(), figures));
        figureForm->addRow(tr("Ex officio income (paid to the municipality):"),
                           new QLabel(r.exOfficioIncome.toDutch(), figures));
    } else {
        auto *missing = new QLabel(tr("Nothing can be computed until the salary for %1 is set under Parameters.")
                                       .arg(decision.year), figures);
        missing->setWordWrap(true);
        figureForm->addRow(missing);
    }

    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_nothing->setObjectName(QStringLiteral("nothingToSettle"));
    m_amount->setObjectName(QStringLiteral("settled"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("for example 1.234,56"));
    m_text->setObjectName(QStringLiteral("decisionText"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("reference or summary of the college decision"));
    m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Date of the decision:"), m_date);
    form->addRow(QString(), m_nothing);
    form->addRow(tr("&Amount settled:"), m_amount);
    form->addRow(tr("De&cision:"), m_text);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(decision.id == 0 ? tr("Record") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettlementDecisionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettlementDecisionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(figures);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_date->setDate(decision.decisionDate);
    if (decision.id == 0 && computed) {
        // The usual decision follows the computation.
        m_nothing->setChecked(computed->result.deduction.cents() == 0);
        if (computed->result.deduction.cents() != 0)
            m_amount->setText(computed->result.deduction.toDutchPlain());
    } else if (decision.id != 0) {
        m_nothing->setChecked(decision.nothingToSettle);
        if (!decision.nothingToSettle)
            m_amount->setText(decision.settled.toDutchPlain());
    }
    m_text->setPlainText(decision.decisionText);
    connect(m_nothing, &QCheckBox::toggled, this, &SettlementDecisionDialog::updateAmountField);
    updateAmountField();
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_date->setFocus();
}

void SettlementDecisionDialog::updateAmountField()
{
    m_amount->setEnabled(!m_nothing->isChecked());
    if (m_nothing->isChecked())
        m_amount->clear();
}

void SettlementDecisionDialog::accept()
{
    SettlementDecision d = m_decision;
    const std::optional<QDate> date = m_date->date();
    if (!date) {
        m_error->showError(tr("Date of the decision: \"%1\" is not a date. Write it as dd-mm-yyyy, for example 10-03-2026.")
                               .arg(m_date->text().trimmed()));
        focusField(this, m_date->objectName());
        return;
    }
    d.decisionDate = *date;
    d.nothingToSettle = m_nothing->isChecked();
    if (d.nothingToSettle) {
        d.settled = Money();
    } else {
        const QString text = m_amount->text().trimmed();
        const std::optional<Money> amount = text.isEmpty() ? std::optional<Money>(Money()) : Money::parse(text);
        if (!amount) {
            m_error->showError(tr("Amount settled: \"%1\" is not an amount. Write it as 1.234,56.").arg(text));
            focusField(this, m_amount->objectName());
            return;
        }
        d.settled = *amount;
    }
    d.decisionText = m_text->toPlainText();
    if (d.id != 0 && d.columns() == m_decision.columns()) {
        QDialog::accept(); // nothing changed: no write, no audit row, no undo step
        return;
    }
    try {
        if (d.id == 0)
            d.id = m_settlement.recordDecision(d);
        else
            m_settlement.updateDecision(d);
        m_decision = m_settlement.decision(d.id); // with the computed figures the service kept
    } catch (const Error &error) {
        m_error->showError(error, this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
