#pragma once
// How the long lists (office holders, register records, declaraties) load: on every re-query
// (filter, sort, a change signal) a count and the first page; further pages of PageSize as the
// view scrolls (fetchMore); after a re-query the model reads on for an anchor record (a few pages
// at most) so the selection stays. Sorting and filtering are SQL's. A model supplies the query
// (countRows, pageRows) and the cells; this keeps the loaded rows.

#include "common/error.h"

#include <QAbstractTableModel>

#include <algorithm>
#include <iterator>
#include <optional>
#include <vector>

namespace integriteit {

// The signals and state every lazy list model has (a class template cannot declare signals).
class LazyModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PageSize = 200;
    static constexpr int AnchorPages = 5;

    using QAbstractTableModel::QAbstractTableModel;

    int totalCount() const { return m_total; }
    // After each re-query the model reads on (a few pages at most) until this record is loaded.
    void setAnchor(qint64 id) { m_anchor = id; }

Q_SIGNALS:
    // After every (re)query and every page fetched: rows loaded and rows matching.
    void countChanged(int loaded, int total);
    // A query failed; the message is for the user. The model then shows what it had.
    void errorOccurred(const QString &message);

protected:
    int m_total = 0;
    qint64 m_anchor = 0;
    bool m_queried = false; // a first query has run
    bool m_busy = false;    // a reset or insertion is being delivered
};

template <class Row>
class LazyRowsModel : public LazyModelBase
{
public:
    using LazyModelBase::LazyModelBase;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    bool canFetchMore(const QModelIndex &parent) const override
    {
        // Not while a reset or insertion is being delivered: a view asking then would insert rows
        // into a model it is still taking apart.
        return !parent.isValid() && !m_busy && int(m_rows.size()) < m_total;
    }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        std::vector<Row> page;
        try {
            page = pageRows(int(m_rows.size()), PageSize);
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

    qint64 idAt(int row) const { return row >= 0 && row < int(m_rows.size()) ? idOf(m_rows[size_t(row)]) : 0; }

    // The row of a record, loading at most `extraPages` further pages to find it.
    std::optional<int> rowOf(qint64 id, int extraPages = 0)
    {
        const auto find = [&](size_t from) -> std::optional<int> {
            for (size_t i = from; i < m_rows.size(); ++i)
                if (idOf(m_rows[i]) == id)
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

    // Re-runs the query, keeping as many rows loaded as before so the view keeps its place.
    void reload() { requery(std::max(PageSize, int(m_rows.size()))); }

protected:
    // Both throw integriteit::Error; the model reports it through errorOccurred.
    virtual int countRows() = 0;
    virtual std::vector<Row> pageRows(int offset, int limit) = 0;
    virtual qint64 idOf(const Row &row) const = 0;

    void requery(int rowsWanted)
    {
        m_queried = true;
        int total = 0;
        std::vector<Row> rows;
        try {
            total = countRows();
            rows = pageRows(0, rowsWanted);
            // Read on for the anchor before the reset: inserting rows while views still handle the
            // reset would confuse them.
            const auto hasAnchor = [&] {
                return std::any_of(rows.begin(), rows.end(), [&](const Row &r) { return idOf(r) == m_anchor; });
            };
            for (int page = 0; m_anchor != 0 && page < AnchorPages && int(rows.size()) < total && !hasAnchor();
                 ++page) {
                auto more = pageRows(int(rows.size()), PageSize);
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

    std::vector<Row> m_rows;
};

} // namespace integriteit
