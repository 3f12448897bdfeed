#include "claimcommand.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ClaimCommand) };
} // namespace

ClaimCommand::ClaimCommand(const QString &text, std::function<void()> undoAction, std::function<void()> redoAction,
                           QWidget *messageParent)
    : QUndoCommand(text)
    , m_undo(std::move(undoAction))
    , m_redo(std::move(redoAction))
    , m_messageParent(messageParent)
{
}

void ClaimCommand::undo()
{
    run(m_undo, true);
    m_done = false;
}

void ClaimCommand::redo()
{
    if (m_done)
        return;
    run(m_redo, false);
    m_done = true;
}

void ClaimCommand::run(const std::function<void()> &action, bool undoing)
{
    try {
        action();
    } catch (const Error &error) {
        // The stack drops an obsolete command, so the user is not offered a step that cannot work.
        setObsolete(true);
        QMessageBox::warning(m_messageParent, undoing ? Tr::tr("Cannot undo") : Tr::tr("Cannot redo"),
                             (undoing ? Tr::tr("\"%1\" cannot be undone.\n\n%2") : Tr::tr("\"%1\" cannot be redone.\n\n%2"))
                                 .arg(text(), error.userMessage()));
    }
}

} // namespace integriteit
