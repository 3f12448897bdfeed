#include "sidepositiondialog.h"

#include "appcore.h"
#include "common/error.h"
#include "registers/common/recordsave.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "registers/common/formfields.h"
#include "registers/common/personpicker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace integriteit {


SidePositionDialog::SidePositionDialog(AppCore &core, const SidePosition &position, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_position(position)
    , m_error(new InlineMessage(this))
    , m_person(new PersonPicker(core.persons(), this))
    , m_organisation(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_personal(new QRadioButton(tr("&Personal"), this))
    , m_exOfficio(new QRadioButton(tr("E&x officio (q.q.)"), this))
    , m_paid(new QCheckBox(tr("P&aid (remunerated)"), this))
    , m_start(formDateEdit("start", this))
    , m_end(formDateEdit("end", this))
    , m_reported(formDateEdit("reported", this))
    , m_raadNotified(formDateEdit("raadNotified", this))
    , m_collegeDiscussed(formDateEdit("collegeDiscussed", this))
    , m_collegeHint(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("sidePositionDialog"));
    setWindowTitle(position.id == 0 ? tr("New side position") : tr("Edit side position"));

    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setMaxLength(200);
    m_organisation->setPlaceholderText(tr("for example Stichting Welzijn Beek"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("for example member of the supervisory board"));
    m_personal->setObjectName(QStringLiteral("personal"));
    m_exOfficio->setObjectName(QStringLiteral("exOfficio"));
    m_exOfficio->setToolTip(tr("Held by virtue of the office (uit hoofde van het ambt)"));
    m_paid->setObjectName(QStringLiteral("paid"));
    auto *capacity = new QButtonGroup(this);
    capacity->addButton(m_personal);
    capacity->addButton(m_exOfficio);
    m_end->setPlaceholderText(tr("still running"));
    m_collegeHint->setWordWrap(true);
    m_collegeHint->setForegroundRole(QPalette::PlaceholderText);
    m_collegeHint->setText(tr("For a wethouder or the burgemeester the intention to accept a personal position is "
                              "reported to the council and discussed in the college beforehand (GC 3.6)."));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_personal);
    capacityRow->addWidget(m_exOfficio);
    capacityRow->addStretch(1);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Office holder:"), m_person);
    form->addRow(tr("O&rganisation:"), m_organisation);
    form->addRow(tr("Po&sition:"), m_description);
    form->addRow(tr("Capacity:"), capacityRow);
    form->addRow(QString(), m_paid);
    form->addRow(tr("S&tart:"), m_start);
    form->addRow(tr("&End:"), m_end);
    form->addRow(tr("Rep&orted on:"), m_reported);
    form->addRow(m_collegeHint);
    form->addRow(tr("Reported to the &council:"), m_raadNotified);
    form->addRow(tr("Discussed in the co&llege:"), m_collegeDiscussed);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(position.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SidePositionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SidePositionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_person->setPersonId(position.personId);
    // The person of a record is fixed once saved (the service refuses another one).
    m_person->setReadOnly(position.id != 0);
    m_organisation->setText(position.organisation);
    m_description->setText(position.description);
    (position.exOfficio ? m_exOfficio : m_personal)->setChecked(true);
    m_paid->setChecked(position.paid);
    m_start->setDate(position.start);
    m_end->setDate(position.end);
    m_reported->setDate(position.reported);
    m_raadNotified->setDate(position.raadNotified);
    m_collegeDiscussed->setDate(position.collegeDiscussed);
    m_notes->setPlainText(position.notes);
    connect(m_exOfficio, &QRadioButton::toggled, this, &SidePositionDialog::updateCollegeFields);
    updateCollegeFields();

    setMinimumWidth(fontMetrics().averageCharWidth() * 76);
    (position.id == 0 ? static_cast<QWidget *>(m_person) : m_organisation)->setFocus();
}

void SidePositionDialog::updateCollegeFields()
{
    // Both dates belong to personal positions only (GC 3.6): an ex officio position has neither.
    const bool personal = !m_exOfficio->isChecked();
    m_raadNotified->setEnabled(personal);
    m_collegeDiscussed->setEnabled(personal);
    m_collegeHint->setVisible(personal);
}

std::optional<SidePosition> SidePositionDialog::positionFromForm()
{
    SidePosition p = m_position;
    p.personId = m_person->personId();
    p.organisation = m_organisation->text();
    p.description = m_description->text();
    p.exOfficio = m_exOfficio->isChecked();
    p.paid = m_paid->isChecked();
    const std::pair<DateLineEdit *, QDate *> dates[] = {
        { m_start, &p.start }, { m_end, &p.end }, { m_reported, &p.reported },
        { m_raadNotified, &p.raadNotified }, { m_collegeDiscussed, &p.collegeDiscussed },
    };
    const QString labels[] = { tr("Start"), tr("End"), tr("Reported on"), tr("Reported to the council"),
                               tr("Discussed in the college") };
    for (size_t i = 0; i < std::size(dates); ++i) {
        const auto date = readDate(dates[i].first, labels[i], m_error, this);
        if (!date)
            return std::nullopt;
        *dates[i].second = *date;
    }
    if (p.exOfficio) {
        p.raadNotified = QDate();
        p.collegeDiscussed = QDate();
    }
    p.notes = m_notes->toPlainText();
    return p;
}

void SidePositionDialog::accept()
{
    const std::optional<SidePosition> form = positionFromForm();
    if (!form) {
        growToContents(this);
        return;
    }
    if (saveRecord(this, m_error, m_core.registers().sidePositions(), *form, m_position, &SidePositionService::position))
        QDialog::accept();
}

} // namespace integriteit
