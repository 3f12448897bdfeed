#pragma once
// Undo steps for office holders and appointments. The dialog has already performed the action
// through the service (so its errors reach the dialog); each command's first redo() is therefore a
// no-op, undo() calls the inverse service method and later redo()s repeat the action. A step the
// service refuses (someone changed the record meanwhile, rights) is shown and made obsolete.

#include "persons/person.h"

#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace integriteit {

class PersonService;

class PersonCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

protected:
    PersonCommand(PersonService &persons, QWidget *messageParent, const QString &text);
    virtual void undoAction() = 0;
    virtual void redoAction() = 0;
    PersonService &m_persons;

private:
    void run(const std::function<void()> &action, bool undoing);

    QPointer<QWidget> m_messageParent;
    bool m_done = true; // the dialog already did the first redo
};

class AddPersonCommand : public PersonCommand
{
public:
    AddPersonCommand(PersonService &persons, const Person &added, QWidget *messageParent);

protected:
    void undoAction() override;
    void redoAction() override;

private:
    Person m_person;
};

class EditPersonCommand : public PersonCommand
{
public:
    EditPersonCommand(PersonService &persons, const Person &before, const Person &after, QWidget *messageParent);

protected:
    void undoAction() override;
    void redoAction() override;

private:
    Person m_before;
    Person m_after;
};

class RemovePersonCommand : public PersonCommand
{
public:
    RemovePersonCommand(PersonService &persons, const Person &removed, QWidget *messageParent);

protected:
    void undoAction() override;
    void redoAction() override;

private:
    Person m_person;
};

class AddAppointmentCommand : public PersonCommand
{
public:
    AddAppointmentCommand(
        PersonService &persons, const Appointment &added, const QString &personName, QWidget *messageParent);

protected:
    void undoAction() override;
    void redoAction() override;

private:
    Appointment m_appointment;
};

class EditAppointmentCommand : public PersonCommand
{
public:
    EditAppointmentCommand(PersonService &persons, const Appointment &before, const Appointment &after,
        const QString &personName, QWidget *messageParent);

protected:
    void undoAction() override;
    void redoAction() override;

private:
    Appointment m_before;
    Appointment m_after;
};

class RemoveAppointmentCommand : public PersonCommand
{
public:
    RemoveAppointmentCommand(
        PersonService &persons, const Appointment &removed, const QString &personName, QWidget *messageParent);

protected:
    void undoAction() override;
    void redoAction() override;

private:
    Appointment m_appointment;
};

} // namespace integriteit
