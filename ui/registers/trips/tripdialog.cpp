#include "tripdialog.h"

#include "appcore.h"
#include "common/error.h"
#include "registers/common/recordsave.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "registers/common/formfields.h"
#include "registers/common/personpicker.h"
#include "registers/fields/decisionfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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

QPlainTextEdit *textBox(const char *name, int lines, QWidget *parent)
{
    auto *edit = named(new QPlainTextEdit(parent), name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLineEdit *moneyEdit(const char *name, QWidget *parent)
{
    auto *edit = named(new QLineEdit(parent), name);
    edit->setAlignment(Qt::AlignRight);
    return edit;
}
} // namespace

TripDialog::TripDialog(AppCore &core, const Trip &trip, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_trip(trip)
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("tripDialog"));
    setWindowTitle(trip.id == 0 ? tr("New official trip") : tr("Official trip"));
    try {
        m_mayEdit = trip.id == 0 || core.registers().trips().mayEdit(trip);
    } catch (const Error &) {
        m_mayEdit = false;
    }

    QWidget *tripGroup = buildTripGroup();
    QWidget *costsGroup = buildCostsGroup();
    QWidget *companyGroup = buildCompanyGroup();
    m_decision = new DecisionFields(tr("Permission beforehand (GC 6.2)"), this);
    m_notes = textBox("notes", 2, this);

    auto *left = new QVBoxLayout;
    left->addWidget(tripGroup);
    left->addWidget(companyGroup);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(costsGroup);
    right->addWidget(m_decision);
    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("&Notes:"), m_notes);
    right->addLayout(notesForm);
    right->addStretch();
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *buttons = new QDialogButtonBox(m_mayEdit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                   : QDialogButtonBox::Close, this);
    if (m_mayEdit)
        buttons->button(QDialogButtonBox::Ok)->setText(trip.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TripDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TripDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    if (!m_mayEdit) {
        auto *readOnly = new QLabel(tr("This trip is kept by another office: you can read it, not change it."), this);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    layout->addLayout(columns);
    layout->addWidget(buttons);

    load(trip);
    for (QCheckBox *box : { m_partner })
        connect(box, &QCheckBox::toggled, this, &TripDialog::updateFields);
    connect(m_paidBy, &QComboBox::currentIndexChanged, this, &TripDialog::updateFields);
    connect(m_departure, &QLineEdit::editingFinished, this, &TripDialog::updateFields);
    connect(m_return, &QLineEdit::editingFinished, this, &TripDialog::updateFields);
    updateFields();
    if (!m_mayEdit) {
        for (QWidget *w : { tripGroup, costsGroup, companyGroup, static_cast<QWidget *>(m_decision) })
            w->setEnabled(false);
        m_notes->setReadOnly(true);
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 160);
    (trip.personId == 0 ? static_cast<QWidget *>(m_person) : m_destination)->setFocus();
}

QWidget *TripDialog::buildTripGroup()
{
    auto *group = new QGroupBox(tr("Trip"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_person = new PersonPicker(m_core.persons(), group);
    m_destination = named(new QLineEdit(group), "destination");
    m_destination->setMaxLength(200);
    m_destination->setPlaceholderText(tr("city and country"));
    m_departure = named(new DateLineEdit(group), "departure");
    m_return = named(new DateLineEdit(group), "returnDate");
    m_nights = new QLabel(group);
    m_nights->setForegroundRole(QPalette::PlaceholderText);
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_departure);
    dates->addWidget(new QLabel(tr("to"), group));
    dates->addWidget(m_return);
    dates->addWidget(m_nights);
    m_purpose = textBox("purpose", 2, group);
    m_policyReasons = textBox("policyReasons", 2, group);
    m_policyReasons->setPlaceholderText(tr("why the trip serves the municipality's policy"));
    m_party = textBox("party", 2, group);
    m_party->setPlaceholderText(tr("who travel, in which capacity"));
    form->addRow(tr("&Office holder:"), m_person);
    form->addRow(tr("&Destination:"), m_destination);
    form->addRow(tr("Departure and return:"), dates);
    form->addRow(tr("&Purpose:"), m_purpose);
    form->addRow(tr("Polic&y reasons:"), m_policyReasons);
    form->addRow(tr("Part&y:"), m_party);
    return group;
}

QWidget *TripDialog::buildCostsGroup()
{
    auto *group = new QGroupBox(tr("Costs"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_estimated = moneyEdit("estimatedCosts", group);
    m_estimated->setPlaceholderText(tr("for example 1.250,00"));
    m_actual = moneyEdit("actualCosts", group);
    m_actual->setPlaceholderText(tr("after the return"));
    m_paidBy = named(new QComboBox(group), "paidBy");
    for (TripPayer payer : { TripPayer::Municipality, TripPayer::ThirdParty })
        m_paidBy->addItem(tripPayerName(payer), int(payer));
    m_thirdParty = named(new QLineEdit(group), "thirdParty");
    m_thirdParty->setMaxLength(200);
    m_thirdParty->setPlaceholderText(tr("the organisation that pays"));
    m_conflictDate = named(new DateLineEdit(group), "conflictTest");
    m_conflictNotes = textBox("conflictTestNotes", 2, group);
    m_conflictNotes->setPlaceholderText(tr("outcome of the test for conflicts of interest"));
    form->addRow(tr("Es&timated costs:"), m_estimated);
    form->addRow(tr("Act&ual costs:"), m_actual);
    form->addRow(tr("Paid b&y:"), m_paidBy);
    form->addRow(tr("Third part&y:"), m_thirdParty);
    form->addRow(tr("Conflict-of-interest &test on:"), m_conflictDate);
    form->addRow(tr("Outcome of the test:"), m_conflictNotes);
    return group;
}

QWidget *TripDialog::buildCompanyGroup()
{
    auto *group = new QGroupBox(tr("Company and extension"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_partner = named(new QCheckBox(tr("The partner travels at municipal cost"), group), "partner");
    m_partnerInvited = named(new QCheckBox(tr("on the host's invitation"), group), "partnerInvitedByHost");
    m_partnerInterest = named(new QCheckBox(tr("in the municipal interest"), group), "partnerMunicipalInterest");
    auto *partner = new QVBoxLayout;
    partner->addWidget(m_partner);
    // The two conditions under the check box they qualify (GC 6.5 needs both).
    for (QCheckBox *condition : { m_partnerInvited, m_partnerInterest }) {
        auto *indented = new QHBoxLayout;
        indented->addSpacing(20);
        indented->addWidget(condition);
        partner->addLayout(indented);
    }
    m_thirdPersons = named(new QLineEdit(group), "thirdPersons");
    m_thirdPersons->setMaxLength(1000);
    m_thirdPersons->setPlaceholderText(tr("at their own cost (GC 6.6)"));
    m_extension = named(new QSpinBox(group), "privateExtension");
    m_extension->setRange(0, 60);
    m_extension->setSuffix(tr(" days"));
    m_extension->setToolTip(tr("Days added for private purposes, at own cost (GC 6.7)."));
    form->addRow(tr("Partner (GC 6.5):"), partner);
    form->addRow(tr("T&hird persons:"), m_thirdPersons);
    form->addRow(tr("Private e&xtension:"), m_extension);
    return group;
}

void TripDialog::load(const Trip &t)
{
    m_person->setPersonId(t.personId);
    m_person->setCursorPosition(0); // the name, not the end of "— wethouder, CDA"
    m_destination->setText(t.destination);
    m_departure->setDate(t.departure);
    m_return->setDate(t.returnDate);
    m_purpose->setPlainText(t.purpose);
    m_policyReasons->setPlainText(t.policyReasons);
    m_party->setPlainText(t.party);
    m_estimated->setText(t.id == 0 && t.estimatedCosts.cents() == 0 ? QString() : t.estimatedCosts.toDutchPlain());
    m_actual->setText(t.actualCosts ? t.actualCosts->toDutchPlain() : QString());
    m_paidBy->setCurrentIndex(std::max(0, m_paidBy->findData(int(t.paidBy))));
    m_thirdParty->setText(t.thirdParty);
    m_conflictDate->setDate(t.conflictTestDate);
    m_conflictNotes->setPlainText(t.conflictTestNotes);
    m_partner->setChecked(t.partnerTravels);
    m_partnerInvited->setChecked(t.partnerInvitedByHost);
    m_partnerInterest->setChecked(t.partnerMunicipalInterest);
    m_thirdPersons->setText(t.thirdPersons);
    m_extension->setValue(t.privateExtensionDays);
    m_decision->set(t.decidedBy, t.decision, t.decisionDate, t.decisionNotes);
    m_notes->setPlainText(t.notes);
}

void TripDialog::updateFields()
{
    const bool thirdParty = TripPayer(m_paidBy->currentData().toInt()) == TripPayer::ThirdParty;
    m_thirdParty->setEnabled(thirdParty);
    m_partnerInvited->setEnabled(m_partner->isChecked());
    m_partnerInterest->setEnabled(m_partner->isChecked());
    const std::optional<QDate> from = m_departure->date();
    const std::optional<QDate> to = m_return->date();
    const int nights = from && to && from->isValid() && to->isValid() ? int(from->daysTo(*to)) : -1;
    m_nights->setText(nights < 0 ? QString() : nights == 1 ? tr("1 night") : tr("%1 nights").arg(nights));
}

QString TripDialog::personName() const
{
    try {
        return m_core.persons().person(m_trip.personId ? m_trip.personId : m_person->personId()).displayName();
    } catch (const Error &) {
        return m_person->text();
    }
}

bool TripDialog::readForm(Trip &t)
{
    // Each read shows its own error and focuses the field; the first failure stops.
    const auto date = [this](DateLineEdit *edit, const QString &label, QDate &target) {
        const std::optional<QDate> value = readDate(edit, label, m_error, this);
        if (value)
            target = *value;
        return value.has_value();
    };
    QDate decisionDate;
    if (!date(m_departure, tr("Departure"), t.departure) || !date(m_return, tr("Return"), t.returnDate))
        return false;
    const std::optional<Money> estimated = readAmount(m_estimated, tr("Estimated costs"), m_error, this);
    if (!estimated)
        return false;
    t.estimatedCosts = *estimated;
    // Actual costs are known after the return: an empty field is "not yet", not € 0,00.
    t.actualCosts.reset();
    if (!m_actual->text().trimmed().isEmpty()) {
        t.actualCosts = readAmount(m_actual, tr("Actual costs"), m_error, this);
        if (!t.actualCosts)
            return false;
    }
    if (!date(m_conflictDate, tr("Conflict-of-interest test"), t.conflictTestDate)
        || !date(m_decision->dateEdit(), tr("Date of the decision"), decisionDate))
        return false;
    t.personId = m_person->personId();
    t.destination = m_destination->text();
    t.purpose = m_purpose->toPlainText();
    t.policyReasons = m_policyReasons->toPlainText();
    t.party = m_party->toPlainText();
    t.paidBy = TripPayer(m_paidBy->currentData().toInt());
    // A name typed before switching back to the municipality does not count.
    t.thirdParty = t.paidBy == TripPayer::ThirdParty ? m_thirdParty->text().trimmed() : QString();
    t.conflictTestNotes = m_conflictNotes->toPlainText();
    t.partnerTravels = m_partner->isChecked();
    t.partnerInvitedByHost = t.partnerTravels && m_partnerInvited->isChecked();
    t.partnerMunicipalInterest = t.partnerTravels && m_partnerInterest->isChecked();
    t.thirdPersons = m_thirdPersons->text();
    t.privateExtensionDays = m_extension->value();
    t.decidedBy = m_decision->body();
    t.decision = m_decision->verdict();
    t.decisionDate = decisionDate;
    t.decisionNotes = m_decision->notes();
    t.notes = m_notes->toPlainText();
    return true;
}

void TripDialog::accept()
{
    if (!m_mayEdit) {
        QDialog::reject();
        return;
    }
    Trip t = m_trip;
    if (!readForm(t))
        return;
    if (saveRecord(this, m_error, m_core.registers().trips(), t, m_trip, &TripService::trip))
        QDialog::accept();
}

} // namespace integriteit
