#pragma once
// The states of a declaratie and the actions that move it (GC 9.2: "een daartoe vastgestelde
// administratieve procedure"); the allowed moves are the table in claimworkflow.cpp.

#include <QList>
#include <QString>
#include <optional>

namespace integriteit {

enum class ClaimStatus {
    Draft,           // concept: lines are entered and may change
    Submitted,       // ingediend
    Checked,         // gecontroleerd by the designated official (GC 9.5)
    ReferredToMayor, // voorgelegd aan de burgemeester on doubt (GC 9.6)
    ReferredToBody,  // ter besluitvorming bij het college of het seniorenconvent (GC 9.6-9.8)
    Approved,        // goedgekeurd
    Rejected,        // afgewezen
    Paid,            // betaald
};

enum class ClaimAction {
    Submit,        // indienen
    Return,        // terugsturen ter correctie
    Check,         // controleren
    Approve,       // goedkeuren (or the body's positive decision)
    Reject,        // afwijzen (or the body's negative decision)
    ReferToMayor,  // voorleggen aan de burgemeester
    ReferToBody,   // ter besluitvorming voorleggen aan college / seniorenconvent
    Resolve,       // twijfel weggenomen: the burgemeester sends it back for the normal approval
    Pay,           // betalen
};

QString claimStatusCode(ClaimStatus status); // "concept", ...: storage, CLI, CSV
std::optional<ClaimStatus> claimStatusFromCode(const QString &code);
QString claimStatusName(ClaimStatus status); // translated
QList<ClaimStatus> allClaimStatuses();
// No action leads out of it.
bool isFinal(ClaimStatus status);

QString claimActionCode(ClaimAction action); // "indienen", ...
std::optional<ClaimAction> claimActionFromCode(const QString &code);
QString claimActionName(ClaimAction action); // translated, as on a button: "Approve"
QList<ClaimAction> allClaimActions();

} // namespace integriteit
