#pragma once
// The printed overview of the yearly inventory (GC 3.4): one A4 document per office holder with his
// registered side positions of the year and a place for corrections, date and signature. Rendering
// only: the data comes from InventoryService::overview (report data first, architecture rule 8).
// Needs a QGuiApplication (fonts).

#include "registers/inventory/inventoryconfirmation.h"
#include "common/currentdate.h"

#include <QDate>
#include <QString>

namespace integriteit {

class InventoryOverviewPdf
{
public:
    // The document as HTML, in the user's language (Dutch by default).
    static QString html(const InventoryOverview &overview, const QString &municipality,
                        const QDate &printed = currentDate());
    // Writes the overview as an A4 PDF; throws Error(File) when the file cannot be written.
    static void write(const InventoryOverview &overview, const QString &municipality, const QString &path,
                      const QDate &printed = currentDate());
    // "Inventarisatie nevenfuncties 2026 - J. (Jan) Jansen.pdf": a file name without the characters
    // that file systems refuse.
    static QString fileName(const InventoryOverview &overview);
};

} // namespace integriteit
