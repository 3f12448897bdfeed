#include "cardcommands.h"

#include "claims/creditcardservice.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CardCommand) };
} // namespace

CardCommand::CardCommand(const QString &text, std::function<void()> undoAction, std::function<void()> redoAction,
                         QWidget *messageParent)
    : QUndoCommand(text)
    , m_undo(std::move(undoAction))
    , m_redo(std::move(redoAction))
    , m_messageParent(messageParent)
{
}

CardCommand *CardCommand::added(CreditCardService &cards, const CreditCard &card, QWidget *messageParent)
{
    return new CardCommand(Tr::tr("Add credit card %1").arg(card.label()),
                           [&cards, id = card.id] { cards.removeCard(id); },
                           [&cards, card] { cards.restoreCard(card); }, messageParent);
}

CardCommand *CardCommand::edited(CreditCardService &cards, const CreditCard &before, const CreditCard &after,
                                 QWidget *messageParent)
{
    return new CardCommand(Tr::tr("Edit credit card %1").arg(after.label()),
                           [&cards, before] { cards.updateCard(before); },
                           [&cards, after] { cards.updateCard(after); }, messageParent);
}

void CardCommand::undo()
{
    run(m_undo, true);
    m_done = false;
}

void CardCommand::redo()
{
    if (m_done)
        return;
    run(m_redo, false);
    m_done = true;
}

void CardCommand::run(const std::function<void()> &action, bool undoing)
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
