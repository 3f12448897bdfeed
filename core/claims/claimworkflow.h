#pragma once
// The declaratie workflow as a transition table (architecture rule 4): from, action, to, who may
// take it, and the guards. Pure functions over a description of the claim and the user, so the
// whole table is tested row by row without a database; ClaimService feeds it the stored facts.

#include "claims/claimstatus.h"
#include "persons/person.h"
#include "registers/common/decisionbody.h"

#include <QDate>
#include <QString>
#include <optional>
#include <span>

namespace integriteit {

// Who takes a transition.
enum class ClaimActor {
    Office, // the office that keeps the claimant: griffie for raad/commissie, secretarie for college
    Mayor,  // the burgemeester (role Integrity) on a claim referred to him (GC 9.6)
};

// The guards of a row, as flags.
enum ClaimGuard : unsigned {
    NoGuard = 0,
    NeedsText = 0x1,       // a reason (return, reject, refer) or the note on the resolved doubt
    NeedsDate = 0x2,       // the payment date, the date of the body's decision
    NotChecker = 0x4,      // four eyes: not by the user who checked the claim
    NotSubmitter = 0x8,    // four eyes: not by the user who submitted the claim
    MayorsClaim = 0x10,    // only for the burgemeester's own claims (straight to the college, GC 9.6)
    NotMayorsClaim = 0x20, // never for the burgemeester's own claims
    BodyDecision = 0x40,   // records the decision of the seniorenconvent or college (GC 9.6-9.8)
    CompleteLines = 0x80,  // at least one line, each with a reason and a receipt (GC 9.3; the service checks)
};

struct ClaimTransition
{
    ClaimStatus from;
    ClaimAction action;
    ClaimStatus to;
    ClaimActor actor;
    unsigned guards;
};

// The facts about the claim the guards need.
struct ClaimFacts
{
    ClaimStatus status = ClaimStatus::Draft;
    std::optional<HolderRole> claimantRole; // of the appointment that owns the claim; none: nobody acts
    qint64 submittedBy = 0;                 // user ids, 0 when not (yet) done
    qint64 checkedBy = 0;
};

// The facts about the user.
struct ClaimUser
{
    qint64 userId = 0;
    bool administersClaimant = false; // Session::administers(office of the claimant)
    bool mayor = false;               // role Integrity
    bool isClaimant = false;          // the account is linked to the claimant's person
};

// What the user typed with the action.
struct TransitionInput
{
    QString text; // reason, note or decision
    QDate date;   // decision date or payment date
};

class ClaimWorkflow
{
public:
    static std::span<const ClaimTransition> table();
    // The row for (from, action), or nullptr: the transition is illegal.
    static const ClaimTransition *find(ClaimStatus from, ClaimAction action);

    // Checks status, claimant, user and four eyes, then the input. Throws Error: Workflow for an
    // illegal transition, Permission for the wrong user, Validation (naming the field) for missing
    // or wrong input. `since` is the day the claim reached its status: dates are not before it.
    static const ClaimTransition &authorize(const ClaimFacts &claim, ClaimAction action, const ClaimUser &user,
                                            const TransitionInput &input, const QDate &today, const QDate &since);
    // The same without the input checks: for enabling buttons.
    static const ClaimTransition &authorizeUser(const ClaimFacts &claim, ClaimAction action, const ClaimUser &user);
    // The actions this user may take now (input aside).
    static QList<ClaimAction> available(const ClaimFacts &claim, const ClaimUser &user);

    // The body that decides on doubt: the college for college members (GC 9.8) and the burgemeester
    // himself (GC 9.6), the seniorenconvent for raadsleden and commissieleden (GC 9.7).
    static DecisionBody bodyFor(HolderRole claimantRole);
};

} // namespace integriteit
