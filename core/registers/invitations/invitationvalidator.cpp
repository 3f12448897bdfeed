#include "invitationvalidator.h"

#include "registers/common/fieldrules.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::InvitationValidator) };
}

void InvitationValidator::validate(const Invitation &i, Office office, const QDate &today)
{
    using namespace fieldrules;
    require(i.personId > 0, "person", Tr::tr("Office holder: choose the office holder."));
    requiredDate(i.eventDate, "eventDate", Tr::tr("Date"));
    plannedDate(i.eventDate, today, "eventDate", Tr::tr("Date"));
    text(i.host, "host", Tr::tr("Host"), 200, true);
    text(i.description, "description", Tr::tr("Invitation"), 500, true);
    if (i.value)
        amount(*i.value, "value", Tr::tr("Estimated value"));
    require(!i.accepted || i.functional, "accepted",
            Tr::tr("Accepted: an invitation that is not part of the office is declined (GC 5.2.1)."));

    const bool decided = i.decision || i.decidedBy || i.decisionDate.isValid();
    if (decided) {
        require(i.decision.has_value(), "decision", Tr::tr("Decision: choose allowed or refused."));
        require(i.decidedBy.has_value(), "decidedBy", Tr::tr("Decided by: choose who decided."));
        requiredDate(i.decisionDate, "decisionDate", Tr::tr("Date of the decision"));
        pastDate(i.decisionDate, today, "decisionDate", Tr::tr("Date of the decision"));
        require(*i.decidedBy == councilBodyFor(office), "decidedBy",
                Tr::tr("Decided by: for this office holder that is the %1.")
                    .arg(decisionBodyName(councilBodyFor(office)).toLower()));
        require(!i.needsPriorDecision() || i.decisionDate <= i.eventDate, "decisionDate",
                Tr::tr("Date of the decision: an excursion or event is discussed beforehand (GC 5.2.2), so the "
                       "decision cannot be after the date of the invitation."));
        require(*i.decision == Verdict::Allowed || !i.accepted, "accepted",
                Tr::tr("Accepted: the invitation was refused, so it cannot have been accepted."));
    }
    text(i.decisionNotes, "decisionNotes", Tr::tr("Notes on the decision"), 2000, false);
    text(i.notes, "notes", Tr::tr("Notes"), 4000, false);
}

} // namespace integriteit
