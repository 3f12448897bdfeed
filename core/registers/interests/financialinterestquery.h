#pragma once
// Read side of the financiële belangen.

#include "registers/common/registerfilter.h"
#include "registers/interests/financialinterest.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class FinancialInterestQuery
{
public:
    explicit FinancialInterestQuery(const QSqlDatabase &db) : m_db(db) {}

    int count(const RegisterFilter &filter) const;
    std::vector<FinancialInterestRow> page(const RegisterFilter &filter, FinancialInterestColumn sort,
                                           Qt::SortOrder order, int offset, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
