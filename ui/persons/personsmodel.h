#pragma once
// The office holders list: a lazy table over PersonService::page(), filtered and sorted in SQL, so
// even a national database of 30,000 persons loads one page of 200 rows at a time.

#include "persons/personquery.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace integriteit {

class PersonService;

class PersonsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;
    static constexpr int AnchorPages = 5;

    explicit PersonsModel(PersonService &persons, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-queries in SQL; never sorts the loaded rows in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-queries only when the criteria differ from the current ones; with requery false it only
    // stores them, for the view's first sort() to run the one query at start-up.
    void setFilter(const PersonFilter &filter, bool requery = true);
    const PersonFilter &filter() const { return m_filter; }
    PersonColumn sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    // All rows matching the filter, loaded or not.
    int totalCount() const { return m_total; }

    qint64 idAt(int row) const;
    // The row of a person, loading at most `extraPages` further pages to find him.
    std::optional<int> rowOf(qint64 personId, int extraPages = 0);
    // Re-runs the query, keeping as many rows loaded as before so the view keeps its place.
    void reload();
    // After each re-query the model reads on (a few pages at most) until this person is loaded,
    // so a view can select him again after the reset. 0 for none.
    void setAnchor(qint64 personId) { m_anchor = personId; }

Q_SIGNALS:
    // After every (re)query and every page fetched: rows loaded and rows matching.
    void countChanged(int loaded, int total);
    // A query failed; the message is for the user. The model then shows what it had.
    void errorOccurred(const QString &message);

private:
    void requery(int rowsWanted);

    PersonService &m_persons;
    PersonFilter m_filter;
    PersonColumn m_sortColumn = PersonColumn::Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<PersonRow> m_rows;
    int m_total = 0;
    bool m_queried = false; // a filter equal to the current one re-queries only before the first query
    qint64 m_anchor = 0;
    bool m_busy = false; // a reset or insertion is being delivered
};

// The translated column title, shared by the model and the page's column menu.
QString personColumnTitle(PersonColumn column);

} // namespace integriteit
