#pragma once
// The list figures of the foundation targets as the user meets them: the nevenfuncties list and
// the claims list built, shown offscreen and painted, a search keystroke, a scroll to the end,
// the claims overviews and the duplicate check and save of a claim line.

#include <QString>

namespace integriteit::bench {

void measureLists(const QString &databasePath, bool firstScreensOnly = false);

} // namespace integriteit::bench
