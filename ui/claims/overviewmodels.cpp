#include "overviewmodels.h"

#include "common/dutchformat.h"

namespace integriteit {

namespace {
QVariant moneyData(Money amount, int role)
{
    if (role == Qt::DisplayRole)
        return amount.toDutch();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return qlonglong(amount.cents()); // sort role
}

QVariant countData(int count, int role)
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return count;
}
} // namespace

OverviewTotalsModel::OverviewTotalsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void OverviewTotalsModel::setRows(std::vector<ClaimOverviewRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OverviewTotalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverviewTotalsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant OverviewTotalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole)
        return {};
    const ClaimOverviewRow &r = m_rows[size_t(index.row())];
    const bool text = role != Qt::TextAlignmentRole;
    switch (Column(index.column())) {
    case Column::Person: return text ? QVariant(r.sortName) : QVariant(); // as in the claims list
    case Column::Role: return text && r.role ? QVariant(holderRoleName(*r.role)) : QVariant();
    case Column::Year: return text ? QVariant(r.year) : QVariant();
    case Column::Category: return text ? QVariant(r.categoryName) : QVariant();
    case Column::ClaimLines: return countData(r.claimLines, role);
    case Column::Claimed: return moneyData(r.claimed, role);
    case Column::CardPayments: return countData(r.cardPayments, role);
    case Column::Card: return moneyData(r.card, role);
    case Column::Total: return moneyData(r.total(), role);
    case Column::Count: break;
    }
    return {};
}

QVariant OverviewTotalsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Person: return tr("Office holder");
    case Column::Role: return tr("Role");
    case Column::Year: return tr("Year");
    case Column::Category: return tr("Kind of cost");
    case Column::ClaimLines: return tr("Claim lines");
    case Column::Claimed: return tr("Claimed");
    case Column::CardPayments: return tr("Card payments");
    case Column::Card: return tr("Creditcard");
    case Column::Total: return tr("Total");
    case Column::Count: break;
    }
    return {};
}

PublicLinesModel::PublicLinesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PublicLinesModel::setLines(std::vector<PublicClaimLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int PublicLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int PublicLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PublicLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::TextAlignmentRole)
        return {};
    const PublicClaimLine &l = m_lines[size_t(index.row())];
    const auto column = Column(index.column());
    if (column == Column::Amount)
        return moneyData(l.amount, role);
    if (role == Qt::TextAlignmentRole)
        return {};
    switch (column) {
    case Column::Person: return l.person;
    case Column::Role: return holderRoleName(l.role);
    case Column::Number: return l.creditCard ? tr("creditcard") : l.claimNumber;
    case Column::Date: return role == SortRole ? QVariant(dutch::isoDate(l.date)) : QVariant(dutch::date(l.date));
    case Column::Category: return l.categoryName;
    case Column::Description: return l.description;
    case Column::Amount:
    case Column::Count: break;
    }
    return {};
}

QVariant PublicLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Person: return tr("Office holder");
    case Column::Role: return tr("Role");
    case Column::Number: return tr("Claim");
    case Column::Date: return tr("Date");
    case Column::Category: return tr("Kind of cost");
    case Column::Description: return tr("Description");
    case Column::Amount: return tr("Amount");
    case Column::Count: break;
    }
    return {};
}

} // namespace integriteit
