#pragma once
// Runs the office holder actions for the page and the detail pane: opens the dialog, lets it save
// through the service, and pushes the matching undo step. Actions without a dialog (remove) are
// performed here, with any refusal shown in a message box.

#include <QObject>
#include <QPointer>
#include <optional>

class QUndoStack;
class QWidget;

namespace integriteit {

class Error;
class PersonService;

class PersonEditor : public QObject
{
    Q_OBJECT
public:
    // Dialogs and messages are parented to `dialogParent`.
    PersonEditor(PersonService &persons, QUndoStack &undoStack, QWidget *dialogParent);

    // Each returns the id of the person concerned on success, nothing on cancel or refusal.
    std::optional<qint64> newPerson();
    std::optional<qint64> editPerson(qint64 personId);
    bool removePerson(qint64 personId);
    std::optional<qint64> newAppointment(qint64 personId);
    std::optional<qint64> editAppointment(qint64 appointmentId);
    bool removeAppointment(qint64 appointmentId);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showError(const QString &title, const Error &error);

    PersonService &m_persons;
    QUndoStack &m_undoStack;
    QPointer<QWidget> m_dialogParent;
};

} // namespace integriteit
