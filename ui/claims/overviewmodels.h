#pragma once
// The overview tables (small: one year of totals or public lines), held in memory and sorted by
// a QSortFilterProxyModel on SortRole, which gives amounts in cents and dates as ISO text.

#include "claims/claimoverview.h"

#include <QAbstractTableModel>
#include <vector>

namespace integriteit {

// Totals per office holder per year per kind of cost (ClaimService::overview / publicTotals).
class OverviewTotalsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Person, Role, Year, Category, ClaimLines, Claimed, CardPayments, Card, Total, Count };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit OverviewTotalsModel(QObject *parent = nullptr);
    void setRows(std::vector<ClaimOverviewRow> rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<ClaimOverviewRow> m_rows;
};

// The public list of the college members' claims of one year: public fields only.
class PublicLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Person, Role, Number, Date, Category, Description, Amount, Count };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit PublicLinesModel(QObject *parent = nullptr);
    void setLines(std::vector<PublicClaimLine> lines);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<PublicClaimLine> m_lines;
};

} // namespace integriteit
