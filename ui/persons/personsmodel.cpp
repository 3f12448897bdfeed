#include "personsmodel.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "persons/personservice.h"

#include <QCoreApplication>

#include <algorithm>

namespace integriteit {

namespace {
constexpr int kColumnCount = int(PersonColumn::Count);

QString statusText(const PersonRow &row, const QDate &today)
{
    if (!row.role || !row.start.isValid())
        return PersonsModel::tr("No appointment");
    if (row.active)
        return PersonsModel::tr("In office");
    if (row.start > today)
        return PersonsModel::tr("Not yet in office");
    return PersonsModel::tr("Former");
}
} // namespace

QString personColumnTitle(PersonColumn column)
{
    switch (column) {
    case PersonColumn::Name:
        return PersonsModel::tr("Name");
    case PersonColumn::Role:
        return PersonsModel::tr("Role");
    case PersonColumn::Faction:
        return PersonsModel::tr("Party group");
    case PersonColumn::Organisation:
        return PersonsModel::tr("Body");
    case PersonColumn::Start:
        return PersonsModel::tr("Since");
    case PersonColumn::End:
        return PersonsModel::tr("Until");
    case PersonColumn::Status:
        return PersonsModel::tr("Status");
    case PersonColumn::Count:
        break;
    }
    return {};
}

PersonsModel::PersonsModel(PersonService &persons, QObject *parent)
    : QAbstractTableModel(parent)
    , m_persons(persons)
{
    // A changed name or appointment can move a row anywhere in the sort order, so both signals
    // re-query; the page keeps the selection by id across the reset.
    connect(&m_persons, &PersonService::personsChanged, this, &PersonsModel::reload);
    connect(&m_persons, &PersonService::personChanged, this, &PersonsModel::reload);
}

int PersonsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PersonsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QVariant PersonsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonRow &row = m_rows[size_t(index.row())];
    if (role == IdRole)
        return row.id;
    if (role == Qt::ToolTipRole && index.column() == int(PersonColumn::Name))
        return row.displayName;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (PersonColumn(index.column())) {
    // "Bruijn, Marieke de": the list is sorted on the last name, so that is what it shows first.
    case PersonColumn::Name:
        return row.sortName;
    case PersonColumn::Role:
        return row.role ? holderRoleName(*row.role) : QString();
    case PersonColumn::Faction:
        return row.faction;
    case PersonColumn::Organisation:
        return row.organisation;
    case PersonColumn::Start:
        return dutch::date(row.start);
    case PersonColumn::End:
        return dutch::date(row.end);
    case PersonColumn::Status:
        return statusText(row, m_filter.today);
    case PersonColumn::Count:
        break;
    }
    return {};
}

QVariant PersonsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < kColumnCount)
        return personColumnTitle(PersonColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool PersonsModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a reset or insertion is being delivered: listeners after the asker have not seen it
    // yet, and a nested fetch would load the same page twice. Views ask again when they lay out.
    return !parent.isValid() && !m_busy && int(m_rows.size()) < m_total;
}

void PersonsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<PersonRow> page;
    try {
        page = m_persons.page(m_filter, m_sortColumn, m_sortOrder, int(m_rows.size()), PageSize);
    } catch (const Error &error) {
        m_total = int(m_rows.size()); // stop asking until the next re-query
        Q_EMIT errorOccurred(error.userMessage());
        return;
    }
    if (page.empty()) {
        // Rows vanished between count and page (another window wrote); the next signal re-queries.
        m_total = int(m_rows.size());
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

void PersonsModel::sort(int column, Qt::SortOrder order)
{
    // -1 is "unsorted" for a view; the list always has an order, so it falls back to the name.
    m_sortColumn = column >= 0 && column < kColumnCount ? PersonColumn(column) : PersonColumn::Name;
    m_sortOrder = order;
    requery(PageSize);
}

void PersonsModel::setFilter(const PersonFilter &filter, bool requeryNow)
{
    const bool same = filter.text == m_filter.text && filter.status == m_filter.status && filter.role == m_filter.role
        && filter.organisationId == m_filter.organisationId && filter.faction == m_filter.faction;
    m_filter = filter;
    if (requeryNow && (!same || !m_queried))
        requery(PageSize);
}

void PersonsModel::reload()
{
    requery(std::max(PageSize, int(m_rows.size())));
}

qint64 PersonsModel::idAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : 0;
}

std::optional<int> PersonsModel::rowOf(qint64 personId, int extraPages)
{
    const auto find = [&](size_t from) -> std::optional<int> {
        for (size_t i = from; i < m_rows.size(); ++i)
            if (m_rows[i].id == personId)
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

void PersonsModel::requery(int rowsWanted)
{
    m_queried = true;
    // "In office" is judged on today, also when the window stays open past midnight.
    m_filter.today = QDate::currentDate();
    int total = 0;
    std::vector<PersonRow> rows;
    try {
        total = m_persons.count(m_filter);
        rows = m_persons.page(m_filter, m_sortColumn, m_sortOrder, 0, rowsWanted);
        // Read on for the anchor before the reset: inserting rows while views still handle the
        // reset would confuse them.
        const auto hasAnchor = [&] {
            return std::any_of(rows.begin(), rows.end(), [&](const PersonRow &r) { return r.id == m_anchor; });
        };
        for (int page = 0; m_anchor != 0 && page < AnchorPages && int(rows.size()) < total && !hasAnchor(); ++page) {
            auto more = m_persons.page(m_filter, m_sortColumn, m_sortOrder, int(rows.size()), PageSize);
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
