#pragma once
// How the long lists (office holders, register records, declaraties) load: on every re-query
// (filter, sort, a change signal) the first page; further pages of PageSize as the view scrolls
// (fetchMore); after a re-query the model reads on for an anchor record (a few pages at most) so
// the selection stays. Sorting and filtering are SQL's. A model supplies the query (countRows,
// pageRows) and the cells; this keeps the loaded rows.
//
// The count of matching rows is not needed to show the first page, and on a national register it
// costs as much as the page (a count of 200,000 nevenfuncties: 32 ms, the page: 5 ms). When the
// first page is full the count waits until the view has painted it (countAfterPaint), or until
// someone asks totalCount(); countChanged announces it then.

#include "common/error.h"

#include <QAbstractItemView>
#include <QAbstractTableModel>
#include <QEvent>
#include <QPointer>
#include <QTimer>

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

    // The rows matching the filter; runs a count still pending.
    int totalCount() const
    {
        if (m_countPending)
            const_cast<LazyModelBase *>(this)->resolveCount();
        return m_total;
    }
    bool countPending() const { return m_countPending; }
    // Runs a pending count and announces it through countChanged.
    void resolveCount()
    {
        if (!m_countPending)
            return;
        m_countPending = false;
        try {
            m_total = std::max(countRows(), rowCount());
        } catch (const Error &error) {
            m_total = rowCount(); // stop asking until the next re-query
            Q_EMIT errorOccurred(error.userMessage());
        }
        Q_EMIT countChanged(rowCount(), m_total);
    }
    // Announces the count when it is known; a pending one is announced when it has run.
    void announceCount()
    {
        if (!m_countPending)
            Q_EMIT countChanged(rowCount(), m_total);
    }
    // After every paint of `view` that finds the count pending, runs it once the paint is done.
    void countAfterPaint(QAbstractItemView *view) { view->viewport()->installEventFilter(this); }

    // After each re-query the model reads on (a few pages at most) until this record is loaded.
    void setAnchor(qint64 id) { m_anchor = id; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_countPending)
            QTimer::singleShot(0, this, &LazyModelBase::resolveCount);
        return QAbstractTableModel::eventFilter(watched, event);
    }

Q_SIGNALS:
    // After every (re)query and every page fetched, once the count is known: rows loaded and
    // rows matching.
    void countChanged(int loaded, int total);
    // A query failed; the message is for the user. The model then shows what it had.
    void errorOccurred(const QString &message);

protected:
    // Throws integriteit::Error; the model reports it through errorOccurred.
    virtual int countRows() = 0;

    int m_total = 0;            // rows matching; while a count is pending, the rows loaded
    bool m_countPending = false; // the first page was full and the count has not run yet
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
        return !parent.isValid() && !m_busy && (m_countPending || int(m_rows.size()) < m_total);
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
            m_total = int(m_rows.size()); // rows vanished between count and page, or no more
            m_countPending = false;
        } else {
            const int first = int(m_rows.size());
            m_busy = true;
            beginInsertRows({}, first, first + int(page.size()) - 1);
            std::move(page.begin(), page.end(), std::back_inserter(m_rows));
            endInsertRows();
            m_busy = false;
            m_total = std::max(m_total, int(m_rows.size()));
        }
        if (m_countPending)
            resolveCount(); // the user scrolls on: the count is due now, and announced
        else
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
    // Throws integriteit::Error; the model reports it through errorOccurred.
    virtual std::vector<Row> pageRows(int offset, int limit) = 0;
    virtual qint64 idOf(const Row &row) const = 0;

    void requery(int rowsWanted)
    {
        m_queried = true;
        std::vector<Row> rows;
        bool full = false; // the last page read was full: more rows may match
        try {
            rows = pageRows(0, rowsWanted);
            full = int(rows.size()) >= rowsWanted;
            // Read on for the anchor before the reset: inserting rows while views still handle the
            // reset would confuse them.
            const auto hasAnchor = [&] {
                return std::any_of(rows.begin(), rows.end(), [&](const Row &r) { return idOf(r) == m_anchor; });
            };
            for (int page = 0; m_anchor != 0 && page < AnchorPages && full && !hasAnchor(); ++page) {
                auto more = pageRows(int(rows.size()), PageSize);
                full = int(more.size()) >= PageSize;
                std::move(more.begin(), more.end(), std::back_inserter(rows));
            }
        } catch (const Error &error) {
            rows.clear();
            full = false;
            Q_EMIT errorOccurred(error.userMessage());
        }
        m_busy = true;
        beginResetModel();
        m_rows = std::move(rows);
        m_total = int(m_rows.size());
        m_countPending = full;
        endResetModel();
        m_busy = false;
        announceCount();
    }

    std::vector<Row> m_rows;
};

} // namespace integriteit
