#pragma once
// The SQL writes of claims and their lines, inside the caller's unit of work. Rights, validation
// and the audit row are the service's; this keeps the columns in one place and the derived
// columns (reference date, total, number of lines, search text) current.

#include "claims/claim.h"

#include <QSqlDatabase>

namespace integriteit {

class ClaimStore
{
public:
    explicit ClaimStore(const QSqlDatabase &db) : m_db(db) {}

    // `keepId` puts a removed claim back under its old id and number (undo); otherwise the claim
    // gets the next number of its creation year. Returns the claim as stored.
    Claim insertClaim(const Claim &claim, bool keepId);
    void updateHeader(const Claim &claim);
    void deleteClaim(qint64 id);

    qint64 insertLine(const ClaimLine &line, bool keepId);
    void updateLine(const ClaimLine &line);
    void deleteLine(qint64 id);
    void setReceipt(qint64 lineId, qint64 receiptId); // 0 removes it

    // Recomputes reference date, total, number of lines and search text.
    void refresh(qint64 claimId);

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
