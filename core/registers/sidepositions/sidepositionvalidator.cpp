#include "sidepositionvalidator.h"

#include "registers/common/fieldrules.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SidePositionValidator) };
}

void SidePositionValidator::validate(const SidePosition &s, const QDate &today)
{
    using namespace fieldrules;
    require(s.personId > 0, "person", Tr::tr("Office holder: choose the office holder."));
    text(s.organisation, "organisation", Tr::tr("Organisation"), 200, true);
    text(s.description, "description", Tr::tr("Position"), 500, true);
    requiredDate(s.start, "start", Tr::tr("Start"));
    // A position may be registered before it starts: GC 3.6 asks for the intention to be discussed.
    plannedDate(s.start, today, "start", Tr::tr("Start"));
    plannedDate(s.end, today, "end", Tr::tr("End"));
    notBefore(s.end, s.start, "end", Tr::tr("End"), Tr::tr("Start"));
    pastDate(s.reported, today, "reported", Tr::tr("Reported"));
    pastDate(s.raadNotified, today, "raadNotified", Tr::tr("Reported to the council"));
    pastDate(s.collegeDiscussed, today, "collegeDiscussed", Tr::tr("Discussed in the college"));
    require(!s.exOfficio || (!s.raadNotified.isValid() && !s.collegeDiscussed.isValid()), "raadNotified",
            Tr::tr("Reported to the council: only a personal position is reported to the council and discussed in "
                   "the college; clear both dates for an ex officio position."));
    text(s.notes, "notes", Tr::tr("Notes"), 4000, false);
}

} // namespace integriteit
