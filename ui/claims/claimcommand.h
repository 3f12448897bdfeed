#pragma once
// One undo step of a draft claim (create, edit, remove, lines, receipts). As with the office
// holders' commands, the action was already performed through the service, so the first redo() is
// a no-op; undo() and later redo()s call the given inverse and repeat. A step the service refuses
// (the claim was submitted meanwhile, rights) is shown and made obsolete.

#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace integriteit {

class ClaimCommand : public QUndoCommand
{
public:
    ClaimCommand(const QString &text, std::function<void()> undoAction, std::function<void()> redoAction,
                 QWidget *messageParent);

    void undo() override;
    void redo() override;

private:
    void run(const std::function<void()> &action, bool undoing);

    std::function<void()> m_undo;
    std::function<void()> m_redo;
    QPointer<QWidget> m_messageParent;
    bool m_done = true; // the editor already did the first redo
};

} // namespace integriteit
