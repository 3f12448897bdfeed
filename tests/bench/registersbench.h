#pragma once
// In-process figures of the registers and declaraties on the national database: the nevenfuncties
// list and its search, the claims list and scrolling, the overview per person and year, and the
// duplicate check and save of a claim line.

#include <QString>

namespace integriteit::bench {

void measureRegisters(const QString &databasePath);

} // namespace integriteit::bench
