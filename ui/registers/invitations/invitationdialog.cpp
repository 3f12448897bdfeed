#include "invitationdialog.h"

#include "appcore.h"
#include "common/error.h"
#include "registers/common/recordsave.h"
#include "common/inlinemessage.h"
#include "registers/common/formfields.h"
#include "registers/common/personpicker.h"
#include "registers/fields/decisionfields.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"

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
#include <QVBoxLayout>

namespace integriteit {

namespace {
template<typename W> W *named(W *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}
} // namespace

InvitationDialog::InvitationDialog(AppCore &core, const Invitation &invitation, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_invitation(invitation)
    , m_error(new InlineMessage(this))
    , m_person(new PersonPicker(core.persons(), this))
    , m_date(named(new DateLineEdit(this), "eventDate"))
    , m_host(named(new QLineEdit(this), "host"))
    , m_description(named(new QLineEdit(this), "description"))
    , m_kind(named(new QComboBox(this), "kind"))
    , m_functional(named(new QCheckBox(tr("&Functional: part of the office (GC 5.2.1)"), this), "functional"))
    , m_accepted(named(new QCheckBox(tr("A&ccepted"), this), "accepted"))
    , m_value(named(new QLineEdit(this), "value"))
    , m_priorHint(new QLabel(this))
    , m_decision(new DecisionFields(tr("Prior decision (GC 5.2.2)"), this))
    , m_notes(named(new QPlainTextEdit(this), "notes"))
{
    setObjectName(QStringLiteral("invitationDialog"));
    setWindowTitle(invitation.id == 0 ? tr("New invitation") : tr("Invitation"));
    try {
        m_mayEdit = invitation.id == 0 || core.registers().invitations().mayEdit(invitation);
    } catch (const Error &) {
        m_mayEdit = false;
    }

    m_host->setMaxLength(200);
    m_host->setPlaceholderText(tr("who invites and pays"));
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("for example dinner after the opening of the harbour"));
    for (InvitationKind kind : allInvitationKinds())
        m_kind->addItem(invitationKindName(kind), int(kind));
    m_value->setPlaceholderText(tr("when known, for example 75,00"));
    m_value->setAlignment(Qt::AlignRight);
    m_priorHint->setWordWrap(true);
    m_priorHint->setForegroundRole(QPalette::PlaceholderText);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *main = new QGroupBox(tr("Invitation"), this);
    auto *form = new QFormLayout(main);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Office holder:"), m_person);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Invitation:"), m_description);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(QString(), m_functional);
    form->addRow(QString(), m_accepted);
    form->addRow(tr("Estimated &value:"), m_value);

    auto *side = new QVBoxLayout;
    side->addWidget(m_priorHint);
    side->addWidget(m_decision);
    auto *notesForm = new QFormLayout;
    notesForm->addRow(tr("&Notes:"), m_notes);
    side->addLayout(notesForm);
    side->addStretch();

    auto *columns = new QHBoxLayout;
    columns->addWidget(main, 1);
    columns->addLayout(side, 1);

    auto *buttons = new QDialogButtonBox(m_mayEdit ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                                   : QDialogButtonBox::Close, this);
    if (m_mayEdit)
        buttons->button(QDialogButtonBox::Ok)->setText(invitation.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InvitationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InvitationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    if (!m_mayEdit) {
        auto *readOnly = new QLabel(tr("This invitation is kept by another office: you can read it, not change it."), this);
        readOnly->setWordWrap(true);
        layout->addWidget(readOnly);
    }
    layout->addLayout(columns);
    layout->addWidget(buttons);

    load(invitation);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InvitationDialog::updateHints);
    updateHints();
    if (!m_mayEdit) {
        for (QWidget *w : { static_cast<QWidget *>(main), static_cast<QWidget *>(m_decision) })
            w->setEnabled(false);
        m_notes->setReadOnly(true);
    }
    setMinimumWidth(fontMetrics().averageCharWidth() * 140);
    (invitation.personId == 0 ? static_cast<QWidget *>(m_person) : m_date)->setFocus();
}

void InvitationDialog::load(const Invitation &i)
{
    m_person->setPersonId(i.personId);
    m_person->setCursorPosition(0); // the name, not the end of "— wethouder, CDA"
    m_date->setDate(i.eventDate);
    m_host->setText(i.host);
    m_description->setText(i.description);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(i.kind))));
    m_functional->setChecked(i.functional);
    m_accepted->setChecked(i.accepted);
    m_value->setText(i.value ? i.value->toDutchPlain() : QString());
    m_decision->set(i.decidedBy, i.decision, i.decisionDate, i.decisionNotes);
    m_notes->setPlainText(i.notes);
}

void InvitationDialog::updateHints()
{
    const bool prior = InvitationKind(m_kind->currentData().toInt()) == InvitationKind::Excursion
        || InvitationKind(m_kind->currentData().toInt()) == InvitationKind::Event;
    m_priorHint->setText(prior ? tr("An excursion or event is discussed beforehand in the seniors' council (council "
                                    "members) or the college (mayor and aldermen); record their decision.")
                               : tr("A lunch, dinner or reception needs no prior decision; record one when the "
                                    "invitation was discussed anyway."));
}

QString InvitationDialog::personName() const
{
    try {
        return m_core.persons().person(m_invitation.personId ? m_invitation.personId : m_person->personId()).displayName();
    } catch (const Error &) {
        return m_person->text();
    }
}

bool InvitationDialog::readForm(Invitation &i)
{
    const std::optional<QDate> eventDate = readDate(m_date, tr("Date"), m_error, this);
    if (!eventDate)
        return false;
    // The value is optional: an empty field is "not known", not € 0,00.
    std::optional<Money> value;
    if (!m_value->text().trimmed().isEmpty()) {
        value = readAmount(m_value, tr("Estimated value"), m_error, this);
        if (!value)
            return false;
    }
    const std::optional<QDate> decisionDate = readDate(m_decision->dateEdit(), tr("Date of the decision"), m_error, this);
    if (!decisionDate)
        return false;
    i.eventDate = *eventDate;
    i.value = value;
    i.personId = m_person->personId();
    i.host = m_host->text();
    i.description = m_description->text();
    i.kind = InvitationKind(m_kind->currentData().toInt());
    i.functional = m_functional->isChecked();
    i.accepted = m_accepted->isChecked();
    i.decidedBy = m_decision->body();
    i.decision = m_decision->verdict();
    i.decisionDate = *decisionDate;
    i.decisionNotes = m_decision->notes();
    i.notes = m_notes->toPlainText();
    return true;
}

void InvitationDialog::accept()
{
    if (!m_mayEdit) {
        QDialog::reject();
        return;
    }
    Invitation i = m_invitation;
    if (!readForm(i))
        return;
    if (saveRecord(this, m_error, m_core.registers().invitations(), i, m_invitation, &InvitationService::invitation))
        QDialog::accept();
}

} // namespace integriteit
