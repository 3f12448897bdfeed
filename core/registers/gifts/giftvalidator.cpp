#include "giftvalidator.h"

#include "registers/common/fieldrules.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::GiftValidator) };
}

void GiftValidator::validate(const Gift &g, Money threshold, Office office, const QDate &today)
{
    using namespace fieldrules;
    require(g.personId > 0, "person", Tr::tr("Office holder: choose the office holder."));
    requiredDate(g.received, "received", Tr::tr("Received"));
    pastDate(g.received, today, "received", Tr::tr("Received"));
    text(g.giver, "giver", Tr::tr("Giver"), 200, true);
    text(g.description, "description", Tr::tr("Gift"), 500, true);
    amount(g.value, "value", Tr::tr("Estimated value"));
    text(g.occasion, "occasion", Tr::tr("Occasion"), 200, false);
    pastDate(g.reported, today, "reported", Tr::tr("Reported"));
    notBefore(g.reported, g.received, "reported", Tr::tr("Reported"), Tr::tr("Received"));
    const bool above = g.value > threshold;
    require(!above || g.reported.isValid(), "reported",
            Tr::tr("Reported: a gift above %1 (the threshold of %2) must be reported; fill in the date.")
                .arg(threshold.toDutch())
                .arg(g.received.year()));

    const bool decided = g.destination || g.decidedBy || g.decisionDate.isValid();
    if (decided) {
        require(g.destination.has_value(), "destination", Tr::tr("Destination: choose the destination."));
        require(g.decidedBy.has_value(), "decidedBy", Tr::tr("Decided by: choose who decided on the destination."));
        requiredDate(g.decisionDate, "decisionDate", Tr::tr("Date of the decision"));
        pastDate(g.decisionDate, today, "decisionDate", Tr::tr("Date of the decision"));
        notBefore(g.decisionDate, g.received, "decisionDate", Tr::tr("Date of the decision"), Tr::tr("Received"));
        require(*g.destination != GiftDestination::KeptByPerson || !above, "destination",
                Tr::tr("Destination: a gift above %1 belongs to the municipality and cannot be kept by the recipient.")
                    .arg(threshold.toDutch()));
        require(*g.decidedBy == officialFor(office) || *g.decidedBy == councilBodyFor(office), "decidedBy",
                Tr::tr("Decided by: for this office holder that is the %1 or the %2.")
                    .arg(decisionBodyName(officialFor(office)).toLower(),
                         decisionBodyName(councilBodyFor(office)).toLower()));
        require(!g.receivedAtHome || *g.decidedBy == councilBodyFor(office), "decidedBy",
                Tr::tr("Decided by: a gift received at home is decided on by the %1 (GC 5.1.5).")
                    .arg(decisionBodyName(councilBodyFor(office)).toLower()));
    }
    text(g.notes, "notes", Tr::tr("Notes"), 4000, false);
}

} // namespace integriteit
