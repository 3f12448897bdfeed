#include "cardpaymentsmodel.h"

#include "claims/cardpaymentservice.h"
#include "claims/creditcardservice.h"
#include "claims/expensecategories.h"
#include "common/dutchformat.h"
#include "common/error.h"

#include <QBrush>
#include <QColor>

namespace integriteit {

CardPaymentsModel::CardPaymentsModel(CardPaymentService &payments, CreditCardService &cards, ExpenseCategories &categories,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_payments(payments)
    , m_categories(categories)
{
    connect(&m_payments, &CardPaymentService::paymentChanged, this, &CardPaymentsModel::reload);
    connect(&m_payments, &CardPaymentService::invoicesChanged, this, &CardPaymentsModel::reload);
    connect(&cards, &CreditCardService::paymentsChanged, this, &CardPaymentsModel::reload);
}

void CardPaymentsModel::setFilter(const CardPaymentFilter &filter)
{
    m_filter = filter;
    requery(PageSize);
}

void CardPaymentsModel::reload()
{
    requery(qMax(PageSize, int(m_rows.size())));
}

void CardPaymentsModel::requery(int rowsWanted)
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_unaccounted = 0;
    QString failure;
    // No card chosen: an empty list rather than every payment of every card.
    if (m_filter.cardId > 0 || m_filter.personId > 0 || m_filter.statementId > 0) {
        try {
            m_categoryNames.clear();
            for (const ExpenseCategory &c : m_categories.list(true))
                m_categoryNames.insert(c.code, c.name);
            m_total = m_payments.count(m_filter);
            m_rows = m_payments.page(m_filter, m_sortColumn, m_sortOrder, 0, rowsWanted);
            CardPaymentFilter open = m_filter;
            open.unaccountedOnly = true;
            open.openOnly = true;
            m_unaccounted = m_payments.count(open);
        } catch (const Error &error) {
            m_rows.clear();
            m_total = 0;
            failure = error.userMessage();
        }
    }
    endResetModel();
    Q_EMIT countChanged(m_total, m_unaccounted);
    if (!failure.isEmpty())
        Q_EMIT errorOccurred(failure);
}

bool CardPaymentsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void CardPaymentsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<CardPaymentRow> more;
    try {
        more = m_payments.page(m_filter, m_sortColumn, m_sortOrder, int(m_rows.size()), PageSize);
    } catch (const Error &error) {
        Q_EMIT errorOccurred(error.userMessage());
        return;
    }
    if (more.empty()) {
        // Someone removed rows meanwhile: stop asking for more.
        m_total = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.insert(m_rows.end(), more.begin(), more.end());
    endInsertRows();
}

void CardPaymentsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= int(CardPaymentColumn::Count))
        return;
    m_sortColumn = CardPaymentColumn(column);
    m_sortOrder = order;
    requery(qMax(PageSize, int(m_rows.size())));
}

int CardPaymentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CardPaymentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CardPaymentColumn::Count);
}

const CardPaymentRow *CardPaymentsModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

int CardPaymentsModel::rowOf(qint64 paymentId) const
{
    for (int i = 0; i < int(m_rows.size()); ++i)
        if (m_rows[std::size_t(i)].payment.id == paymentId)
            return i;
    return -1;
}

namespace {
QString accountedText(const CardPayment &p)
{
    if (p.isAccounted())
        return CardPaymentsModel::tr("Yes");
    QStringList missing;
    if (p.category.isEmpty())
        missing << CardPaymentsModel::tr("kind of cost");
    if (p.reason.trimmed().isEmpty())
        missing << CardPaymentsModel::tr("reason");
    if (p.receiptId <= 0)
        missing << CardPaymentsModel::tr("receipt");
    return CardPaymentsModel::tr("Not yet: %1").arg(missing.join(QStringLiteral(", ")));
}

QString judgementText(const CardPayment &p)
{
    if (!p.judgement)
        return CardPaymentsModel::tr("to be judged");
    if (*p.judgement == CardJudgement::Private && p.privateAmount < p.amount)
        return CardPaymentsModel::tr("%1 (%2)").arg(cardJudgementName(*p.judgement), p.privateAmount.toDutch());
    return cardJudgementName(*p.judgement);
}

QString invoiceText(const CardPaymentRow &r)
{
    if (r.invoiceNumber.isEmpty())
        return {};
    return r.invoicePaid.isValid() ? CardPaymentsModel::tr("%1, paid %2").arg(r.invoiceNumber, dutch::date(r.invoicePaid))
                                   : CardPaymentsModel::tr("%1, open").arg(r.invoiceNumber);
}
} // namespace

QVariant CardPaymentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CardPaymentRow &r = m_rows[std::size_t(index.row())];
    const CardPayment &p = r.payment;
    if (role == IdRole)
        return p.id;
    const auto column = CardPaymentColumn(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case CardPaymentColumn::Date: return dutch::date(p.date);
        case CardPaymentColumn::Holder: return r.holderName;
        case CardPaymentColumn::Card: return r.cardLabel;
        case CardPaymentColumn::Merchant:
            return p.description.isEmpty() ? p.merchant : tr("%1: %2").arg(p.merchant, p.description);
        case CardPaymentColumn::Category: return m_categoryNames.value(p.category, p.category);
        case CardPaymentColumn::Amount: return p.amount.toDutch();
        case CardPaymentColumn::Accounted: return accountedText(p);
        case CardPaymentColumn::Judgement: return judgementText(p);
        case CardPaymentColumn::Invoice: return invoiceText(r);
        case CardPaymentColumn::Count: break;
        }
    }
    if (role == Qt::TextAlignmentRole && column == CardPaymentColumn::Amount)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    // What still needs doing stands out: not accounted for, or a flag the checker must see.
    if (role == Qt::ForegroundRole) {
        if (column == CardPaymentColumn::Accounted && !p.isAccounted() && !p.judgement)
            return QBrush(QColor(0xa0, 0x30, 0x00));
        if (column == CardPaymentColumn::Category && r.categoryNotAllowed)
            return QBrush(QColor(0xa0, 0x30, 0x00));
        if (column == CardPaymentColumn::Date && r.outsideCardPeriod)
            return QBrush(QColor(0xa0, 0x30, 0x00));
    }
    if (role == Qt::ToolTipRole) {
        if (column == CardPaymentColumn::Category && r.categoryNotAllowed)
            return tr("The card is not meant for this kind of cost (GC 9.10, 9.12).");
        if (column == CardPaymentColumn::Date && r.outsideCardPeriod)
            return tr("Paid outside the card's period (before issue or after withdrawal).");
    }
    return {};
}

QString cardPaymentColumnTitle(CardPaymentColumn column)
{
    switch (column) {
    case CardPaymentColumn::Date: return CardPaymentsModel::tr("Date");
    case CardPaymentColumn::Holder: return CardPaymentsModel::tr("Card holder");
    case CardPaymentColumn::Card: return CardPaymentsModel::tr("Card");
    case CardPaymentColumn::Merchant: return CardPaymentsModel::tr("Merchant and description");
    case CardPaymentColumn::Category: return CardPaymentsModel::tr("Kind of cost");
    case CardPaymentColumn::Amount: return CardPaymentsModel::tr("Amount");
    case CardPaymentColumn::Accounted: return CardPaymentsModel::tr("Accounted for");
    case CardPaymentColumn::Judgement: return CardPaymentsModel::tr("Judgement");
    case CardPaymentColumn::Invoice: return CardPaymentsModel::tr("Invoice");
    case CardPaymentColumn::Count: break;
    }
    return {};
}

QVariant CardPaymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < int(CardPaymentColumn::Count))
        return cardPaymentColumnTitle(CardPaymentColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace integriteit
