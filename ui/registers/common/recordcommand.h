#pragma once
// One undo step of a register action. The dialog has already performed the action through the
// service (so its errors reach the dialog); the first redo() is therefore a no-op, undo() runs the
// inverse service call and later redo()s repeat the action. A step the service refuses (someone
// changed the record meanwhile, rights) is shown and made obsolete, like PersonCommand.
//
// create → undo: remove,  redo: restore (same id)
// update / end → undo: update with the old record,  redo: update with the new one
// remove → undo: restore,  redo: remove

#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace integriteit {

class RecordCommand : public QUndoCommand
{
public:
    RecordCommand(const QString &text, std::function<void()> undo, std::function<void()> redo,
                  QWidget *messageParent);

    void undo() override;
    void redo() override;

private:
    void run(const std::function<void()> &action, bool undoing);

    std::function<void()> m_undo;
    std::function<void()> m_redo;
    QPointer<QWidget> m_messageParent;
    bool m_done = true; // the dialog already did the first redo
};

} // namespace integriteit
