#include "cardactions.h"

#include "appcore.h"
#include "cards/cardpaymentsmodel.h"
#include "claims/creditcard.h"
#include "common/error.h"
#include "common/icons.h"

#include <QAction>
#include <QCoreApplication>
#include <QWidget>

namespace integriteit {

namespace {
// The texts were the page's before its actions had a class of their own: the same context keeps
// their translations.
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CardsPage) };

QAction *action(const QString &text, const char *name, QWidget *parent)
{
    auto *a = new QAction(text, parent);
    a->setObjectName(QLatin1String(name));
    return a;
}
} // namespace

CardActions::CardActions(AppCore &core, QWidget *page)
    : QObject(page)
    , m_core(core)
    , m_newCard(action(Tr::tr("&New card…"), "newCard", page))
    , m_editCard(action(Tr::tr("&Edit card…"), "editCard", page))
    , m_newPayment(action(Tr::tr("New &payment…"), "newPayment", page))
    , m_account(action(Tr::tr("&Account for…"), "accountPayment", page))
    , m_judge(action(Tr::tr("&Judge…"), "judgePayment", page))
    , m_invoice(action(Tr::tr("Make &invoice…"), "makeInvoice", page))
    , m_paid(action(Tr::tr("Invoice pai&d…"), "invoicePaid", page))
    , m_separator(new QAction(page))
{
    m_separator->setSeparator(true);
    m_newCard->setIcon(Icons::themed("list-add", Icons::add()));
    m_editCard->setIcon(Icons::themed("document-edit", Icons::edit()));
    m_newPayment->setIcon(Icons::themed("list-add", Icons::add()));
    // The card register's keys as on the other registers; accounting for a payment is the daily
    // work, so it gets a key of its own (Enter on the payment opens it too).
    m_newCard->setShortcut(QKeySequence::New);
    m_editCard->setShortcut(Qt::Key_F2);
    m_newPayment->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    m_account->setShortcut(QKeySequence(QStringLiteral("Ctrl+Return")));
}

QList<QAction *> CardActions::all() const
{
    return {m_newCard, m_editCard, m_separator, m_newPayment, m_account, m_judge, m_invoice, m_paid};
}

void CardActions::update(const CreditCard *selectedCard, const CardPaymentRow *row)
{
    // The actions follow the rights the services check anyway, so nobody is offered a refusal:
    // the office keeps its own holders' cards; the burgemeester and the auditor read.
    const Session &session = m_core.session();
    const bool office = session.has(UserRole::Griffie) || session.has(UserRole::Secretariat);
    const bool card = selectedCard != nullptr;
    bool mayEdit = false;
    if (card) {
        try {
            mayEdit = m_core.claims().cards().mayEdit(*selectedCard);
        } catch (const Error &) {
            mayEdit = false;
        }
    }
    const CardPayment *p = row != nullptr ? &row->payment : nullptr;
    const bool invoiced = p != nullptr && !row->invoiceNumber.isEmpty();
    const QString notKept = Tr::tr("Only the office that keeps the card holder's claims changes this card and its payments.");
    const QString choosePayment = Tr::tr("Select a payment first.");
    const auto set = [](QAction *action, bool enabled, const QString &why, const QString &what = {}) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? what : why);
        action->setStatusTip(action->toolTip());
    };
    set(m_newCard, office, Tr::tr("Credit cards are registered by the clerk's office or the secretariat."));
    set(m_editCard, mayEdit, card ? notKept : Tr::tr("Select a card first."));
    set(m_newPayment, mayEdit, card ? notKept : Tr::tr("Select a card first."),
        Tr::tr("Type in a payment that is not on an imported statement"));
    set(m_account, mayEdit && p != nullptr && !p->judgement,
        p == nullptr ? choosePayment
        : !mayEdit   ? notKept
                     : Tr::tr("This payment has been judged; its accounting can no longer change."),
        Tr::tr("Record the receipt, the kind of cost and the reason"));
    // Four eyes, said before the user tries: who accounted for the payment does not judge it.
    QString judgeWhy = choosePayment;
    if (p != nullptr) {
        if (p->judgement)
            judgeWhy = Tr::tr("This payment has been judged already.");
        else if (p->accountedBy == session.user().id)
            judgeWhy = Tr::tr("You accounted for this payment, so another official judges it (four eyes).");
        else
            judgeWhy = notKept;
    }
    set(m_judge, p != nullptr && m_core.claims().cardPayments().mayJudge(*p), judgeWhy,
        Tr::tr("Judge the payment as business or private"));
    const QString noInvoice = p == nullptr ? choosePayment : Tr::tr("Only a payment judged private has an invoice.");
    // Sending the letter is recorded: the office does it.
    set(m_invoice, mayEdit && invoiced, !invoiced ? noInvoice : notKept,
        Tr::tr("Write the invoice letter for the private part as an editable document and a PDF"));
    set(m_paid, mayEdit && invoiced && !row->invoicePaid.isValid(),
        !invoiced ? noInvoice : !mayEdit ? notKept : Tr::tr("This invoice has been paid."));
}

} // namespace integriteit
