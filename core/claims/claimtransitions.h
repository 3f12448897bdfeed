#pragma once
// The effects of one allowed workflow step on the stored claim, inside the caller's unit of work:
// the claim's columns (status, who submitted and checked, decision, payment), the event row, the
// warnings at submission and the settlement of the claim's advance. ClaimWorkflow has already
// decided that the step is allowed.

#include "auth/session.h"
#include "claims/claim.h"
#include "claims/claimworkflow.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class UnitOfWork;

class ClaimTransitions
{
public:
    ClaimTransitions(const QSqlDatabase &db, const User &user) : m_db(db), m_user(user) {}

    // Returns the claim as written.
    Claim apply(UnitOfWork &work, const Claim &before, const ClaimTransition &row, const TransitionInput &input,
                DecisionBody body, const QDate &today);

private:
    void writeClaim(const Claim &claim);
    void writeEvent(const Claim &before, const ClaimTransition &row, const TransitionInput &input, DecisionBody body);
    std::vector<ClaimWarning> recordWarnings(const Claim &claim, const QDate &today);
    void settleAdvance(UnitOfWork &work, const Claim &claim, const QDate &day);

    QSqlDatabase m_db;
    const User &m_user;
};

} // namespace integriteit
