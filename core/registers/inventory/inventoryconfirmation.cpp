#include "inventoryconfirmation.h"

#include "common/dutchformat.h"
#include "registers/common/recordstore.h"

namespace integriteit {

QVariantMap InventoryConfirmation::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("year"), year},
            {QStringLiteral("confirmed_date"), nullableDate(confirmed)},
            {QStringLiteral("corrected"), corrected},
            {QStringLiteral("notes"), notes}};
}

InventoryConfirmation InventoryConfirmation::fromColumns(const QVariantMap &c)
{
    InventoryConfirmation i;
    i.id = c.value(QStringLiteral("id")).toLongLong();
    i.personId = c.value(QStringLiteral("person_id")).toLongLong();
    i.year = c.value(QStringLiteral("year")).toInt();
    i.confirmed = dutch::fromIso(c.value(QStringLiteral("confirmed_date")).toString());
    i.corrected = c.value(QStringLiteral("corrected")).toBool();
    i.notes = c.value(QStringLiteral("notes")).toString();
    return i;
}

} // namespace integriteit
