#pragma once
// The filter every register list shares: person, role, fractie, period, active/ended, search text.

#include "persons/person.h"
#include "common/currentdate.h"

#include <QDate>
#include <QString>
#include <optional>

namespace integriteit {

struct RegisterFilter
{
    // For registers with a period (nevenfuncties, financiële belangen) "active" means the record runs
    // on `today`; for dated records (gifts, invitations, trips, income) it means the person is in
    // office on `today`, so "ended" lists the records of former office holders.
    enum class Status { All, Active, Ended };

    qint64 personId = 0;                // 0: everybody
    std::optional<HolderRole> role;     // the role of the appointment the record belongs to
    QString faction;                    // fractie of that appointment; empty: all
    QDate from;                         // records that overlap [from, to]; a null date is open-ended
    QDate to;
    Status status = Status::All;
    QString text;                       // words matched against the record and the person's names
    bool flaggedOnly = false;           // only records that need attention
    QDate today = currentDate();
};

} // namespace integriteit
