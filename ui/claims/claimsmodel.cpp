#include "claimsmodel.h"

#include "claims/claimservice.h"
#include "common/dutchformat.h"
#include "common/error.h"

#include <QBrush>
#include <QPalette>

#include <algorithm>

namespace integriteit {

namespace {
constexpr int kColumnCount = int(ClaimColumn::Count);
} // namespace

QString claimColumnTitle(ClaimColumn column)
{
    switch (column) {
    case ClaimColumn::Number: return ClaimsModel::tr("Number");
    case ClaimColumn::Person: return ClaimsModel::tr("Office holder");
    case ClaimColumn::Role: return ClaimsModel::tr("Role");
    case ClaimColumn::Faction: return ClaimsModel::tr("Party group");
    case ClaimColumn::Date: return ClaimsModel::tr("Period from");
    case ClaimColumn::Description: return ClaimsModel::tr("Description");
    case ClaimColumn::Lines: return ClaimsModel::tr("Lines");
    case ClaimColumn::Total: return ClaimsModel::tr("Total");
    case ClaimColumn::Status: return ClaimsModel::tr("Status");
    case ClaimColumn::Warnings: return ClaimsModel::tr("Warnings");
    case ClaimColumn::Count: break;
    }
    return {};
}

ClaimsModel::ClaimsModel(ClaimService &claims, QObject *parent)
    : LazyRowsModel(parent)
    , m_claims(claims)
{
    // A change of lines moves totals and dates, a step moves the status: both can move the row.
    connect(&m_claims, &ClaimService::claimsChanged, this, &ClaimsModel::reload);
    connect(&m_claims, &ClaimService::claimChanged, this, &ClaimsModel::reload);
}

int ClaimsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant ClaimsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRow &row = m_rows[size_t(index.row())];
    const Claim &c = row.claim;
    const auto column = ClaimColumn(index.column());
    if (role == IdRole)
        return c.id;
    if (role == Qt::TextAlignmentRole
        && (column == ClaimColumn::Total || column == ClaimColumn::Lines || column == ClaimColumn::Warnings))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && column == ClaimColumn::Warnings && row.warningCount > 0)
        return QBrush(QColor(0xa0, 0x50, 0x00));
    if (role == Qt::ToolTipRole && column == ClaimColumn::Warnings && row.warningCount > 0)
        return tr("%n warning(s) recorded at submission: see the claim's Warnings tab.", nullptr, row.warningCount);
    if (role == Qt::ToolTipRole && column == ClaimColumn::Description)
        return c.description;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ClaimColumn::Number: return c.number();
    case ClaimColumn::Person: return row.person.sortName;
    case ClaimColumn::Role: return row.person.role ? holderRoleName(*row.person.role) : QString();
    case ClaimColumn::Faction: return row.person.faction;
    case ClaimColumn::Date: return dutch::date(c.referenceDate);
    case ClaimColumn::Description: return c.description;
    case ClaimColumn::Lines: return c.lineCount;
    case ClaimColumn::Total: return c.total.toDutch();
    case ClaimColumn::Status: return claimStatusName(c.status);
    case ClaimColumn::Warnings: return row.warningCount > 0 ? QVariant(row.warningCount) : QVariant(QString());
    case ClaimColumn::Count: break;
    }
    return {};
}

QVariant ClaimsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kColumnCount)
        return claimColumnTitle(ClaimColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void ClaimsModel::sort(int column, Qt::SortOrder order)
{
    // -1 is "unsorted" for a view; the list always has an order: the number.
    m_sortColumn = column >= 0 && column < kColumnCount ? ClaimColumn(column) : ClaimColumn::Number;
    m_sortOrder = order;
    requery(PageSize);
}

void ClaimsModel::setFilter(const ClaimFilter &filter, bool requeryNow)
{
    m_filter = filter;
    if (requeryNow)
        requery(PageSize);
}

const ClaimRow *ClaimsModel::rowData(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

int ClaimsModel::countRows()
{
    return m_claims.count(m_filter);
}

std::vector<ClaimRow> ClaimsModel::pageRows(int offset, int limit)
{
    std::vector<ClaimRow> rows = m_claims.page(m_filter, m_sortColumn, m_sortOrder, offset, limit);
    for (ClaimRow &row : rows) {
        m_texts.share(row.person.displayName);
        m_texts.share(row.person.sortName);
        m_texts.share(row.person.faction);
        m_texts.share(row.claim.description);
    }
    return rows;
}

} // namespace integriteit
