#include "personcommands.h"

#include "common/error.h"
#include "persons/personservice.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace integriteit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::PersonCommand)
};
} // namespace

PersonCommand::PersonCommand(PersonService &persons, QWidget *messageParent, const QString &text)
    : QUndoCommand(text)
    , m_persons(persons)
    , m_messageParent(messageParent)
{ }

void PersonCommand::undo()
{
    run([this] { undoAction(); }, true);
    m_done = false;
}

void PersonCommand::redo()
{
    if (m_done)
        return;
    run([this] { redoAction(); }, false);
    m_done = true;
}

void PersonCommand::run(const std::function<void()> &action, bool undoing)
{
    try {
        action();
    } catch (const Error &error) {
        // The stack drops an obsolete command, so the user is not offered a step that cannot work.
        setObsolete(true);
        if (undoing)
            QMessageBox::warning(m_messageParent, Tr::tr("Cannot undo"),
                Tr::tr("\"%1\" cannot be undone.\n\n%2").arg(text(), error.userMessage()));
        else
            QMessageBox::warning(m_messageParent, Tr::tr("Cannot redo"),
                Tr::tr("\"%1\" cannot be redone.\n\n%2").arg(text(), error.userMessage()));
    }
}

AddPersonCommand::AddPersonCommand(PersonService &persons, const Person &added, QWidget *messageParent)
    : PersonCommand(persons, messageParent, Tr::tr("Add office holder %1").arg(added.displayName()))
    , m_person(added)
{ }

void AddPersonCommand::undoAction()
{
    m_persons.removePerson(m_person.id);
}
void AddPersonCommand::redoAction()
{
    m_persons.restorePerson(m_person);
}

EditPersonCommand::EditPersonCommand(
    PersonService &persons, const Person &before, const Person &after, QWidget *messageParent)
    : PersonCommand(persons, messageParent, Tr::tr("Edit %1").arg(after.displayName()))
    , m_before(before)
    , m_after(after)
{ }

void EditPersonCommand::undoAction()
{
    m_persons.updatePerson(m_before);
}
void EditPersonCommand::redoAction()
{
    m_persons.updatePerson(m_after);
}

RemovePersonCommand::RemovePersonCommand(PersonService &persons, const Person &removed, QWidget *messageParent)
    : PersonCommand(persons, messageParent, Tr::tr("Remove office holder %1").arg(removed.displayName()))
    , m_person(removed)
{ }

void RemovePersonCommand::undoAction()
{
    m_persons.restorePerson(m_person);
}
void RemovePersonCommand::redoAction()
{
    m_persons.removePerson(m_person.id);
}

AddAppointmentCommand::AddAppointmentCommand(
    PersonService &persons, const Appointment &added, const QString &personName, QWidget *messageParent)
    : PersonCommand(persons, messageParent,
        Tr::tr("Add appointment as %1 for %2").arg(holderRoleName(added.role).toLower(), personName))
    , m_appointment(added)
{ }

void AddAppointmentCommand::undoAction()
{
    m_persons.removeAppointment(m_appointment.id);
}
void AddAppointmentCommand::redoAction()
{
    m_persons.restoreAppointment(m_appointment);
}

EditAppointmentCommand::EditAppointmentCommand(PersonService &persons, const Appointment &before,
    const Appointment &after, const QString &personName, QWidget *messageParent)
    : PersonCommand(persons, messageParent, Tr::tr("Edit appointment of %1").arg(personName))
    , m_before(before)
    , m_after(after)
{ }

void EditAppointmentCommand::undoAction()
{
    m_persons.updateAppointment(m_before);
}
void EditAppointmentCommand::redoAction()
{
    m_persons.updateAppointment(m_after);
}

RemoveAppointmentCommand::RemoveAppointmentCommand(
    PersonService &persons, const Appointment &removed, const QString &personName, QWidget *messageParent)
    : PersonCommand(persons, messageParent,
        Tr::tr("Remove appointment as %1 of %2").arg(holderRoleName(removed.role).toLower(), personName))
    , m_appointment(removed)
{ }

void RemoveAppointmentCommand::undoAction()
{
    m_persons.restoreAppointment(m_appointment);
}
void RemoveAppointmentCommand::redoAction()
{
    m_persons.removeAppointment(m_appointment.id);
}

} // namespace integriteit
