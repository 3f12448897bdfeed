#include "settlementparametersdialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/personservice.h"
#include "registers/income/settlementservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <cmath>

namespace integriteit {

namespace {
QDoubleSpinBox *percentBox(const char *name, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, 100);
    box->setDecimals(2);
    box->setSuffix(QStringLiteral(" %"));
    box->setLocale(QLocale(QLocale::Dutch, QLocale::Netherlands));
    return box;
}

QLineEdit *moneyEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(SettlementParametersDialog::tr("for example 123.456,78"));
    edit->setAlignment(Qt::AlignRight);
    return edit;
}

int basisPoints(double percent)
{
    return int(std::lround(percent * 100));
}
} // namespace

SettlementParametersDialog::SettlementParametersDialog(SettlementService &settlement, PersonService &persons, int year,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_settlement(settlement)
    , m_year(year)
    , m_mayEdit(settlement.mayEditParameters())
    , m_error(new InlineMessage(this))
    , m_organisation(new QComboBox(this))
    , m_aldermanSalary(moneyEdit("aldermanSalary", this))
    , m_mayorSalary(moneyEdit("mayorSalary", this))
    , m_freePart(percentBox("freePart", this))
    , m_rate(percentBox("rate", this))
{
    setObjectName(QStringLiteral("settlementParametersDialog"));
    setWindowTitle(tr("Settlement parameters %1").arg(year));
    m_organisation->setObjectName(QStringLiteral("organisation"));
    for (const OrganisationRef &org : persons.organisations())
        m_organisation->addItem(org.name, org.id);

    auto *intro = new QLabel(tr("The yearly salary of a full-time office holder, holiday allowance included, as set "
                                "by the Rechtspositiebesluit for this municipality. Side income above the free part "
                                "of the salary is settled at the rate."), this);
    intro->setWordWrap(true);
    m_aldermanSalary->setToolTip(tr("Leave empty when it is not known yet."));
    m_mayorSalary->setToolTip(m_aldermanSalary->toolTip());

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Body:"), m_organisation);
    form->setRowVisible(m_organisation, m_organisation->count() > 1);
    form->addRow(tr("Salary of an &alderman:"), m_aldermanSalary);
    form->addRow(tr("Salary of the &mayor:"), m_mayorSalary);
    form->addRow(tr("&Free part:"), m_freePart);
    form->addRow(tr("Settlement &rate:"), m_rate);

    auto *buttons = new QDialogButtonBox(m_mayEdit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                   : QDialogButtonBox::Close, this);
    if (m_mayEdit)
        buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettlementParametersDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettlementParametersDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(intro);
    layout->addLayout(form);
    if (!m_mayEdit) {
        auto *readOnly = new QLabel(tr("Only the administrator and the secretariat may change these parameters."), this);
        readOnly->setWordWrap(true);
        readOnly->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(readOnly);
    }
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_aldermanSalary, m_mayorSalary })
        edit->setReadOnly(!m_mayEdit);
    for (QDoubleSpinBox *box : { m_freePart, m_rate })
        box->setReadOnly(!m_mayEdit);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &SettlementParametersDialog::load);
    load();
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_aldermanSalary->setFocus();
}

void SettlementParametersDialog::load()
{
    try {
        m_before = m_settlement.parameters(m_organisation->currentData().toLongLong(), m_year);
    } catch (const Error &error) {
        m_error->showError(error.userMessage());
        return;
    }
    m_aldermanSalary->setText(m_before.aldermanSalary ? m_before.aldermanSalary->toDutchPlain() : QString());
    m_mayorSalary->setText(m_before.mayorSalary ? m_before.mayorSalary->toDutchPlain() : QString());
    m_freePart->setValue(m_before.freePartBasisPoints / 100.0);
    m_rate->setValue(m_before.rateBasisPoints / 100.0);
}

bool SettlementParametersDialog::readMoney(QLineEdit *edit, const QString &label, std::optional<Money> &target)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        target.reset();
        return true;
    }
    target = Money::parse(text);
    if (target)
        return true;
    m_error->showError(tr("%1: \"%2\" is not an amount. Write it as 123.456,78.").arg(label, text));
    focusField(this, edit->objectName());
    return false;
}

void SettlementParametersDialog::accept()
{
    if (!m_mayEdit) {
        QDialog::reject();
        return;
    }
    SettlementParameters p = m_before;
    if (!readMoney(m_aldermanSalary, tr("Salary of an alderman"), p.aldermanSalary)
        || !readMoney(m_mayorSalary, tr("Salary of the mayor"), p.mayorSalary))
        return;
    p.freePartBasisPoints = basisPoints(m_freePart->value());
    p.rateBasisPoints = basisPoints(m_rate->value());
    const bool same = m_before.stored && p.columns() == m_before.columns();
    if (!same) {
        try {
            m_settlement.setParameters(p);
        } catch (const Error &error) {
            m_error->showError(error, this);
            return;
        }
        m_changed = true;
    }
    m_after = p;
    m_after.stored = true;
    QDialog::accept();
}

} // namespace integriteit
