#include "demo/registersteps.h"

#include "demo/partylandscape.h"

#include <algorithm>

namespace integriteit::demo {

std::vector<OfficeSpell> officeSpells(const DemoHolder &holder, const QDate &today)
{
    std::vector<OfficeSpell> spells;
    for (const Appointment &a : holder.appointments) {
        if (a.start > today)
            continue;
        const QDate to = a.end.isValid() ? std::min(a.end, today) : today;
        spells.push_back({ &a, a.start, to });
    }
    return spells;
}

const Appointment &ownerAt(const DemoHolder &holder, const QDate &day)
{
    // holder.appointments is in order of start and, for equal starts, of id.
    const Appointment *inOffice = nullptr;
    const Appointment *before = nullptr;
    for (const Appointment &a : holder.appointments) {
        if (a.start > day)
            break;
        if (a.isActiveOn(day) && (!inOffice || a.start > inOffice->start))
            inOffice = &a;
        if (!before || a.start > before->start)
            before = &a;
    }
    return inOffice ? *inOffice : before ? *before : holder.appointments.front();
}

QString placeName(const DemoBody &body)
{
    return everydayName(body.name);
}

} // namespace integriteit::demo
