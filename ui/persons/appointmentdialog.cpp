#include "appointmentdialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "datelineedit.h"
#include "growtocontents.h"
#include "persons/personservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace integriteit {

namespace {
template<typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}
} // namespace

AppointmentDialog::AppointmentDialog(
    PersonService &persons, const Appointment &appointment, const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_persons(persons)
    , m_appointment(appointment)
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("appointmentDialog"));
    setWindowTitle(appointment.id == 0 ? tr("New appointment for %1").arg(personName)
                                       : tr("Edit appointment of %1").arg(personName));

    auto *groups = new QHBoxLayout;
    groups->addWidget(buildAppointmentGroup(), 3);
    groups->addWidget(buildChecklistGroup(), 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(appointment.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(groups);
    layout->addWidget(buttons);

    load(appointment);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateRoleFields);
    updateRoleFields();
    m_role->setFocus();
}

QWidget *AppointmentDialog::buildAppointmentGroup()
{
    auto *group = new QGroupBox(tr("Appointment"), this);
    m_mainForm = new QFormLayout(group);
    m_mainForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_role = named(new QComboBox(group), "role");
    const bool editing = m_appointment.id != 0;
    for (HolderRole role : allHolderRoles())
        if (m_persons.mayEditRole(role) || (editing && role == m_appointment.role))
            m_role->addItem(holderRoleName(role), int(role));
    m_mainForm->addRow(tr("&Role:"), m_role);

    m_organisation = named(new QComboBox(group), "organisation");
    for (const OrganisationRef &org : m_persons.organisations())
        m_organisation->addItem(org.name, org.id);
    m_mainForm->addRow(tr("&Body:"), m_organisation);
    m_mainForm->setRowVisible(m_organisation, m_organisation->count() > 1);

    m_faction = named(new QComboBox(group), "faction");
    m_faction->setEditable(true);
    m_faction->setInsertPolicy(QComboBox::NoInsert);
    m_faction->addItems(m_persons.factions());
    m_faction->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_faction->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_faction->lineEdit()->setMaxLength(80);
    m_faction->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_faction->lineEdit()->setPlaceholderText(tr("choose or type the party group"));
    m_mainForm->addRow(tr("&Party group:"), m_faction);

    m_start = named(new DateLineEdit(group), "start");
    m_start->setToolTip(tr("The date of installation."));
    m_mainForm->addRow(tr("&Start:"), m_start);
    m_end = named(new DateLineEdit(group), "end");
    m_end->setToolTip(tr("Leave empty while the appointment lasts."));
    m_mainForm->addRow(tr("&End:"), m_end);
    m_endReason = named(new QLineEdit(group), "endReason");
    m_endReason->setMaxLength(200);
    m_endReason->setPlaceholderText(tr("for example end of term, resignation"));
    auto *reasons = new QCompleter(
        QStringList { tr("End of term"), tr("Resignation"), tr("Appointed elsewhere"), tr("Death") }, m_endReason);
    reasons->setCaseSensitivity(Qt::CaseInsensitive);
    m_endReason->setCompleter(reasons);
    m_mainForm->addRow(tr("Reason for &leaving:"), m_endReason);

    m_fraction = named(new QSpinBox(group), "fraction");
    m_fraction->setRange(1, 100);
    m_fraction->setSuffix(tr(" %"));
    m_fraction->setToolTip(tr("100% is full-time."));
    m_mainForm->addRow(tr("Part-&time factor:"), m_fraction);

    auto *functions = new QWidget(group);
    auto *functionsLayout = new QVBoxLayout(functions);
    functionsLayout->setContentsMargins(0, 0, 0, 0);
    m_deputyChair = named(new QCheckBox(tr("&Deputy chair of the council"), functions), "deputyChair");
    m_groupLeader = named(new QCheckBox(tr("&Group leader"), functions), "groupLeader");
    functionsLayout->addWidget(m_deputyChair);
    functionsLayout->addWidget(m_groupLeader);
    m_mainForm->addRow(tr("Functions:"), functions);

    m_transitional
        = named(new QCheckBox(tr("Tra&nsitional arrangement for settlement"), group), "transitionalSettlement");
    m_transitional->setToolTip(tr("In the same office at the same body since before 10 March 2010: side income "
                                  "is then not settled against the salary."));
    m_mainForm->addRow(QString(), m_transitional);
    return group;
}

QWidget *AppointmentDialog::buildChecklistGroup()
{
    auto *group = new QGroupBox(tr("Onboarding checklist"), this);
    m_checkForm = new QFormLayout(group);
    m_checkForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_oath = named(new DateLineEdit(group), "oathDate");
    m_checkForm->addRow(tr("&Oath or affirmation:"), m_oath);
    m_code = named(new DateLineEdit(group), "codeReceived");
    m_checkForm->addRow(tr("&Code of conduct received:"), m_code);
    m_protocol = named(new DateLineEdit(group), "protocolReceived");
    m_checkForm->addRow(tr("Protocol rece&ived:"), m_protocol);
    m_screening = named(new DateLineEdit(group), "screeningDate");
    m_screening->setToolTip(tr("Certificate of conduct (VOG) or risk analysis before the appointment."));
    m_checkForm->addRow(tr("Certificate / risk &analysis:"), m_screening);
    m_screeningReference = named(new QLineEdit(group), "screeningReference");
    m_screeningReference->setMaxLength(100);
    m_screeningReference->setPlaceholderText(tr("outcome or file reference"));
    m_checkForm->addRow(tr("Re&ference:"), m_screeningReference);
    auto *hint = new QLabel(tr("Leave a date empty while the item is still open."), group);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_checkForm->addRow(hint);
    return group;
}

void AppointmentDialog::load(const Appointment &a)
{
    m_role->setCurrentIndex(std::max(0, m_role->findData(int(a.role))));
    const int org = m_organisation->findData(a.organisationId);
    m_organisation->setCurrentIndex(org >= 0 ? org : 0);
    m_faction->setCurrentIndex(m_faction->findText(a.faction));
    m_faction->setEditText(a.faction);
    m_start->setDate(a.start);
    m_end->setDate(a.end);
    m_endReason->setText(a.endReason);
    m_fraction->setValue(a.fractionPct > 0 ? a.fractionPct : 100);
    m_deputyChair->setChecked(a.deputyChair);
    m_groupLeader->setChecked(a.groupLeader);
    m_transitional->setChecked(a.transitionalSettlement);
    m_oath->setDate(a.oathDate);
    m_code->setDate(a.codeReceived);
    m_protocol->setDate(a.protocolReceived);
    m_screening->setDate(a.screeningDate);
    m_screeningReference->setText(a.screeningReference);
}

HolderRole AppointmentDialog::currentRole() const
{
    return m_role->count() > 0 ? HolderRole(m_role->currentData().toInt()) : m_appointment.role;
}

void AppointmentDialog::updateRoleFields()
{
    const HolderRole role = currentRole();
    const bool alderman = role == HolderRole::Alderman;
    m_mainForm->setRowVisible(m_faction, role != HolderRole::Mayor);
    m_mainForm->setRowVisible(m_fraction, alderman);
    m_mainForm->setRowVisible(m_deputyChair->parentWidget(), role == HolderRole::Councillor);
    m_mainForm->setRowVisible(m_transitional, alderman || role == HolderRole::Mayor);
    m_checkForm->setRowVisible(m_screening, alderman);
    m_checkForm->setRowVisible(m_screeningReference, alderman);
    adjustSize();
}

bool AppointmentDialog::readForm(Appointment &a)
{
    const struct
    {
        DateLineEdit *edit;
        QDate *target;
        QString label;
    } dates[] = {
        { m_start, &a.start, tr("Start") },
        { m_end, &a.end, tr("End") },
        { m_oath, &a.oathDate, tr("Oath or affirmation") },
        { m_code, &a.codeReceived, tr("Code of conduct received") },
        { m_protocol, &a.protocolReceived, tr("Protocol received") },
        { m_screening, &a.screeningDate, tr("Certificate of conduct / risk analysis") },
    };
    for (const auto &field : dates) {
        if (!field.edit->isVisibleTo(this)) {
            *field.target = QDate();
            continue;
        }
        const std::optional<QDate> date = field.edit->date();
        if (!date) {
            m_error->showError(tr("%1: \"%2\" is not a date. Write it as dd-mm-yyyy, for example 10-03-2022.")
                                   .arg(field.label, field.edit->text().trimmed()));
            focusField(this, field.edit->objectName());
            growToContents(this);
            return false;
        }
        *field.target = *date;
    }

    const HolderRole role = currentRole();
    const bool alderman = role == HolderRole::Alderman;
    a.role = role;
    a.organisationId = m_organisation->currentData().toLongLong();
    a.faction = role == HolderRole::Mayor ? QString() : m_faction->currentText().trimmed();
    a.endReason = m_endReason->text().trimmed();
    a.fractionPct = alderman ? m_fraction->value() : 0;
    a.deputyChair = role == HolderRole::Councillor && m_deputyChair->isChecked();
    a.groupLeader = role == HolderRole::Councillor && m_groupLeader->isChecked();
    a.transitionalSettlement = (alderman || role == HolderRole::Mayor) && m_transitional->isChecked();
    a.screeningReference = alderman ? m_screeningReference->text().trimmed() : QString();
    return true;
}

void AppointmentDialog::accept()
{
    Appointment a = m_appointment;
    if (!readForm(a))
        return;
    if (a.id != 0 && a.toJson() == m_appointment.toJson()) {
        QDialog::accept(); // nothing changed: no write, no audit row, no undo step
        return;
    }
    try {
        if (a.id == 0)
            a.id = m_persons.addAppointment(a);
        else
            m_persons.updateAppointment(a);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    // Keep what was stored (trimmed) so undo puts back exactly that.
    try {
        m_appointment = m_persons.appointment(a.id);
    } catch (const Error &) {
        m_appointment = a;
    }
    QDialog::accept();
}

} // namespace integriteit
