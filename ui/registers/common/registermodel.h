#pragma once
// The lazy list of one register: RegisterKind::count() + page() in pages of 200, filtered and sorted
// in SQL, like PersonsModel. The kind formats the cells; the model only keeps the loaded rows.

#include "registerkind.h"

#include <QAbstractTableModel>

namespace integriteit {

class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int FlagRole = Qt::UserRole + 2; // the flag text; empty when none
    static constexpr int PageSize = 200;
    static constexpr int AnchorPages = 5;

    explicit RegisterModel(RegisterKind &kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-queries in SQL; never sorts the loaded rows in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-queries when the criteria differ from the current ones (or nothing was queried yet); with
    // requery false it only stores the filter, for the view's first sort() to run the query.
    void setFilter(const RegisterFilter &filter, bool requery = true);
    const RegisterFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    qint64 idAt(int row) const;
    // The row of a record, loading at most `extraPages` further pages to find it.
    std::optional<int> rowOf(qint64 id, int extraPages = 0);
    // Re-runs the query, keeping as many rows loaded as before so the view keeps its place.
    void reload();
    // After each re-query the model reads on (a few pages at most) until this record is loaded.
    void setAnchor(qint64 id) { m_anchor = id; }

Q_SIGNALS:
    void countChanged(int loaded, int total);
    void errorOccurred(const QString &message);

private:
    void requery(int rowsWanted);

    RegisterKind &m_kind;
    RegisterFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<RegisterRow> m_rows;
    int m_total = 0;
    qint64 m_anchor = 0;
    bool m_queried = false;
    bool m_busy = false; // a reset or insertion is being delivered
};

} // namespace integriteit
