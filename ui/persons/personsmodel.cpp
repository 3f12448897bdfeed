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
    : LazyRowsModel(parent)
    , m_persons(persons)
{
    // A changed name or appointment can move a row anywhere in the sort order, so both signals
    // re-query; the page keeps the selection by id across the reset.
    connect(&m_persons, &PersonService::personsChanged, this, &PersonsModel::reload);
    connect(&m_persons, &PersonService::personChanged, this, &PersonsModel::reload);
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

int PersonsModel::countRows()
{
    // "In office" is judged on today, also when the window stays open past midnight.
    m_filter.today = QDate::currentDate();
    return m_persons.count(m_filter);
}

std::vector<PersonRow> PersonsModel::pageRows(int offset, int limit)
{
    return m_persons.page(m_filter, m_sortColumn, m_sortOrder, offset, limit);
}

} // namespace integriteit
