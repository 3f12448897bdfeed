#pragma once
// The demo steps that fill the registers and the declaraties of one body, after the office holders.
// Every record goes through its service (validator, rights, audit row), inside the body's unit of
// work, so the demo data obeys the same rules as data typed in the window.

#include "demo/democontext.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QStringList>

namespace integriteit::demo {

// Nevenfuncties with their neveninkomsten, the settlement parameters and decisions, and the yearly
// inventory confirmations (registerpositions.cpp).
void addSidePositions(DemoContext &context);
// Financiële belangen, geschenken (with the thresholds), uitnodigingen, dienstreizen (registerevents.cpp).
void addRegisterEvents(DemoContext &context);
// Declaraties with their lines, receipts and workflow, and advances (claimsstep.cpp).
void addClaims(DemoContext &context);
// Creditcards of college members with their statements, payments and invoices (cardsstep.cpp).
void addCreditCards(DemoContext &context);

// One stretch of office of a holder in this body, cut off at today.
struct OfficeSpell
{
    const Appointment *appointment;
    QDate from;
    QDate to;
    bool college() const { return appointment->role == HolderRole::Alderman || appointment->role == HolderRole::Mayor; }
    // Full-time wethouder or burgemeester: must publish income, settlement may apply.
    bool fullTimeCollege() const
    {
        return appointment->role == HolderRole::Mayor
            || (appointment->role == HolderRole::Alderman && appointment->fractionPct >= 100);
    }
};
std::vector<OfficeSpell> officeSpells(const DemoHolder &holder, const QDate &today);

// The appointment that owns a record of the holder dated `day`, by the rule of RecordOwner (a
// raadslid installed as wethouder on the day his council seat ends has two on that day): the one
// in office that began last, else the latest that began before, else the first.
const Appointment &ownerAt(const DemoHolder &holder, const QDate &day);

// "Beek" for "Beek (L.)": how the place is named inside organisation names.
QString placeName(const DemoBody &body);

} // namespace integriteit::demo
