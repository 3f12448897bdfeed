#include "registermodel.h"

#include "common/error.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace integriteit {

RegisterModel::RegisterModel(RegisterKind &kind, QObject *parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
    , m_sortColumn(kind.defaultSortColumn())
    , m_sortOrder(kind.defaultSortOrder())
{
    // A changed record can move anywhere in the sort order: re-query; the page keeps the
    // selection by id across the reset.
    connect(&m_kind, &RegisterKind::recordsChanged, this, &RegisterModel::reload);
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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

bool RegisterModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or insertion is being delivered (see PersonsModel).
    return !parent.isValid() && !m_busy && int(m_rows.size()) < m_total;
}

void RegisterModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<RegisterRow> page;
    try {
        page = m_kind.page(m_filter, m_sortColumn, m_sortOrder, int(m_rows.size()), PageSize);
    } catch (const Error &error) {
        m_total = int(m_rows.size()); // stop asking until the next re-query
        Q_EMIT errorOccurred(error.userMessage());
        return;
    }
    if (page.empty()) {
        m_total = int(m_rows.size()); // rows vanished between count and page
    } else {
        const int first = int(m_rows.size());
        m_busy = true;
        beginInsertRows({}, first, first + int(page.size()) - 1);
        std::move(page.begin(), page.end(), std::back_inserter(m_rows));
        endInsertRows();
        m_busy = false;
        m_total = std::max(m_total, int(m_rows.size()));
    }
    Q_EMIT countChanged(int(m_rows.size()), m_total);
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

void RegisterModel::reload()
{
    requery(std::max(PageSize, int(m_rows.size())));
}

qint64 RegisterModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

std::optional<int> RegisterModel::rowOf(qint64 id, int extraPages)
{
    const auto find = [&](size_t from) -> std::optional<int> {
        for (size_t i = from; i < m_rows.size(); ++i)
            if (m_rows[i].id == id)
                return int(i);
        return std::nullopt;
    };
    if (auto row = find(0))
        return row;
    for (int page = 0; page < extraPages && canFetchMore({}); ++page) {
        const size_t from = m_rows.size();
        fetchMore({});
        if (auto row = find(from))
            return row;
    }
    return std::nullopt;
}

void RegisterModel::requery(int rowsWanted)
{
    m_queried = true;
    // "Active" is judged on today, also when the window stays open past midnight.
    m_filter.today = QDate::currentDate();
    int total = 0;
    std::vector<RegisterRow> rows;
    try {
        total = m_kind.count(m_filter);
        rows = m_kind.page(m_filter, m_sortColumn, m_sortOrder, 0, rowsWanted);
        // Read on for the anchor before the reset: inserting rows while views still handle the
        // reset would confuse them.
        const auto hasAnchor = [&] {
            return std::any_of(rows.begin(), rows.end(), [&](const RegisterRow &r) { return r.id == m_anchor; });
        };
        for (int page = 0; m_anchor != 0 && page < AnchorPages && int(rows.size()) < total && !hasAnchor(); ++page) {
            auto more = m_kind.page(m_filter, m_sortColumn, m_sortOrder, int(rows.size()), PageSize);
            if (more.empty())
                break;
            std::move(more.begin(), more.end(), std::back_inserter(rows));
        }
    } catch (const Error &error) {
        total = 0;
        rows.clear();
        Q_EMIT errorOccurred(error.userMessage());
    }
    m_busy = true;
    beginResetModel();
    m_rows = std::move(rows);
    m_total = std::max(total, int(m_rows.size()));
    endResetModel();
    m_busy = false;
    Q_EMIT countChanged(int(m_rows.size()), m_total);
}

} // namespace integriteit
