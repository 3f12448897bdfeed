#pragma once
// The commands of the creditcards area as QActions (in the page's bars and, through AreaChrome,
// the window's Edit menu), and their state: enabled where the services would allow the user, else
// disabled with the reason as tooltip and status tip, said before the user tries.

#include <QList>
#include <QObject>

class QAction;
class QWidget;

namespace integriteit {

class AppCore;
struct CardPaymentRow;
struct CreditCard;

class CardActions : public QObject
{
    Q_OBJECT
public:
    // The actions are children of `page`, so tests find them there by object name.
    CardActions(AppCore &core, QWidget *page);

    QAction *newCard() const { return m_newCard; }
    QAction *editCard() const { return m_editCard; }
    QAction *newPayment() const { return m_newPayment; }
    QAction *account() const { return m_account; }
    QAction *judge() const { return m_judge; }
    QAction *invoice() const { return m_invoice; }
    QAction *paid() const { return m_paid; }
    // All of them for the Edit menu, the card's and the payment's parted by a separator.
    QList<QAction *> all() const;

    // For the selected card and payment; null when none is selected.
    void update(const CreditCard *selectedCard, const CardPaymentRow *row);

private:
    AppCore &m_core;
    QAction *m_newCard;
    QAction *m_editCard;
    QAction *m_newPayment;
    QAction *m_account;
    QAction *m_judge;
    QAction *m_invoice;
    QAction *m_paid;
    QAction *m_separator;
};

} // namespace integriteit
