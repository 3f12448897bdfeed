#pragma once
// Field rules of a declaratie and its lines. Reason and receipt may be missing in a draft; the
// workflow refuses the submission then (GC 9.3).

#include "claims/claim.h"

#include <QSqlDatabase>

namespace integriteit {

class ClaimValidator
{
public:
    explicit ClaimValidator(const QSqlDatabase &db) : m_db(db) {}

    // Description, notes and the advance (the person's own, not settled by another claim).
    void validate(const Claim &claim) const;
    // Date (not in the future), kind of cost (active, or the line's own old one), amount,
    // description, and the length of the reason. `previousCategory` may stay though inactive.
    void validate(const ClaimLine &line, const QDate &today, const QString &previousCategory = {}) const;
    // Before submission: at least one line, each with a reason and a receipt. The message names the
    // line by its number and date.
    static void requireComplete(const std::vector<ClaimLine> &lines);
    // One claim, one office: the line's date falls in an appointment kept by the same office as
    // the claim's other lines.
    void requireSameOffice(const Claim &claim, const ClaimLine &line) const;

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
