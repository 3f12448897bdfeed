#pragma once
// The rules of a dienstreis (GC 6).

#include "auth/role.h"
#include "registers/trips/trip.h"
#include "common/currentdate.h"

namespace integriteit {

class TripValidator
{
public:
    // `office` keeps the person's records: the college always decides (GC 6.2); for the raad side
    // the seniorenconvent may (GC 6.4-6.7 "college dan wel seniorenconvent").
    static void validate(const Trip &trip, Office office, const QDate &today = currentDate());
};

} // namespace integriteit
