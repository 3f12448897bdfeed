#pragma once
// Read side of the nevenfuncties: filtered, sorted pages for the lazy list model.

#include "registers/common/registerfilter.h"
#include "registers/sidepositions/sideposition.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class SidePositionQuery
{
public:
    explicit SidePositionQuery(const QSqlDatabase &db) : m_db(db) {}

    int count(const RegisterFilter &filter) const;
    std::vector<SidePositionRow> page(const RegisterFilter &filter, SidePositionColumn sort, Qt::SortOrder order,
                                      int offset, int limit) const;
    // All positions of one person that run during part of `year`, for the yearly inventory.
    std::vector<SidePosition> positionsInYear(qint64 personId, int year) const;

    // The GC 3.6 flag as an SQL condition on alias r.
    static QString flagSql();

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
