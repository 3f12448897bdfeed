#pragma once
// Declaraties (GC 8, 9): drafts with their lines and receipts, the workflow of the transition table
// (claimworkflow.h) with its warnings, lists for lazy models, history. Every write is one unit of
// work with one audit row on entity "claim" (lines and receipts included, so the claim's history
// tells the whole story); the workflow steps are also kept in claim_events.

#include "claims/claimoverview.h"
#include "claims/claimquery.h"
#include "claims/claimworkflow.h"
#include "claims/receipt.h"
#include "storage/auditlog.h"
#include "common/currentdate.h"

#include <QObject>
#include <optional>
#include <vector>

namespace integriteit {

class Database;
class Session;

// What removing a draft takes away, so undo can put it back under the same ids.
struct ClaimSnapshot
{
    Claim claim;
    std::vector<ClaimLine> lines;
    std::vector<Receipt> receipts; // with their bytes
};

struct LineSnapshot
{
    ClaimLine line;
    std::optional<Receipt> receipt;
};

class ClaimService : public QObject
{
    Q_OBJECT
public:
    ClaimService(Database &database, const Session &session, QObject *parent = nullptr);

    // Reads: the office that keeps the claimant, the burgemeester and the auditor.
    Claim claim(qint64 id) const;
    std::vector<ClaimLine> lines(qint64 claimId) const;
    ClaimLine line(qint64 lineId) const;
    // The line's receipt; `withData` false for name and size only. NotFound when there is none.
    Receipt receipt(qint64 lineId, bool withData = true) const;
    std::vector<ClaimWarning> warnings(qint64 claimId) const;
    std::vector<ClaimEvent> events(qint64 claimId) const;
    std::vector<AuditEntry> history(qint64 claimId) const;
    int count(const ClaimFilter &filter) const;
    std::vector<ClaimRow> page(const ClaimFilter &filter, ClaimColumn sort, Qt::SortOrder order, int offset,
                               int limit) const;
    // Probable duplicates of a line being entered (same person, date and amount; same file), for
    // the line dialog to warn at once; the same look-ups run at submission.
    std::vector<DuplicateHit> probableDuplicates(const ClaimLine &line, const QByteArray &receiptBytes = {}) const;

    // Totals per person per year per kind of cost, of the claims the user may see.
    std::vector<ClaimOverviewRow> overview(const ClaimOverviewFilter &filter) const;
    // The public overview of the college members' claims (GC: public register): totals and the
    // list, public fields only. Every logged-in user.
    std::vector<ClaimOverviewRow> publicTotals(int year) const;
    std::vector<PublicClaimLine> publicLines(int year) const;

    // For enabling buttons; the writes check again.
    bool mayCreate(qint64 personId, const QDate &today = currentDate()) const;
    bool mayEdit(const Claim &claim) const;
    QList<ClaimAction> availableActions(const Claim &claim) const;
    // Why this user may not take `action` now (the message the transition would throw, input
    // aside); empty when he may. For a disabled button's tooltip.
    QString refusal(const Claim &claim, ClaimAction action) const;

    // Drafts. Only a claim in status Draft changes; the office that keeps the person, not himself.
    qint64 create(const Claim &claim, const QDate &today = currentDate());
    // Description, notes and advance.
    void update(const Claim &claim);
    // Only a draft that was never submitted; returns what undo needs.
    ClaimSnapshot remove(qint64 id);
    void restore(const ClaimSnapshot &snapshot);

    qint64 addLine(const ClaimLine &line, const QDate &today = currentDate());
    void updateLine(const ClaimLine &line, const QDate &today = currentDate());
    LineSnapshot removeLine(qint64 lineId);
    void restoreLine(const LineSnapshot &snapshot);
    // Stores the file with its SHA-256 as the line's proof of payment, replacing an earlier one.
    // Returns the receipt's id.
    qint64 attachReceipt(qint64 lineId, const QString &fileName, const QByteArray &data);
    void detachReceipt(qint64 lineId);

    // The workflow. Throws Error(Workflow) for an illegal transition, Permission for the wrong user
    // (role, own claim, four eyes), Validation for a missing reason, date or line field.
    void transition(qint64 id, ClaimAction action, const TransitionInput &input = {},
                    const QDate &today = currentDate());
    // transition(Submit), returning the warnings recorded.
    std::vector<ClaimWarning> submit(qint64 id, const QDate &today = currentDate());

Q_SIGNALS:
    void claimChanged(qint64 id, qint64 personId);
    // Claims were added or removed.
    void claimsChanged(qint64 personId);

private:
    Claim requireDraft(qint64 claimId) const;
    // A line without the read check of its claim: for the writes, whose requireDraft() checks more.
    ClaimLine lineOfDraft(qint64 lineId) const;

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
