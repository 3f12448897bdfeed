#pragma once
// Undo steps of the creditcard register, where CreditCardService offers the inverse: adding a card
// (undo removes it while it has no statements; redo restores it under its id) and changing one.
// As with the office holders, the dialog already did the action, so the first redo() is a no-op;
// a step the service refuses later is shown and dropped. Judgements and invoices are final
// (GC 9.15 tracks them), so they have no undo.

#include "claims/creditcard.h"

#include <QPointer>
#include <QUndoCommand>
#include <functional>

class QWidget;

namespace integriteit {

class CreditCardService;

class CardCommand : public QUndoCommand
{
public:
    void undo() final;
    void redo() final;

    static CardCommand *added(CreditCardService &cards, const CreditCard &card, QWidget *messageParent);
    static CardCommand *edited(CreditCardService &cards, const CreditCard &before, const CreditCard &after,
                               QWidget *messageParent);

private:
    CardCommand(const QString &text, std::function<void()> undoAction, std::function<void()> redoAction,
                QWidget *messageParent);
    void run(const std::function<void()> &action, bool undoing);

    std::function<void()> m_undo;
    std::function<void()> m_redo;
    QPointer<QWidget> m_messageParent;
    bool m_done = true; // the dialog already did the first redo
};

} // namespace integriteit
