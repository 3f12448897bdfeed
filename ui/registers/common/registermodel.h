#pragma once
// The lazy list of one register: RegisterKind::count() + page() in pages of 200, filtered and sorted
// in SQL, like PersonsModel. The kind formats the cells; the model only keeps the loaded rows.

#include "common/lazyrowsmodel.h"
#include "common/stringpool.h"
#include "registerkind.h"

namespace integriteit {

class RegisterModel : public LazyRowsModel<RegisterRow>
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int FlagRole = Qt::UserRole + 2; // the flag text; empty when none

    explicit RegisterModel(RegisterKind &kind, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // Re-queries in SQL; never sorts the loaded rows in memory.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Re-queries when the criteria differ from the current ones (or nothing was queried yet); with
    // requery false it only stores the filter, for the view's first sort() to run the query.
    void setFilter(const RegisterFilter &filter, bool requery = true);
    const RegisterFilter &filter() const { return m_filter; }

private:
    int countRows() override;
    std::vector<RegisterRow> pageRows(int offset, int limit) override;
    qint64 idOf(const RegisterRow &row) const override { return row.id; }

    RegisterKind &m_kind;
    StringPool m_texts; // the cells that recur, shared between rows
    RegisterFilter m_filter;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace integriteit
