#include "recordcommand.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace integriteit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::RecordCommand)
};
} // namespace

RecordCommand::RecordCommand(const QString &text, std::function<void()> undo, std::function<void()> redo,
                             QWidget *messageParent)
    : QUndoCommand(text)
    , m_undo(std::move(undo))
    , m_redo(std::move(redo))
    , m_messageParent(messageParent)
{ }

void RecordCommand::undo()
{
    run(m_undo, true);
    m_done = false;
}

void RecordCommand::redo()
{
    if (m_done)
        return;
    run(m_redo, false);
    m_done = true;
}

void RecordCommand::run(const std::function<void()> &action, bool undoing)
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

} // namespace integriteit
