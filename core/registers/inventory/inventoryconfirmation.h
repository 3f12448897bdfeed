#pragma once
// The yearly inventory of nevenfuncties (GC 3.4): each office holder gets an overview of his
// registered positions to confirm or correct; the confirmation is recorded per person per year.

#include "registers/common/recordperson.h"
#include "registers/sidepositions/sideposition.h"

#include <QDate>
#include <QVariantMap>
#include <optional>
#include <vector>

namespace integriteit {

struct InventoryConfirmation
{
    qint64 id = 0;
    qint64 personId = 0;
    int year = 0;
    QDate confirmed;
    bool corrected = false; // the person corrected the overview; notes say what
    QString notes;

    QVariantMap columns() const;
    static InventoryConfirmation fromColumns(const QVariantMap &columns);
};

// Data of the printed overview (report data first; rendering is a separate step).
struct InventoryOverview
{
    qint64 personId = 0;
    QString displayName;
    int year = 0;
    std::vector<SidePosition> positions; // every position that ran during part of the year
    std::optional<InventoryConfirmation> confirmation;
};

// One line of "who has (not) confirmed for the year".
struct InventoryStatusRow
{
    RecordPerson person;
    std::optional<InventoryConfirmation> confirmation;
};

} // namespace integriteit
