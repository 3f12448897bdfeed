#include "tripvalidator.h"

#include "registers/common/fieldrules.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::TripValidator) };
}

void TripValidator::validate(const Trip &t, Office office, const QDate &today)
{
    using namespace fieldrules;
    require(t.personId > 0, "person", Tr::tr("Office holder: choose the office holder."));
    text(t.destination, "destination", Tr::tr("Destination"), 200, true);
    text(t.purpose, "purpose", Tr::tr("Purpose"), 1000, true);
    text(t.policyReasons, "policyReasons", Tr::tr("Policy reasons"), 2000, false);
    text(t.party, "party", Tr::tr("Party"), 1000, false);
    requiredDate(t.departure, "departure", Tr::tr("Departure"));
    plannedDate(t.departure, today, "departure", Tr::tr("Departure"));
    requiredDate(t.returnDate, "returnDate", Tr::tr("Return"));
    plannedDate(t.returnDate, today, "returnDate", Tr::tr("Return"));
    require(t.returnDate > t.departure, "returnDate",
            Tr::tr("Return: a foreign trip has at least one night, so the return is after the departure (GC 6.1)."));
    require(t.nights() <= 90, "returnDate", Tr::tr("Return: a trip of more than 90 nights is not an official trip."));
    amount(t.estimatedCosts, "estimatedCosts", Tr::tr("Estimated costs"));
    if (t.actualCosts) {
        amount(*t.actualCosts, "actualCosts", Tr::tr("Actual costs"));
        require(t.returnDate <= today, "actualCosts", Tr::tr("Actual costs: these are known after the return."));
    }
    text(t.thirdParty, "thirdParty", Tr::tr("Paid by"), 200, t.paidBy == TripPayer::ThirdParty);
    require(t.paidBy == TripPayer::ThirdParty || t.thirdParty.isEmpty(), "thirdParty",
            Tr::tr("Paid by: name a third party only when a third party pays."));
    require(!t.partnerTravels || (t.partnerInvitedByHost && t.partnerMunicipalInterest), "partner",
            Tr::tr("Partner: the partner travels at municipal cost only on the host's invitation and in the "
                   "municipal interest (GC 6.5); record both, or let the partner travel at own cost as a third person."));
    text(t.thirdPersons, "thirdPersons", Tr::tr("Third persons"), 1000, false);
    require(t.privateExtensionDays >= 0 && t.privateExtensionDays <= 60, "privateExtension",
            Tr::tr("Private extension: from 0 to 60 days, at own cost (GC 6.7)."));

    pastDate(t.conflictTestDate, today, "conflictTest", Tr::tr("Conflict-of-interest test"));
    require(t.conflictTestDate.isValid() == !t.conflictTestNotes.trimmed().isEmpty(), "conflictTest",
            Tr::tr("Conflict-of-interest test: fill in both the date and the outcome."));
    text(t.conflictTestNotes, "conflictTest", Tr::tr("Conflict-of-interest test"), 2000, false);

    const bool decided = t.decision || t.decidedBy || t.decisionDate.isValid();
    if (decided) {
        require(t.decision.has_value(), "decision", Tr::tr("Decision: choose allowed or refused."));
        require(t.decidedBy.has_value(), "decidedBy", Tr::tr("Decided by: choose who decided."));
        requiredDate(t.decisionDate, "decisionDate", Tr::tr("Date of the decision"));
        pastDate(t.decisionDate, today, "decisionDate", Tr::tr("Date of the decision"));
        require(*t.decidedBy == DecisionBody::College
                    || (*t.decidedBy == DecisionBody::SeniorsCouncil && office == Office::Griffie),
                "decidedBy",
                office == Office::Griffie
                    ? Tr::tr("Decided by: choose the college or the seniors' council.")
                    : Tr::tr("Decided by: the trips of the mayor and aldermen are decided by the college (GC 6.2)."));
        require(t.decisionDate <= t.departure, "decisionDate",
                Tr::tr("Date of the decision: permission is given before the trip (GC 6.2), not after the departure."));
        require(t.paidBy == TripPayer::Municipality || t.conflictTestDate.isValid(), "conflictTest",
                Tr::tr("Conflict-of-interest test: a trip paid by a third party is always tested for conflicts of "
                       "interest before the decision (GC 6.4)."));
        require(!t.conflictTestDate.isValid() || t.conflictTestDate <= t.decisionDate, "conflictTest",
                Tr::tr("Conflict-of-interest test: the test comes before the decision."));
    }
    text(t.decisionNotes, "decisionNotes", Tr::tr("Notes on the decision"), 2000, false);
    text(t.notes, "notes", Tr::tr("Notes"), 4000, false);
}

} // namespace integriteit
