#pragma once
// The CSV import at scale: a generated nevenfuncties file for office holders of the national demo
// database, imported through the services (rights, validation, audit), against sqlite3's own
// `.import` of the same file into a plain table.

#include <QString>

namespace integriteit::bench {

// Imports `rows` lines into a copy of the database at `path` (the original stays as it is).
void measureCsvImport(const QString &path, int rows);

} // namespace integriteit::bench
