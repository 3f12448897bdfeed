#include "officeplan.h"

#include <algorithm>

namespace integriteit::demo {

namespace {

Origin pickOrigin(DemoRandom &random, double diversity)
{
    if (!random.chance(diversity))
        return Origin::Dutch;
    static const std::vector<double> weights = { 0.33, 0.33, 0.17, 0.05, 0.12 };
    static const Origin origins[]
        = { Origin::Turkish, Origin::Moroccan, Origin::Surinamese, Origin::Moluccan, Origin::European };
    return origins[random.weighted(weights)];
}

QDate clampToToday(const QDate &date, const QDate &today)
{
    return date > today ? today : date;
}

} // namespace

OfficePlan::OfficePlan(const DemoBody &body, DemoRandom &random, const QDate &today)
    : m_body(body)
    , m_random(random)
    , m_today(today)
    , m_names(random, regionOf(body.province))
{ }

QString OfficePlan::mailDomainFor(HolderRole role)
{
    if (m_body.kind != OrganisationKind::Municipality)
        return m_body.mailDomain;
    switch (role) {
    case HolderRole::Councillor:
        return QStringLiteral("raad.") + m_body.mailDomain;
    case HolderRole::CommitteeMember:
        if (m_random.chance(0.5))
            return QStringLiteral("raad.") + m_body.mailDomain;
        {
            static const std::vector<const char *> providers
                = { "ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl" };
            return QString::fromLatin1(m_random.pick(providers));
        }
    case HolderRole::Alderman:
    case HolderRole::Mayor:
        break;
    }
    return m_body.mailDomain;
}

int OfficePlan::recruit(HolderRole role, double femaleShare, double diversity)
{
    const Gender gender = m_random.chance(femaleShare) ? Gender::Female : Gender::Male;
    Person p = m_names.make(gender, pickOrigin(m_random, diversity));
    if (m_random.chance(0.8))
        p.email = mailLocalPart(p) + QLatin1Char('@') + mailDomainFor(role);
    if (m_random.chance(0.55))
        p.phone = QStringLiteral("06-%1").arg(m_random.uniform(10000000, 99999999));
    m_persons.push_back(std::move(p));
    return int(m_persons.size()) - 1;
}

int OfficePlan::open(int person, HolderRole role, const QString &faction, const QDate &start)
{
    Appointment a;
    a.organisationId = m_body.id;
    a.role = role;
    a.faction = role == HolderRole::Mayor ? QString() : faction;
    a.start = start;
    if (role == HolderRole::Alderman)
        a.fractionPct = 100;
    m_entries.push_back({ person, a });
    return int(m_entries.size()) - 1;
}

void OfficePlan::close(int index, const QDate &end, const QString &reason)
{
    Appointment &a = appointment(index);
    a.end = std::max(end, a.start);
    a.endReason = reason;
}

QString OfficePlan::pickReason(std::initializer_list<Reason> reasons)
{
    std::vector<double> weights;
    for (const Reason &r : reasons)
        weights.push_back(r.weight);
    return QString::fromUtf8(reasons.begin()[m_random.weighted(weights)].text);
}

void OfficePlan::completeChecklists()
{
    for (Entry &entry : m_entries) {
        Appointment &a = entry.appointment;
        const int age = int(a.start.daysTo(m_today));
        const bool recent = age < 90;
        a.oathDate = a.start;
        const auto received = [&](double chanceRecent, double chanceLater, int from, int to) -> QDate {
            if (!m_random.chance(recent ? chanceRecent : chanceLater))
                return {};
            return clampToToday(a.start.addDays(m_random.uniform(from, recent ? std::max(from, age) : to)), m_today);
        };
        a.codeReceived = received(0.6, 0.97, -10, 35);
        a.protocolReceived = received(0.45, 0.94, 0, 60);
        if (a.role == HolderRole::Alderman && a.start.year() >= 2014 && (!recent || m_random.chance(0.75))) {
            // The risk analysis and VOG come before the appointment.
            a.screeningDate = clampToToday(a.start.addDays(-m_random.uniform(5, 45)), m_today);
            const bool vog = m_random.chance(0.7);
            a.screeningReference = QStringLiteral("%1-%2-%3")
                                       .arg(vog ? QStringLiteral("VOG") : QStringLiteral("RA"))
                                       .arg(a.screeningDate.year())
                                       .arg(m_random.uniform(1, vog ? 2400 : 400), 4, 10, QLatin1Char('0'));
        }
    }
}

} // namespace integriteit::demo
