#include "personeditor.h"

#include "appointmentdialog.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "personcommands.h"
#include "persondialog.h"
#include "persons/personservice.h"

#include <QUndoStack>

namespace integriteit {

PersonEditor::PersonEditor(PersonService &persons, QUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_persons(persons)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{ }

void PersonEditor::showError(const QString &title, const Error &error)
{
    showErrorBox(m_dialogParent, title, error);
}

std::optional<qint64> PersonEditor::newPerson()
{
    PersonDialog dialog(m_persons, Person(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Person added = dialog.person();
    m_undoStack.push(new AddPersonCommand(m_persons, added, m_dialogParent));
    Q_EMIT statusMessage(tr("%1 added. Choose New appointment to record the appointment.").arg(added.displayName()));
    return added.id;
}

std::optional<qint64> PersonEditor::editPerson(qint64 personId)
{
    Person before;
    try {
        before = m_persons.person(personId);
    } catch (const Error &error) {
        showError(tr("Edit office holder"), error);
        return std::nullopt;
    }
    PersonDialog dialog(m_persons, before, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Person after = dialog.person();
    if (after.toJson() != before.toJson()) {
        m_undoStack.push(new EditPersonCommand(m_persons, before, after, m_dialogParent));
        Q_EMIT statusMessage(tr("Changes to %1 saved.").arg(after.displayName()));
    }
    return personId;
}

bool PersonEditor::removePerson(qint64 personId)
{
    try {
        const Person removed = m_persons.person(personId);
        m_persons.removePerson(personId);
        m_undoStack.push(new RemovePersonCommand(m_persons, removed, m_dialogParent));
        Q_EMIT statusMessage(tr("%1 removed. Choose Undo to bring him or her back.").arg(removed.displayName()));
        return true;
    } catch (const Error &error) {
        showError(tr("Remove office holder"), error);
        return false;
    }
}

std::optional<qint64> PersonEditor::newAppointment(qint64 personId)
{
    Person person;
    std::vector<Appointment> existing;
    try {
        person = m_persons.person(personId);
        existing = m_persons.appointments(personId);
    } catch (const Error &error) {
        showError(tr("New appointment"), error);
        return std::nullopt;
    }
    Appointment draft;
    draft.personId = personId;
    // Start from the role and party group the person had last: the usual case is a new term.
    if (!existing.empty()) {
        draft.role = existing.front().role;
        draft.faction = existing.front().faction;
        draft.organisationId = existing.front().organisationId;
    }
    AppointmentDialog dialog(m_persons, draft, person.displayName(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    m_undoStack.push(new AddAppointmentCommand(m_persons, dialog.appointment(), person.displayName(), m_dialogParent));
    Q_EMIT statusMessage(tr("Appointment of %1 added.").arg(person.displayName()));
    return personId;
}

std::optional<qint64> PersonEditor::editAppointment(qint64 appointmentId)
{
    Appointment before;
    Person person;
    try {
        before = m_persons.appointment(appointmentId);
        person = m_persons.person(before.personId);
    } catch (const Error &error) {
        showError(tr("Edit appointment"), error);
        return std::nullopt;
    }
    AppointmentDialog dialog(m_persons, before, person.displayName(), m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Appointment after = dialog.appointment();
    if (after.toJson() != before.toJson()) {
        m_undoStack.push(new EditAppointmentCommand(m_persons, before, after, person.displayName(), m_dialogParent));
        Q_EMIT statusMessage(tr("Appointment of %1 saved.").arg(person.displayName()));
    }
    return before.personId;
}

bool PersonEditor::removeAppointment(qint64 appointmentId)
{
    try {
        const Appointment removed = m_persons.appointment(appointmentId);
        const Person person = m_persons.person(removed.personId);
        m_persons.removeAppointment(appointmentId);
        m_undoStack.push(new RemoveAppointmentCommand(m_persons, removed, person.displayName(), m_dialogParent));
        Q_EMIT statusMessage(tr("Appointment of %1 removed. Choose Undo to bring it back.").arg(person.displayName()));
        return true;
    } catch (const Error &error) {
        showError(tr("Remove appointment"), error);
        return false;
    }
}

} // namespace integriteit
