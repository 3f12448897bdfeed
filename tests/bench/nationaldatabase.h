#pragma once
// The benchmark's database: the national demo (about 30,000 office holders across 375 bodies),
// made once through DatabaseSetup and DemoGenerator and kept in ${TMPDIR:-/tmp} for later runs.

#include <QString>

namespace integriteit::bench {

inline const QString kBenchUser = QStringLiteral("beheerder");
inline const QString kBenchPassword = QStringLiteral("bench-wachtwoord");

QString nationalDatabasePath();
// Creates the database when it is not there yet; returns the seconds that took (0 when cached).
double ensureNationalDatabase(const QString &path);

} // namespace integriteit::bench
