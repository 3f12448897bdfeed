#pragma once
// The declaraties list: a lazy table over ClaimService::page(), filtered and sorted in SQL, so a
// register of many years loads one page of 200 claims at a time (like PersonsModel).

#include "claims/claimquery.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace integriteit {

class ClaimService;

class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    explicit ClaimsModel(ClaimService &claims, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-queries in SQL; never sorts the loaded rows in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // With requery false it only stores the filter, for the view's first sort() to query once.
    void setFilter(const ClaimFilter &filter, bool requery = true);
    const ClaimFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }

    qint64 idAt(int row) const;
    // The loaded row of a claim, reading on at most `extraPages` pages.
    std::optional<int> rowOf(qint64 claimId, int extraPages = 0);
    const ClaimRow *rowData(int row) const;
    // Re-runs the query keeping as many rows loaded as before, so the view keeps its place.
    void reload();

Q_SIGNALS:
    void countChanged(int loaded, int total);
    void errorOccurred(const QString &message);

private:
    void requery(int rowsWanted);

    ClaimService &m_claims;
    ClaimFilter m_filter;
    ClaimColumn m_sortColumn = ClaimColumn::Number;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<ClaimRow> m_rows;
    int m_total = 0;
    bool m_busy = false; // a reset or insertion is being delivered
};

// The translated column title, shared by the model and the page's column menu.
QString claimColumnTitle(ClaimColumn column);

} // namespace integriteit
