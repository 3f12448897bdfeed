#pragma once
// Today's local date, as QDate::currentDate() gives it, without its cost: QDate::currentDate()
// converts through the local time zone, and glibc reads the zone file's status again on every
// call (a tenth of a 100,000-row CSV import, which asks for today per row). The date is kept
// until the next local midnight.

#include <QDate>

namespace integriteit {

QDate currentDate();

} // namespace integriteit
