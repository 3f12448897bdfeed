#pragma once
// In-process figures on the national database: the first screen, scrolling the whole list, a
// search keystroke, sorting, saving one edit, and the login.

#include <QString>

namespace integriteit::bench {

void measurePersonsList(const QString &databasePath);

} // namespace integriteit::bench
