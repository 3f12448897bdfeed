#include "cardspage.h"

#include "appcore.h"
#include "cards/accountdialog.h"
#include "cards/cardactions.h"
#include "cards/cardcommands.h"
#include "cards/carddialog.h"
#include "cards/cardpaymentsmodel.h"
#include "cards/cardsmodel.h"
#include "cards/judgedialog.h"
#include "cards/paymentdialog.h"
#include "cards/invoicefiles.h"
#include "common/error.h"
#include "common/errorbox.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace integriteit {

namespace {
const QString kGroup = QStringLiteral("cardsPage");

QTableView *tableView(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

QToolBar *actionBar(const char *name, QWidget *parent)
{
    auto *bar = new QToolBar(parent);
    bar->setObjectName(QLatin1String(name));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    return bar;
}
} // namespace

CardsPage::CardsPage(AppCore &core, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_undoStack(undoStack)
    , m_cards(new CardsModel(core.claims().cards(), core.persons(), core.claims().categories(), this))
    , m_payments(new CardPaymentsModel(core.claims().cardPayments(), core.claims().cards(), core.claims().categories(), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_cardsView(tableView(m_cards, "cardsView", this))
    , m_paymentsView(tableView(m_payments, "paymentsView", this))
    , m_paymentsTitle(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_unaccountedOnly(new QCheckBox(tr("Only payments not yet accounted for"), this))
    , m_actions(new CardActions(core, this))
{
    setObjectName(QStringLiteral("cardsPage"));
    m_unaccountedOnly->setObjectName(QStringLiteral("unaccountedOnly"));
    m_counts->setObjectName(QStringLiteral("paymentCounts"));
    m_paymentsView->setSortingEnabled(true);
    m_paymentsView->sortByColumn(int(CardPaymentColumn::Date), Qt::DescendingOrder);
    // One card at a time: its holder and label are in the title above the list.
    m_paymentsView->hideColumn(int(CardPaymentColumn::Holder));
    m_paymentsView->hideColumn(int(CardPaymentColumn::Card));

    auto *title = new QLabel(tr("<b>Credit cards</b>: the register of municipal credit cards and their payments "
                                "(code of conduct, articles 9.9-9.15)"),
                             this);
    title->setWordWrap(true);
    auto *cardButtons = actionBar("cardsBar", this);
    cardButtons->addActions({m_actions->newCard(), m_actions->editCard()});
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(title);
    topLayout->addWidget(cardButtons);
    topLayout->addWidget(m_cardsView);

    auto *paymentHeader = new QHBoxLayout;
    paymentHeader->addWidget(m_paymentsTitle);
    paymentHeader->addStretch();
    paymentHeader->addWidget(m_counts);
    auto *paymentButtons = new QHBoxLayout;
    auto *paymentBar = actionBar("paymentsBar", this);
    paymentBar->addActions({m_actions->newPayment(), m_actions->account(), m_actions->judge(), m_actions->invoice(),
                            m_actions->paid()});
    paymentButtons->addWidget(paymentBar);
    paymentButtons->addStretch();
    paymentButtons->addWidget(m_unaccountedOnly);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(paymentHeader);
    bottomLayout->addLayout(paymentButtons);
    bottomLayout->addWidget(m_paymentsView);

    m_splitter->addWidget(top);
    m_splitter->addWidget(bottom);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter);

    connect(m_actions->newCard(), &QAction::triggered, this, &CardsPage::newCard);
    connect(m_actions->editCard(), &QAction::triggered, this, &CardsPage::editCard);
    connect(m_actions->newPayment(), &QAction::triggered, this, &CardsPage::newPayment);
    connect(m_actions->account(), &QAction::triggered, this, &CardsPage::accountPayment);
    connect(m_actions->judge(), &QAction::triggered, this, &CardsPage::judgePayment);
    connect(m_actions->invoice(), &QAction::triggered, this, [this] { makeInvoice(); });
    connect(m_actions->paid(), &QAction::triggered, this, &CardsPage::markInvoicePaid);
    connect(m_cardsView, &QTableView::doubleClicked, this, &CardsPage::editCard);
    connect(m_paymentsView, &QTableView::doubleClicked, this, &CardsPage::accountPayment);
    connect(m_unaccountedOnly, &QCheckBox::toggled, this, &CardsPage::cardChanged);
    connect(m_cardsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CardsPage::cardChanged);
    connect(m_paymentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CardsPage::updateActions);
    connect(m_cards, &QAbstractItemModel::modelReset, this, &CardsPage::cardChanged);
    connect(m_cards, &QAbstractItemModel::modelReset, this, [this] { fitColumns(m_cardsView, m_fitCards); });
    connect(m_payments, &QAbstractItemModel::modelReset, this, &CardsPage::updateActions);
    connect(m_payments, &CardPaymentsModel::countChanged, this, &CardsPage::updateCounts);
    connect(m_cards, &CardsModel::errorOccurred, this, &CardsPage::statusMessage);
    connect(m_payments, &CardPaymentsModel::errorOccurred, this, &CardsPage::statusMessage);

    restoreState();
    fitColumns(m_cardsView, m_fitCards);
    if (m_cards->rowCount() > 0)
        m_cardsView->selectRow(0);
    cardChanged();
}

CardsPage::~CardsPage()
{
    saveState();
}

void CardsPage::saveState() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("cardsHeader"), m_cardsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("paymentsHeader"), m_paymentsView->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("unaccountedOnly"), m_unaccountedOnly->isChecked());
}

void CardsPage::restoreState()
{
    QSettings settings;
    settings.beginGroup(kGroup);
    m_splitter->restoreState(settings.value(QStringLiteral("splitter")).toByteArray());
    // The first time: columns as wide as their contents, the long texts within reason (a tooltip
    // or a wider column shows the rest); afterwards the user's own widths.
    if (!m_cardsView->horizontalHeader()->restoreState(settings.value(QStringLiteral("cardsHeader")).toByteArray()))
        m_fitCards = true;
    if (!m_paymentsView->horizontalHeader()->restoreState(settings.value(QStringLiteral("paymentsHeader")).toByteArray()))
        m_fitPayments = true;
    m_unaccountedOnly->setChecked(settings.value(QStringLiteral("unaccountedOnly"), false).toBool());
}

qint64 CardsPage::currentCardId() const
{
    return m_cards->idAt(m_cardsView->currentIndex().row());
}

const CardPaymentRow *CardsPage::currentPayment() const
{
    return m_payments->rowAt(m_paymentsView->currentIndex().row());
}

void CardsPage::selectCard(qint64 cardId)
{
    const int row = m_cards->rowOf(cardId);
    if (row >= 0)
        m_cardsView->selectRow(row);
}

void CardsPage::cardChanged()
{
    const int row = m_cardsView->currentIndex().row();
    CardPaymentFilter filter;
    filter.cardId = m_cards->idAt(row);
    filter.unaccountedOnly = m_unaccountedOnly->isChecked();
    if (filter.cardId > 0) {
        const CreditCard &card = m_cards->cardAt(row);
        m_paymentsTitle->setText(tr("<b>Payments</b> with %1 of %2")
                                     .arg(card.label().toHtmlEscaped(),
                                          m_cards->index(row, int(CardColumn::Holder)).data().toString().toHtmlEscaped()));
    } else {
        m_paymentsTitle->setText(m_cards->rowCount() == 0 ? tr("<b>Payments</b>: register a card first")
                                                          : tr("<b>Payments</b>: choose a card above"));
    }
    m_payments->setFilter(filter);
    updateActions();
}

void CardsPage::fitColumns(QTableView *view, bool &pending)
{
    if (!pending || view->model()->rowCount() == 0)
        return;
    pending = false;
    const int widest = fontMetrics().averageCharWidth() * 40;
    for (int c = 0; c < view->model()->columnCount(); ++c) {
        view->resizeColumnToContents(c);
        view->setColumnWidth(c, qMin(view->columnWidth(c) + 12, widest));
    }
}

void CardsPage::updateCounts(int total, int unaccounted)
{
    fitColumns(m_paymentsView, m_fitPayments);
    if (m_payments->filter().cardId == 0) {
        m_counts->clear();
        return;
    }
    m_counts->setText(unaccounted == 0 ? tr("Payments: %1, all accounted for").arg(total)
                                       : tr("Not yet accounted for: %1 of %2").arg(unaccounted).arg(total));
    m_counts->setStyleSheet(unaccounted == 0 ? QString() : QStringLiteral("color: #a03000; font-weight: bold;"));
}

void CardsPage::updateActions()
{
    const int cardRow = m_cardsView->currentIndex().row();
    const CreditCard *card = m_cards->idAt(cardRow) > 0 ? &m_cards->cardAt(cardRow) : nullptr;
    m_actions->update(card, currentPayment());
}

QList<QAction *> CardsPage::areaActions() const
{
    return m_actions->all();
}

void CardsPage::newCard()
{
    CardDialog dialog(m_core.claims().cards(), m_core.persons(), m_core.claims().categories(), CreditCard(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_undoStack.push(CardCommand::added(m_core.claims().cards(), dialog.card(), this));
    selectCard(dialog.card().id);
    Q_EMIT statusMessage(tr("Credit card %1 added.").arg(dialog.card().label()));
}

void CardsPage::editCard()
{
    const int row = m_cardsView->currentIndex().row();
    if (m_cards->idAt(row) == 0)
        return;
    const CreditCard before = m_cards->cardAt(row);
    CardDialog dialog(m_core.claims().cards(), m_core.persons(), m_core.claims().categories(), before, this);
    if (dialog.exec() != QDialog::Accepted || dialog.card().toJson() == before.toJson())
        return;
    m_undoStack.push(CardCommand::edited(m_core.claims().cards(), before, dialog.card(), this));
    selectCard(before.id);
}

void CardsPage::newPayment()
{
    const int row = m_cardsView->currentIndex().row();
    if (m_cards->idAt(row) == 0)
        return;
    PaymentDialog dialog(m_core.claims().cards(), m_core.claims().cardPayments(), m_cards->cardAt(row), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.paymentId() > 0)
        m_undoStack.push(CardCommand::paymentAdded(m_core.claims().cards(), m_core.claims().cardPayments(),
                                                   dialog.statementId(), dialog.paymentId(), dialog.row(), this));
    Q_EMIT statusMessage(tr("Payment added; account for it with its receipt and reason."));
}

void CardsPage::accountPayment()
{
    const CardPaymentRow *row = currentPayment();
    if (row == nullptr || row->payment.judgement)
        return;
    const qint64 id = row->payment.id;
    AccountDialog dialog(m_core.claims().cardPayments(), m_core.claims().categories(), row->payment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int newRow = m_payments->rowOf(id);
    if (newRow >= 0)
        m_paymentsView->selectRow(newRow);
}

void CardsPage::judgePayment()
{
    const CardPaymentRow *row = currentPayment();
    if (row == nullptr || row->payment.judgement)
        return;
    const qint64 id = row->payment.id;
    JudgeDialog dialog(m_core.claims().cardPayments(), row->payment, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int newRow = m_payments->rowOf(id);
    if (newRow >= 0)
        m_paymentsView->selectRow(newRow);
    if (dialog.invoice())
        Q_EMIT statusMessage(tr("Invoice %1 recorded for %2. Make the letter with \"Make invoice…\".")
                                 .arg(dialog.invoice()->number(), dialog.invoice()->amount.toDutch()));
}

QString CardsPage::makeInvoice(const QString &odtPath)
{
    const CardPaymentRow *row = currentPayment();
    if (row == nullptr || row->invoiceNumber.isEmpty())
        return {};
    try {
        InvoiceFiles files(m_core);
        const QString saved = files.save(row->payment.id, this, odtPath);
        if (!saved.isEmpty())
            Q_EMIT statusMessage(tr("Invoice %1 saved as %2 and a PDF beside it.")
                                     .arg(files.lastNumber(), QDir::toNativeSeparators(saved)));
        return saved;
    } catch (const Error &error) {
        showErrorBox(this, tr("Make invoice"), error);
        return {};
    }
}

void CardsPage::markInvoicePaid()
{
    const CardPaymentRow *row = currentPayment();
    if (row == nullptr || row->invoiceNumber.isEmpty() || row->invoicePaid.isValid())
        return;
    try {
        const auto invoice = m_core.claims().cardPayments().invoiceForPayment(row->payment.id);
        if (!invoice)
            return;
        InvoicePaidDialog dialog(m_core.claims().cardPayments(), *invoice, this);
        if (dialog.exec() == QDialog::Accepted)
            Q_EMIT statusMessage(tr("Invoice %1 marked as paid.").arg(invoice->number()));
    } catch (const Error &error) {
        showErrorBox(this, tr("Invoice paid"), error);
    }
}

} // namespace integriteit
