#include "sideposition.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordstore.h"

namespace integriteit {

QVariantMap SidePosition::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("description"), description},
            {QStringLiteral("ex_officio"), exOfficio},
            {QStringLiteral("paid"), paid},
            {QStringLiteral("start_date"), nullableDate(start)},
            {QStringLiteral("end_date"), nullableDate(end)},
            {QStringLiteral("reported_date"), nullableDate(reported)},
            {QStringLiteral("raad_notified_date"), nullableDate(raadNotified)},
            {QStringLiteral("college_discussed_date"), nullableDate(collegeDiscussed)},
            {QStringLiteral("notes"), notes}};
}

SidePosition SidePosition::fromColumns(const QVariantMap &c)
{
    SidePosition s;
    s.id = c.value(QStringLiteral("id")).toLongLong();
    s.personId = c.value(QStringLiteral("person_id")).toLongLong();
    s.organisation = c.value(QStringLiteral("organisation")).toString();
    s.description = c.value(QStringLiteral("description")).toString();
    s.exOfficio = c.value(QStringLiteral("ex_officio")).toBool();
    s.paid = c.value(QStringLiteral("paid")).toBool();
    s.start = dutch::fromIso(c.value(QStringLiteral("start_date")).toString());
    s.end = dutch::fromIso(c.value(QStringLiteral("end_date")).toString());
    s.reported = dutch::fromIso(c.value(QStringLiteral("reported_date")).toString());
    s.raadNotified = dutch::fromIso(c.value(QStringLiteral("raad_notified_date")).toString());
    s.collegeDiscussed = dutch::fromIso(c.value(QStringLiteral("college_discussed_date")).toString());
    s.notes = c.value(QStringLiteral("notes")).toString();
    return s;
}

QString SidePosition::searchText() const
{
    return textsearch::normalize(organisation + QLatin1Char(' ') + description);
}

} // namespace integriteit
