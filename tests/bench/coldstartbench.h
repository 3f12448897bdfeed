#pragma once
// Cold start: the real executable, from exec to the first painted office holders list.

#include <QString>

namespace integriteit::bench {

void measureColdStart(const QString &executable, const QString &databasePath, int runs);

} // namespace integriteit::bench
