#pragma once
// Dienstreis (GC 6): a foreign trip with at least one night, with the prior permission, who pays,
// the partner, third persons, a private extension and the conflict-of-interest test.

#include "common/money.h"
#include "registers/common/decisionbody.h"
#include "registers/common/recordperson.h"

#include <QDate>
#include <QVariantMap>
#include <optional>

namespace integriteit {

enum class TripPayer { Municipality, ThirdParty };
QString tripPayerCode(TripPayer payer); // "gemeente", "derde"
std::optional<TripPayer> tripPayerFromCode(const QString &code);
QString tripPayerName(TripPayer payer);

struct Trip
{
    qint64 id = 0;
    qint64 personId = 0;
    QString destination;
    QString purpose;               // doel (GC 6.3)
    QString policyReasons;         // beleidsoverwegingen (GC 6.3)
    QString party;                 // samenstelling van het gezelschap (GC 6.3)
    QDate departure;
    QDate returnDate;
    Money estimatedCosts;          // geraamde kosten (GC 6.3)
    std::optional<Money> actualCosts;
    TripPayer paidBy = TripPayer::Municipality;
    QString thirdParty;            // who pays, when a third party does
    bool partnerTravels = false;   // at municipal cost: only on the host's invitation and in the municipal interest (GC 6.5)
    bool partnerInvitedByHost = false;
    bool partnerMunicipalInterest = false;
    QString thirdPersons;          // at own cost only (GC 6.6)
    int privateExtensionDays = 0;  // at own cost (GC 6.7)
    std::optional<DecisionBody> decidedBy; // college, or the seniorenconvent for the raad side
    QDate decisionDate;
    std::optional<Verdict> decision;
    QString decisionNotes;
    QDate conflictTestDate;        // toets op belangenverstrengeling (GC 6.4)
    QString conflictTestNotes;
    QString notes;

    int nights() const { return int(departure.daysTo(returnDate)); }
    QVariantMap columns() const;
    static Trip fromColumns(const QVariantMap &columns);
    QString searchText() const;
};

enum class TripColumn { Person, Role, Faction, Departure, Return, Destination, Purpose, Estimated, Actual, PaidBy, Decision, Count };

struct TripRow
{
    Trip trip;
    RecordPerson person;
    bool needsPermission = false;   // no decision yet
    bool needsConflictTest = false; // paid by a third party, no test recorded
};

} // namespace integriteit
