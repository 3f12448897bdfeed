#pragma once
// Read side of the dienstreizen.

#include "registers/common/registerfilter.h"
#include "registers/trips/trip.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class TripQuery
{
public:
    explicit TripQuery(const QSqlDatabase &db) : m_db(db) {}

    // The period filter selects trips that overlap [from, to].
    int count(const RegisterFilter &filter) const;
    std::vector<TripRow> page(const RegisterFilter &filter, TripColumn sort, Qt::SortOrder order, int offset,
                              int limit) const;
    // Conditions on alias r.
    static QString needsPermissionSql() { return QStringLiteral("(r.decision IS NULL)"); }
    static QString needsConflictTestSql()
    {
        return QStringLiteral("(r.paid_by = 'derde' AND r.conflict_test_date IS NULL)");
    }

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
