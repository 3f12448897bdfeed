#pragma once
// Who decides on a register matter: the office itself for the routine case, the seniorenconvent
// (raad side) or the college (college side) on doubt or where the code says so ("respectievelijk").

#include "auth/role.h"

#include <QString>
#include <optional>

namespace integriteit {

enum class DecisionBody {
    Clerk,          // griffier
    Secretary,      // gemeentesecretaris
    SeniorsCouncil, // seniorenconvent
    College,        // college van B&W
};

QString decisionBodyCode(DecisionBody body); // "griffier", "secretaris", "seniorenconvent", "college"
std::optional<DecisionBody> decisionBodyFromCode(const QString &code);
QString decisionBodyName(DecisionBody body); // translated
// The body that discusses doubtful matters of the persons this office keeps.
DecisionBody councilBodyFor(Office office);
// The official who keeps the register of this office.
DecisionBody officialFor(Office office);
bool isCouncilBody(DecisionBody body);

// The outcome of a prior decision on an invitation or trip.
enum class Verdict { Allowed, Refused };
QString verdictCode(Verdict verdict); // "toegestaan", "afgewezen"
std::optional<Verdict> verdictFromCode(const QString &code);
QString verdictName(Verdict verdict);

} // namespace integriteit
