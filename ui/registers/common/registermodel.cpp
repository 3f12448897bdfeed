#include "registermodel.h"

#include "common/error.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace integriteit {

RegisterModel::RegisterModel(RegisterKind &kind, QObject *parent)
    : LazyRowsModel(parent)
    , m_kind(kind)
    , m_sortColumn(kind.defaultSortColumn())
    , m_sortOrder(kind.defaultSortOrder())
{
    // A changed record can move anywhere in the sort order: re-query; the page keeps the
    // selection by id across the reset.
    connect(&m_kind, &RegisterKind::recordsChanged, this, &RegisterModel::reload);
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_kind.columnCount();
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RegisterRow &row = m_rows[size_t(index.row())];
    const bool flagCell = index.column() == m_kind.flagColumn();
    switch (role) {
    case IdRole:
        return row.id;
    case FlagRole:
        return row.flag;
    case Qt::DisplayRole:
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::ToolTipRole:
        if ((flagCell || index.column() == 0) && !row.flag.isEmpty())
            return row.flag;
        return index.column() < row.cells.size() ? row.cells.at(index.column()) : QString();
    case Qt::DecorationRole:
        if ((flagCell || index.column() == 0) && !row.flag.isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (m_kind.isAmount(index.column()))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (row.muted)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_kind.columnCount())
        return m_kind.columnTitle(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    // -1 is "unsorted" for a view; a register list always has an order.
    m_sortColumn = column >= 0 && column < m_kind.columnCount() ? column : m_kind.defaultSortColumn();
    m_sortOrder = order;
    requery(PageSize);
}

namespace {
// `today` is left out: the model sets it on every query.
bool sameCriteria(const RegisterFilter &a, const RegisterFilter &b)
{
    return a.personId == b.personId && a.role == b.role && a.faction == b.faction && a.from == b.from && a.to == b.to
        && a.status == b.status && a.text == b.text && a.flaggedOnly == b.flaggedOnly;
}
} // namespace

void RegisterModel::setFilter(const RegisterFilter &filter, bool requeryNow)
{
    // Restoring the saved filter at start-up repeats the first query only when it differs.
    const bool same = m_queried && sameCriteria(filter, m_filter);
    m_filter = filter;
    if (requeryNow && !same)
        requery(PageSize);
}

int RegisterModel::countRows()
{
    // "Active" is judged on today, also when the window stays open past midnight.
    m_filter.today = QDate::currentDate();
    return m_kind.count(m_filter);
}

std::vector<RegisterRow> RegisterModel::pageRows(int offset, int limit)
{
    std::vector<RegisterRow> rows = m_kind.page(m_filter, m_sortColumn, m_sortOrder, offset, limit);
    for (RegisterRow &row : rows) {
        for (QString &cell : row.cells)
            m_texts.share(cell); // names, roles, dates and "Ja"/"Nee" recur from row to row
        m_texts.share(row.flag);
    }
    return rows;
}

} // namespace integriteit
