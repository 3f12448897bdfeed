#pragma once
// One undo step for a register action that a dialog or page has already performed through its
// service (so the service's errors reached the user there). The first redo() is therefore a no-op;
// undo() runs the inverse service call and later redo()s repeat the action. A step the service
// refuses (the record changed meanwhile, rights) is shown and made obsolete, like PersonCommand.

#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace integriteit {

class ServiceCommand : public QUndoCommand
{
public:
    ServiceCommand(const QString &text, std::function<void()> undoAction, std::function<void()> redoAction,
                   QWidget *messageParent);

    void undo() override;
    void redo() override;

private:
    void run(const std::function<void()> &action, bool undoing);

    std::function<void()> m_undo;
    std::function<void()> m_redo;
    QPointer<QWidget> m_messageParent;
    bool m_done = true; // the caller already did the first redo
};

} // namespace integriteit
