#pragma once
// Read side of the neveninkomsten: pages for the list and the yearly totals of one person.

#include "registers/common/registerfilter.h"
#include "registers/income/sideincome.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class SideIncomeQuery
{
public:
    explicit SideIncomeQuery(const QSqlDatabase &db) : m_db(db) {}

    // The period filter selects income years that overlap [from, to].
    int count(const RegisterFilter &filter) const;
    std::vector<SideIncomeRow> page(const RegisterFilter &filter, SideIncomeColumn sort, Qt::SortOrder order,
                                    int offset, int limit) const;
    // The person's income in `year`, split into personal and ex officio (q.q.) positions.
    std::pair<Money, Money> totals(qint64 personId, int year) const;

    // Conditions on alias r (a row of the joined income view): the person was a full-time wethouder
    // or the burgemeester during the income year, so the income must be published.
    static QString mustPublishSql();
    // Income rows joined with their position (alias it r): person_id, organisation, year,
    // first_day and last_day of the year, published_date, ...
    static QString viewSql();

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
