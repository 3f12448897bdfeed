#pragma once
// The creditcards area (GC 9.9-9.15): the card register above, the selected card's payments below
// with what still needs doing (not accounted for, to be judged, invoices open). Every action goes
// through a dialog and the claims services; adding and changing a card can be undone. The commands
// are QActions, in the page's bars and (through AreaChrome) in the window's Edit menu.

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QSplitter;
class QTableView;
class QUndoStack;

namespace integriteit {

class AppCore;
class CardActions;
class CardPaymentsModel;
class CardsModel;
struct CardPaymentRow;

class CardsPage : public QWidget
{
    Q_OBJECT
public:
    CardsPage(AppCore &core, QUndoStack &undoStack, QWidget *parent = nullptr);
    ~CardsPage() override;

    QTableView *cardsView() const { return m_cardsView; }
    QTableView *paymentsView() const { return m_paymentsView; }
    CardsModel *cardsModel() const { return m_cards; }
    CardPaymentsModel *paymentsModel() const { return m_payments; }
    // The Edit menu's entries for this area, the card's and then the payment's.
    QList<QAction *> areaActions() const;

    void newCard();
    void editCard();
    void newPayment();
    void accountPayment();
    void judgePayment();
    // Writes the invoice letter of the selected private payment as ODT and PDF; asks where unless
    // `odtPath` is given (the PDF goes next to it under the same name). Returns the ODT's path.
    QString makeInvoice(const QString &odtPath = {});
    void markInvoicePaid();

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    qint64 currentCardId() const;
    const CardPaymentRow *currentPayment() const;
    void cardChanged();
    void updateActions();
    void updateCounts(int total, int unaccounted);
    void selectCard(qint64 cardId);
    void fitColumns(QTableView *view, bool &pending);
    void saveState() const;
    void restoreState();

    AppCore &m_core;
    QUndoStack &m_undoStack;
    CardsModel *m_cards;
    CardPaymentsModel *m_payments;
    QSplitter *m_splitter;
    QTableView *m_cardsView;
    QTableView *m_paymentsView;
    QLabel *m_paymentsTitle;
    QLabel *m_counts;
    QCheckBox *m_unaccountedOnly;
    CardActions *m_actions;
    bool m_fitCards = false;
    bool m_fitPayments = false;
};

} // namespace integriteit
