#pragma once
// The warnings a claim gets at submission: they do not block, they are recorded for the checker.
// GC 9.4 "in de regel binnen een maand": a cost of day D is in time up to and including
// D.addMonths(1) (QDate clamps to the month's last day: 31 January is in time up to 28 or 29
// February); the same for settling an advance. GC 9.1: the same person, date and amount, or the
// same receipt file, in any claim or card payment.

#include "claims/claim.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class SubmissionWarnings
{
public:
    explicit SubmissionWarnings(const QSqlDatabase &db) : m_db(db) {}

    // The last day a cost of `expenseDate` (or an advance paid that day) is in time.
    static QDate deadline(const QDate &date) { return date.addMonths(1); }
    static bool isLate(const QDate &date, const QDate &day) { return day > deadline(date); }

    // The warnings of `claim` with these lines when submitted on `day` (not yet stored).
    std::vector<ClaimWarning> compute(const Claim &claim, const std::vector<ClaimLine> &lines, const QDate &day) const;

private:
    void advances(const Claim &claim, const QDate &day, std::vector<ClaimWarning> &out) const;

    QSqlDatabase m_db;
};

} // namespace integriteit
