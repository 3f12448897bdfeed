#pragma once
// The declaraties list: a lazy table over ClaimService::page(), filtered and sorted in SQL, so a
// register of many years loads one page of 200 claims at a time (like PersonsModel).

#include "claims/claimquery.h"
#include "common/lazyrowsmodel.h"
#include "common/stringpool.h"

#include <optional>
#include <vector>

namespace integriteit {

class ClaimService;

class ClaimsModel : public LazyRowsModel<ClaimRow>
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ClaimsModel(ClaimService &claims, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Re-queries in SQL; never sorts the loaded rows in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // With requery false it only stores the filter, for the view's first sort() to query once.
    void setFilter(const ClaimFilter &filter, bool requery = true);
    const ClaimFilter &filter() const { return m_filter; }

    const ClaimRow *rowData(int row) const;

private:
    int countRows() override;
    std::vector<ClaimRow> pageRows(int offset, int limit) override;
    qint64 idOf(const ClaimRow &row) const override { return row.claim.id; }

    ClaimService &m_claims;
    StringPool m_texts; // the names and descriptions that recur, shared between rows
    ClaimFilter m_filter;
    ClaimColumn m_sortColumn = ClaimColumn::Number;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

// The translated column title, shared by the model and the page's column menu.
QString claimColumnTitle(ClaimColumn column);

} // namespace integriteit
