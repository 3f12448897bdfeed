// What happens during a council term: resignations, splits, aldermen who step down, a coalition
// that breaks and commissieleden who leave. Part of CouncilPlanner.

#include "councilplanner.h"

#include <algorithm>
#include <map>

namespace integriteit::demo {

namespace {

enum class Event { CouncillorLeaves, Split, AldermanLeaves, CoalitionBreaks, CommitteeMemberLeaves, FvdToJa21 };

bool isPersonalGroup(const QString &faction)
{
    return faction.startsWith(QLatin1String("Fractie "));
}

} // namespace

void CouncilPlanner::runEvents(const Term &t)
{
    const QDate from = t.start.addDays(90);
    const QDate to = t.horizon.addDays(-30);
    if (from > to)
        return;
    // The chances are per whole term; a term still running has had only part of them.
    const double elapsed = double(from.daysTo(to)) / double(from.daysTo(t.next.addDays(-31)));
    std::vector<std::pair<QDate, Event>> events;
    const auto add = [&](int n, double p, Event kind) {
        const int count = m_random.binomial(n, p * elapsed);
        for (int i = 0; i < count; ++i)
            events.push_back({ m_random.date(from, to), kind });
    };
    int openPosts = 0;
    for (const Post &post : m_college)
        openPosts += m_plan.isOpen(post.app) ? 1 : 0;
    add(int(m_seats.size()), 0.10, Event::CouncillorLeaves);
    add(1, m_body.kind == OrganisationKind::WaterBoard ? 0.1 : 0.22, Event::Split);
    add(openPosts, 0.12, Event::AldermanLeaves);
    add(1, 0.2, Event::CoalitionBreaks);
    add(int(m_committee.size()), 0.15, Event::CommitteeMemberLeaves);
    // Many Forum voor Democratie statenleden went over to JA21 in the winter of 2020-2021.
    if (m_body.kind == OrganisationKind::Province && t.start.year() == 2019)
        events.push_back({ QDate(2020, 12, 7), Event::FvdToJa21 });
    std::stable_sort(events.begin(), events.end(), [](const auto &a, const auto &b) { return a.first < b.first; });

    for (const auto &[date, kind] : events) {
        switch (kind) {
        case Event::CouncillorLeaves:
            councillorLeaves(date, t);
            break;
        case Event::Split:
            councillorSplits(date);
            break;
        case Event::AldermanLeaves:
            aldermanLeaves(date, t);
            break;
        case Event::CoalitionBreaks:
            coalitionBreaks(date, t);
            break;
        case Event::CommitteeMemberLeaves:
            committeeMemberLeaves(date, t);
            break;
        case Event::FvdToJa21:
            switchParty(QStringLiteral("Forum voor Democratie"), QStringLiteral("JA21"), date, t);
            break;
        }
    }
}

void CouncilPlanner::councillorLeaves(const QDate &date, const Term &t)
{
    std::vector<size_t> eligible;
    for (size_t i = 0; i < m_seats.size(); ++i)
        if (m_seats[i].app >= 0 && m_plan.isOpen(m_seats[i].app)
            && m_plan.appointment(m_seats[i].app).start <= date.addDays(-60))
            eligible.push_back(i);
    if (eligible.empty())
        return;
    const size_t seat = m_random.pick(eligible);
    const QString movedAway = m_body.movedAwayReason();
    const QString reason = m_plan.pickReason({
        { movedAway.toUtf8().constData(), 3 },
        { "Persoonlijke omstandigheden", 4 },
        { "Gezondheidsredenen", 1.5 },
        { "Combinatie met werk niet langer haalbaar", 2 },
        { "Benoemd in een functie die onverenigbaar is met het lidmaatschap", 0.7 },
        { "Verhuisd naar het buitenland", 0.3 },
        { "Benoemd tot lid van de Tweede Kamer", 0.2 },
        { "Benoemd tot burgemeester", 0.2 },
    });
    m_plan.close(m_seats[seat].app, date, reason);
    replaceSeat(seat, date.addDays(m_random.uniform(7, 28)), t);
}

void CouncilPlanner::councillorSplits(const QDate &date)
{
    // A member leaves his group and goes on as a one-person group; only from groups of three or more.
    std::map<QString, int> size;
    for (const Seat &seat : m_seats)
        if (seat.app >= 0 && m_plan.isOpen(seat.app))
            ++size[m_plan.appointment(seat.app).faction];
    std::vector<size_t> eligible;
    for (size_t i = 0; i < m_seats.size(); ++i) {
        const int app = m_seats[i].app;
        if (app < 0 || !m_plan.isOpen(app))
            continue;
        const Appointment &a = m_plan.appointment(app);
        if (!isPersonalGroup(a.faction) && size[a.faction] >= 3 && a.start <= date.addDays(-60))
            eligible.push_back(i);
    }
    if (eligible.empty())
        return;
    const size_t seat = m_random.pick(eligible);
    const int person = m_plan.personOf(m_seats[seat].app);
    m_plan.close(m_seats[seat].app, date.addDays(-1), QStringLiteral("Afgesplitst van de fractie"));
    const QString group = QStringLiteral("Fractie ") + surnameWithoutInitials(m_plan.person(person));
    m_seats[seat].app = m_plan.open(person, HolderRole::Councillor, group, date);
    m_plan.appointment(m_seats[seat].app).groupLeader = true;
}

void CouncilPlanner::switchParty(const QString &from, const QString &to, const QDate &around, const Term &t)
{
    bool first = true;
    for (Seat &seat : m_seats) {
        if (seat.app < 0 || !m_plan.isOpen(seat.app) || m_plan.appointment(seat.app).faction != from
            || !m_random.chance(0.55))
            continue;
        const QDate date = around.addDays(m_random.uniform(0, 60));
        if (date > t.horizon)
            continue;
        const int person = m_plan.personOf(seat.app);
        m_plan.close(seat.app, date.addDays(-1), QStringLiteral("Overgestapt naar ") + to);
        seat.app = m_plan.open(person, HolderRole::Councillor, to, date);
        m_plan.appointment(seat.app).groupLeader = first;
        first = false;
    }
}

void CouncilPlanner::aldermanLeaves(const QDate &date, const Term &t)
{
    std::vector<size_t> eligible;
    for (size_t i = 0; i < m_college.size(); ++i)
        if (m_plan.isOpen(m_college[i].app) && m_plan.appointment(m_college[i].app).start <= date.addDays(-90))
            eligible.push_back(i);
    if (eligible.empty())
        return;
    const Post post = m_college[m_random.pick(eligible)];
    const bool crownPossible = m_body.kind != OrganisationKind::WaterBoard;
    const QString reason = m_plan.pickReason({
        { "Persoonlijke omstandigheden", 3 },
        { "Gezondheidsredenen", 2 },
        { "Benoemd tot burgemeester", crownPossible ? 2.0 : 0.0 },
        { "Aangenomen motie van wantrouwen", 1.5 },
        { "Vertrek naar een functie buiten de politiek", 2 },
        { "Opgestapt na een integriteitsonderzoek", 0.5 },
        { "Verschil van inzicht binnen het college", 1 },
    });
    m_plan.close(post.app, date, reason);
    const QDate successor = date.addDays(m_random.uniform(14, 60));
    if (successor <= t.horizon)
        appointAlderman(post.party, successor, false, t);
}

void CouncilPlanner::coalitionBreaks(const QDate &date, const Term &t)
{
    std::map<QString, int> posts;
    for (const Post &post : m_college)
        if (m_plan.isOpen(post.app))
            ++posts[post.party];
    if (posts.size() < 2)
        return;
    std::vector<ElectionResult> opposition;
    QString largest;
    int largestSeats = -1;
    for (const ElectionResult &r : m_results) {
        if (posts.count(r.party) && r.seats > largestSeats) {
            largest = r.party;
            largestSeats = r.seats;
        }
        if (!posts.count(r.party))
            opposition.push_back(r); // largest first, as m_results is
    }
    if (opposition.empty())
        return;
    std::vector<QString> mayLeave;
    for (const auto &[party, count] : posts)
        if (party != largest)
            mayLeave.push_back(party);
    const QString leaving = m_random.pick(mayLeave);
    int freed = 0;
    for (const Post &post : m_college)
        if (post.party == leaving && m_plan.isOpen(post.app)) {
            m_plan.close(post.app, date, QStringLiteral("Breuk in de coalitie"));
            ++freed;
        }
    const QString joining = m_random.chance(0.7) ? opposition.front().party : m_random.pick(opposition).party;
    const QDate start = date.addDays(m_random.uniform(20, 70));
    if (start > t.horizon)
        return; // a minority college until the end of the term
    for (int i = 0; i < freed; ++i)
        appointAlderman(joining, start, false, t);
}

void CouncilPlanner::committeeMemberLeaves(const QDate &date, const Term &t)
{
    std::vector<size_t> eligible;
    for (size_t i = 0; i < m_committee.size(); ++i)
        if (m_plan.isOpen(m_committee[i]) && m_plan.appointment(m_committee[i]).start <= date.addDays(-60))
            eligible.push_back(i);
    if (eligible.empty())
        return;
    const size_t index = m_random.pick(eligible);
    const int app = m_committee[index];
    const QString faction = m_plan.appointment(app).faction;
    m_plan.close(app, date,
        m_plan.pickReason({ { "Persoonlijke omstandigheden", 3 }, { "Combinatie met werk niet langer haalbaar", 2 },
            { "Vertrek uit de gemeente", 1.5 }, { "Gezondheidsredenen", 0.7 } }));
    m_committee.erase(m_committee.begin() + long(index));
    const QDate start = date.addDays(m_random.uniform(20, 60));
    if (m_random.chance(0.6) && start <= t.horizon)
        m_committee.push_back(
            m_plan.open(recruit(HolderRole::CommitteeMember, faction), HolderRole::CommitteeMember, faction, start));
}

} // namespace integriteit::demo
