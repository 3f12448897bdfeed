#include "sideincome.h"

#include "common/dutchformat.h"
#include "registers/common/recordstore.h"

namespace integriteit {

QVariantMap SideIncome::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("position_id"), positionId},
            {QStringLiteral("year"), year},
            {QStringLiteral("amount_cents"), qint64(amount.cents())},
            {QStringLiteral("published_date"), nullableDate(published)},
            {QStringLiteral("notes"), notes}};
}

SideIncome SideIncome::fromColumns(const QVariantMap &c)
{
    SideIncome i;
    i.id = c.value(QStringLiteral("id")).toLongLong();
    i.positionId = c.value(QStringLiteral("position_id")).toLongLong();
    i.year = c.value(QStringLiteral("year")).toInt();
    i.amount = Money::fromCents(c.value(QStringLiteral("amount_cents")).toLongLong());
    i.published = dutch::fromIso(c.value(QStringLiteral("published_date")).toString());
    i.notes = c.value(QStringLiteral("notes")).toString();
    return i;
}

} // namespace integriteit
