#include "financialinterestdialog.h"

#include "appcore.h"
#include "common/error.h"
#include "registers/common/recordsave.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "registers/common/formfields.h"
#include "registers/common/personpicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

FinancialInterestDialog::FinancialInterestDialog(AppCore &core, const FinancialInterest &interest, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_interest(interest)
    , m_error(new InlineMessage(this))
    , m_person(new PersonPicker(core.persons(), this))
    , m_organisation(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_description(new QLineEdit(this))
    , m_acquired(formDateEdit("acquired", this))
    , m_reported(formDateEdit("reported", this))
    , m_end(formDateEdit("end", this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("financialInterestDialog"));
    setWindowTitle(interest.id == 0 ? tr("New financial interest") : tr("Edit financial interest"));

    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setMaxLength(200);
    m_organisation->setPlaceholderText(tr("a company or organisation that does business with the municipality"));
    m_kind->setObjectName(QStringLiteral("kind"));
    for (InterestKind kind : allInterestKinds())
        m_kind->addItem(interestKindName(kind), int(kind));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_end->setPlaceholderText(tr("still held"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Office holder:"), m_person);
    form->addRow(tr("&Company or organisation:"), m_organisation);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Acquired on:"), m_acquired);
    form->addRow(tr("&Reported on:"), m_reported);
    form->addRow(tr("&Ended on:"), m_end);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(interest.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FinancialInterestDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FinancialInterestDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_person->setPersonId(interest.personId);
    m_person->setReadOnly(interest.id != 0);
    m_organisation->setText(interest.organisation);
    m_kind->setCurrentIndex(m_kind->findData(int(interest.kind)));
    m_description->setText(interest.description);
    m_acquired->setDate(interest.acquired);
    m_reported->setDate(interest.reported);
    m_end->setDate(interest.end);
    m_notes->setPlainText(interest.notes);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FinancialInterestDialog::updateDescriptionHint);
    updateDescriptionHint();

    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    (interest.id == 0 ? static_cast<QWidget *>(m_person) : m_organisation)->setFocus();
}

void FinancialInterestDialog::updateDescriptionHint()
{
    // "Other" says nothing by itself: then the description is required.
    const bool other = InterestKind(m_kind->currentData().toInt()) == InterestKind::Other;
    m_description->setPlaceholderText(other ? tr("required for other: say what the interest is")
                                            : tr("for example 500 shares, listed"));
}

void FinancialInterestDialog::accept()
{
    FinancialInterest f = m_interest;
    f.personId = m_person->personId();
    f.organisation = m_organisation->text();
    f.kind = InterestKind(m_kind->currentData().toInt());
    f.description = m_description->text();
    f.notes = m_notes->toPlainText();
    const std::pair<DateLineEdit *, QDate *> dates[] = { { m_acquired, &f.acquired }, { m_reported, &f.reported },
                                                         { m_end, &f.end } };
    const QString labels[] = { tr("Acquired on"), tr("Reported on"), tr("Ended on") };
    for (size_t i = 0; i < std::size(dates); ++i) {
        const auto date = readDate(dates[i].first, labels[i], m_error, this);
        if (!date) {
            growToContents(this);
            return;
        }
        *dates[i].second = *date;
    }
    if (saveRecord(this, m_error, m_core.registers().financialInterests(), f, m_interest,
                   &FinancialInterestService::interest))
        QDialog::accept();
}

} // namespace integriteit
