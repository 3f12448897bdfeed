#pragma once
// Writes a register as a CSV file (CsvWriter: UTF-8 with BOM, `;`, formula guard), all columns or
// only the public ones (--public, "alleen openbare velden"), optionally of one year.

#include "csv/csvregister.h"

#include <functional>

class QIODevice;

namespace integriteit {

class Database;

class CsvExporter
{
public:
    // Rows done and total; return false to cancel (the caller discards the file).
    using Progress = std::function<bool(int done, int total)>;

    // The columns the file gets; throws Error(Validation) when the register has no public form
    // or needs a year that is not given.
    static QList<CsvColumn> columnsFor(const CsvRegister &target, const CsvExportOptions &options);
    // Returns the number of records written; *cancelled is set when the progress said stop.
    static int run(Database &database, CsvRegister &target, const CsvExportOptions &options, QIODevice &out,
                   const Progress &progress = {}, bool *cancelled = nullptr);
    // One record's cells, in the order of `columns`.
    static QStringList cells(const QList<CsvColumn> &columns, const QVariantMap &values);
};

} // namespace integriteit
