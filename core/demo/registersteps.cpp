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

QByteArray demoReceipt(const QString &label)
{
    // A one-page PDF whose only content is the label: valid enough for the MIME check and a viewer
    // that tolerates a missing cross-reference table, and some 150 bytes.
    QByteArray pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                     "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                     "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 226 340]>>endobj\n% Kassabon ";
    pdf += label.toUtf8();
    pdf += "\n%%EOF\n";
    return pdf;
}

} // namespace integriteit::demo
