#pragma once
// The office holders list: a lazy table over PersonService::page(), filtered and sorted in SQL, so
// even a national database of 30,000 persons loads one page of 200 rows at a time.

#include "common/lazyrowsmodel.h"
#include "persons/personquery.h"

#include <optional>
#include <vector>

namespace integriteit {

class PersonService;

class PersonsModel : public LazyRowsModel<PersonRow>
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PersonsModel(PersonService &persons, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Re-queries in SQL; never sorts the loaded rows in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-queries only when the criteria differ from the current ones; with requery false it only
    // stores them, for the view's first sort() to run the one query at start-up.
    void setFilter(const PersonFilter &filter, bool requery = true);
    const PersonFilter &filter() const { return m_filter; }
    PersonColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

private:
    int countRows() override;
    std::vector<PersonRow> pageRows(int offset, int limit) override;
    qint64 idOf(const PersonRow &row) const override { return row.id; }

    PersonService &m_persons;
    PersonFilter m_filter;
    PersonColumn m_sortColumn = PersonColumn::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

// The translated column title, shared by the model and the page's column menu.
QString personColumnTitle(PersonColumn column);

} // namespace integriteit
