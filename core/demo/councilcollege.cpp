// The college of a council term: coalition, posts, and who fills them (a continuing alderman,
// a council member who leaves his seat for it, or someone from outside). Part of CouncilPlanner.

#include "councilplanner.h"

#include <algorithm>

namespace integriteit::demo {

namespace {
// Continuously in the same office since before this day: overgangsrecht for the verrekening.
const QDate kTransitionalCutOff(2010, 3, 10);
const QString kTermEnd = QStringLiteral("Einde zittingsperiode");
} // namespace

std::vector<std::pair<QString, int>> CouncilPlanner::coalitionPosts()
{
    std::vector<ElectionResult> remaining = m_results; // largest first
    std::vector<ElectionResult> coalition;
    int seats = 0;
    const size_t first = remaining.size() > 1 && m_random.chance(0.2) ? 1 : 0;
    coalition.push_back(remaining[first]);
    seats += remaining[first].seats;
    remaining.erase(remaining.begin() + long(first));
    while (!remaining.empty() && seats * 2 <= m_body.seats) {
        const size_t next = m_random.chance(0.7) ? 0 : size_t(m_random.uniform(0, int(remaining.size()) - 1));
        coalition.push_back(remaining[next]);
        seats += remaining[next].seats;
        remaining.erase(remaining.begin() + long(next));
    }
    if (!remaining.empty() && m_random.chance(0.25)) // a broader coalition than needed
        coalition.push_back(remaining.front());

    // Every party in the coalition gets a post where possible; the rest by D'Hondt.
    const int posts = aldermanPosts();
    std::vector<int> given(coalition.size(), 0);
    int left = posts;
    for (size_t i = 0; i < coalition.size() && left > 0; ++i, --left)
        given[i] = 1;
    for (; left > 0; --left) {
        size_t best = 0;
        for (size_t i = 1; i < coalition.size(); ++i)
            if (double(coalition[i].seats) / (given[i] + 1) > double(coalition[best].seats) / (given[best] + 1))
                best = i;
        ++given[best];
    }
    std::vector<std::pair<QString, int>> result;
    for (size_t i = 0; i < coalition.size(); ++i)
        if (given[i] > 0)
            result.push_back({ coalition[i].party, given[i] });
    return result;
}

void CouncilPlanner::formCollege(const Term &t, const QDate &formed)
{
    // The outgoing college stays in office until the new one is appointed.
    m_outgoingCollege.clear();
    for (const Post &post : m_college)
        if (m_plan.isOpen(post.app)) {
            m_outgoingCollege.push_back({ m_plan.personOf(post.app), post.party });
            m_plan.close(post.app, formed.addDays(-1), kTermEnd);
        }
    m_college.clear();
    if (m_results.empty())
        return;
    bool veteran = t.index == 0 && m_body.kind != OrganisationKind::WaterBoard && m_random.chance(0.3);
    for (const auto &[party, count] : coalitionPosts())
        for (int i = 0; i < count; ++i) {
            if (veteran) {
                addVeteran(party, formed);
                veteran = false;
            } else {
                appointAlderman(party, formed, true, t);
            }
        }
}

int CouncilPlanner::leaveCouncilForCollege(const QString &party, const QDate &date, const Term &t)
{
    // Most often the list leader, otherwise another member of the group.
    std::vector<size_t> eligible;
    for (size_t i = 0; i < m_seats.size(); ++i) {
        const int app = m_seats[i].app;
        if (app >= 0 && m_plan.isOpen(app) && m_plan.appointment(app).faction == party
            && m_plan.appointment(app).start < date)
            eligible.push_back(i);
    }
    if (eligible.empty())
        return -1;
    size_t seat = m_random.pick(eligible);
    const auto &initial = m_initial[party];
    if (!initial.empty() && m_random.chance(0.6))
        for (size_t i : eligible)
            if (m_seats[i].app == initial.front())
                seat = i;
    const int app = m_seats[seat].app;
    const int person = m_plan.personOf(app);
    m_plan.close(app, date.addDays(-1), QStringLiteral("Benoemd tot ") + m_body.aldermanTitle());
    replaceSeat(seat, date.addDays(m_random.uniform(7, 21)), t);
    return person;
}

int CouncilPlanner::appointAlderman(const QString &party, const QDate &date, bool mayContinue, const Term &t)
{
    int person = -1;
    bool continuing = false;
    if (mayContinue) {
        for (size_t i = 0; i < m_outgoingCollege.size(); ++i)
            if (m_parties.standsFor(m_outgoingCollege[i].faction, t.index) == party && m_random.chance(0.6)) {
                person = m_outgoingCollege[i].person;
                continuing = true;
                m_outgoingCollege.erase(m_outgoingCollege.begin() + long(i));
                break;
            }
    }
    if (continuing) {
        // Elected to the new council as well: he gives up the seat (dualism).
        for (size_t i = 0; i < m_seats.size(); ++i)
            if (m_seats[i].app >= 0 && m_plan.isOpen(m_seats[i].app) && m_plan.personOf(m_seats[i].app) == person) {
                m_plan.close(m_seats[i].app, date.addDays(-1), QStringLiteral("Benoemd tot ") + m_body.aldermanTitle());
                replaceSeat(i, date.addDays(m_random.uniform(7, 21)), t);
            }
    }
    if (person < 0 && m_random.chance(m_body.kind == OrganisationKind::Municipality ? 0.55 : 0.45))
        person = leaveCouncilForCollege(party, date, t);
    if (person < 0)
        person = recruit(HolderRole::Alderman, party);
    // Someone from the outgoing college (also when he came back through the council) serves on unbroken.
    const bool wasOutgoing
        = std::erase_if(m_outgoingCollege, [person](const Member &m) { return m.person == person; }) > 0;
    continuing = continuing || (mayContinue && wasOutgoing);

    const int app = m_plan.open(person, HolderRole::Alderman, party, date);
    Appointment &a = m_plan.appointment(app);
    a.fractionPct = fractionPct();
    if (!continuing || !m_aldermanSince.count(person))
        m_aldermanSince[person] = date;
    a.transitionalSettlement = m_aldermanSince[person] < kTransitionalCutOff;
    m_college.push_back({ party, app });
    return app;
}

void CouncilPlanner::addVeteran(const QString &party, const QDate &formed)
{
    // An alderman in office since 2002 or 2006: overgangsrecht. His earlier terms are on record too.
    const bool municipal = m_body.kind == OrganisationKind::Municipality;
    const std::vector<QDate> formations = municipal
        ? std::vector<QDate> { QDate(2002, 4, 18), QDate(2006, 4, 20), QDate(2010, 4, 22) }
        : std::vector<QDate> { QDate(2003, 5, 15), QDate(2007, 5, 10), QDate(2011, 5, 12) };
    const int person = recruit(HolderRole::Alderman, party);
    const size_t since = m_random.chance(0.4) ? 0 : 1;
    std::vector<QDate> starts;
    for (const QDate &d : formations)
        starts.push_back(d.addDays(m_random.uniform(-7, 21)));
    starts.push_back(formed);
    for (size_t i = since; i < formations.size(); ++i) {
        const QDate start = starts[i];
        const QDate end = starts[i + 1].addDays(-1);
        const int app = m_plan.open(person, HolderRole::Alderman, party, start);
        m_plan.appointment(app).fractionPct = fractionPct();
        m_plan.appointment(app).transitionalSettlement = true;
        m_plan.close(app, end, kTermEnd);
        if (i == since)
            m_aldermanSince[person] = start;
    }
    const int app = m_plan.open(person, HolderRole::Alderman, party, formed);
    m_plan.appointment(app).fractionPct = fractionPct();
    m_plan.appointment(app).transitionalSettlement = true;
    m_college.push_back({ party, app });
}

} // namespace integriteit::demo
