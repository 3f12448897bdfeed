#pragma once
// Read side of the geschenken, with the threshold of each gift's year.

#include "registers/common/registerfilter.h"
#include "registers/gifts/gift.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class GiftQuery
{
public:
    explicit GiftQuery(const QSqlDatabase &db) : m_db(db) {}

    int count(const RegisterFilter &filter) const;
    std::vector<GiftRow> page(const RegisterFilter &filter, GiftColumn sort, Qt::SortOrder order, int offset,
                              int limit) const;

    // Conditions on alias r: above the year's threshold without destination; received at home
    // without decision.
    static QString needsDestinationSql();
    static QString needsBodyDecisionSql();

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
