#include "councilplanner.h"

#include <algorithm>

namespace integriteit::demo {

namespace {

const QString kTermEnd = QStringLiteral("Einde zittingsperiode");

} // namespace

CouncilPlanner::CouncilPlanner(OfficePlan &plan, PartyLandscape &parties)
    : m_plan(plan)
    , m_parties(parties)
    , m_random(plan.random())
    , m_body(plan.body())
{ }

std::vector<QDate> CouncilPlanner::termStarts(OrganisationKind kind, const QDate &today)
{
    std::vector<QDate> starts;
    if (kind == OrganisationKind::Municipality)
        starts = { QDate(2014, 3, 27), QDate(2018, 3, 29), QDate(2022, 3, 30), QDate(2026, 3, 26) };
    else if (kind == OrganisationKind::Province)
        starts = { QDate(2015, 3, 26), QDate(2019, 3, 28), QDate(2023, 3, 28) };
    else
        starts = { QDate(2015, 3, 26), QDate(2019, 3, 28), QDate(2023, 3, 29) };
    while (starts.back() <= today)
        starts.push_back(starts.back().addYears(4));
    return starts;
}

int CouncilPlanner::recruit(HolderRole role, const QString &party)
{
    double female = m_parties.femaleShare(party);
    double diverse = m_parties.diversity(party);
    if (role == HolderRole::Alderman && m_body.kind == OrganisationKind::Municipality)
        female *= 0.9;
    return m_plan.recruit(role, female, diverse);
}

int CouncilPlanner::aldermanPosts() const
{
    switch (m_body.kind) {
    case OrganisationKind::Municipality:
        return std::clamp(2 + m_body.seats / 9, 3, 7);
    case OrganisationKind::Province:
        return m_body.seats >= 50 ? 6 : 5;
    case OrganisationKind::WaterBoard:
        return m_body.seats >= 27 ? 5 : 4;
    }
    return 3;
}

int CouncilPlanner::fractionPct()
{
    // Small gemeenten and waterschappen have part-time college members.
    if (m_body.kind == OrganisationKind::WaterBoard)
        return 60 + 10 * m_random.uniform(0, 4);
    if (m_body.kind == OrganisationKind::Province)
        return m_random.chance(0.9) ? 100 : 80 + 10 * m_random.uniform(0, 1);
    const int s = m_body.seats;
    if (s <= 15)
        return 60 + 5 * m_random.uniform(0, 4);
    if (s <= 21)
        return m_random.chance(0.3) ? 100 : 70 + 5 * m_random.uniform(0, 5);
    if (s <= 29)
        return m_random.chance(0.6) ? 100 : 80 + 10 * m_random.uniform(0, 1);
    return m_random.chance(0.85) ? 100 : 80 + 10 * m_random.uniform(0, 1);
}

QDate CouncilPlanner::formationDate(const Term &t)
{
    switch (m_body.kind) {
    case OrganisationKind::Municipality:
        return t.start.addDays(m_body.seats <= 21 ? m_random.uniform(20, 60) : m_random.uniform(30, 100));
    case OrganisationKind::Province:
        return t.start.addDays(m_random.uniform(50, 110));
    case OrganisationKind::WaterBoard:
        return t.start.addDays(m_random.uniform(1, 35));
    }
    return t.start;
}

void CouncilPlanner::run()
{
    const QDate today = m_plan.today();
    const std::vector<QDate> starts = termStarts(m_body.kind, today);
    for (size_t i = 0; i + 1 < starts.size() && starts[i] <= today; ++i) {
        Term t;
        t.index = int(i);
        t.start = starts[i];
        t.next = starts[i + 1];
        t.horizon = std::min(t.next.addDays(-1), today);
        if (i > 0)
            closeCouncil(t.start.addDays(-1));
        elect(t);
        if (m_body.committee)
            appointCommittee(t);
        const QDate formed = formationDate(t);
        if (formed <= today) // until then the outgoing college stays in office
            formCollege(t, formed);
        runEvents(t);
        assignChairs();
    }
}

void CouncilPlanner::closeCouncil(const QDate &end)
{
    m_formerCouncil.clear();
    for (const Seat &seat : m_seats)
        if (seat.app >= 0 && m_plan.isOpen(seat.app)) {
            m_formerCouncil.push_back({ m_plan.personOf(seat.app), m_plan.appointment(seat.app).faction });
            m_plan.close(seat.app, end, kTermEnd);
        }
    m_seats.clear();
    m_formerCommittee.clear();
    for (int app : m_committee)
        if (m_plan.isOpen(app)) {
            m_formerCommittee.push_back({ m_plan.personOf(app), m_plan.appointment(app).faction });
            m_plan.close(app, end, kTermEnd);
        }
    m_committee.clear();
}

void CouncilPlanner::elect(const Term &t)
{
    struct Candidate
    {
        int person; // -1: someone new
        double score;
    };
    m_results = m_parties.election(t.index);
    m_initial.clear();
    m_reserve.clear();
    std::set<int> sittingAldermen;
    for (const Post &post : m_college)
        if (m_plan.isOpen(post.app))
            sittingAldermen.insert(m_plan.personOf(post.app));

    std::set<int> onAList; // nobody stands twice
    for (const ElectionResult &result : m_results) {
        std::vector<Candidate> list;
        const auto stand = [&](int person, double score) {
            if (onAList.insert(person).second)
                list.push_back({ person, score });
        };
        for (const Member &m : m_formerCouncil)
            if (m_parties.standsFor(m.faction, t.index) == result.party && m_random.chance(0.72))
                stand(m.person, 1.0 + m_random.real() * 0.9);
        for (const Member &m : m_formerCommittee)
            if (m_parties.standsFor(m.faction, t.index) == result.party && m_random.chance(0.5))
                stand(m.person, 0.55 + m_random.real() * 0.9);
        // A sitting alderman sometimes leads the list.
        for (const Post &post : m_college)
            if (m_plan.isOpen(post.app) && m_parties.standsFor(post.party, t.index) == result.party
                && m_random.chance(0.25))
                stand(m_plan.personOf(post.app), 1.2 + m_random.real() * 0.5);
        for (int i = 0; i < result.seats + 3; ++i)
            list.push_back({ -1, 0.3 + m_random.real() * 0.9 });
        std::stable_sort(
            list.begin(), list.end(), [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

        for (size_t i = 0; i < list.size(); ++i) {
            if (i < size_t(result.seats)) {
                const int person = list[i].person >= 0 ? list[i].person : recruit(HolderRole::Councillor, result.party);
                const int app = m_plan.open(person, HolderRole::Councillor, result.party, t.start);
                m_seats.push_back({ result.party, app });
                m_initial[result.party].push_back(app);
            } else if (list[i].person >= 0 && !sittingAldermen.count(list[i].person)) {
                m_reserve[result.party].push_back(list[i].person);
            }
        }
    }
}

void CouncilPlanner::appointCommittee(const Term &t)
{
    std::set<int> seated; // a commissielid is by definition not a member of the council
    for (const Seat &seat : m_seats)
        if (seat.app >= 0)
            seated.insert(m_plan.personOf(seat.app));
    for (const ElectionResult &result : m_results) {
        const int count = result.seats <= 2 ? m_random.uniform(0, 1) : m_random.uniform(1, 2);
        std::vector<int> continuing;
        for (const Member &m : m_formerCommittee)
            if (m_parties.standsFor(m.faction, t.index) == result.party && !seated.count(m.person)
                && m_random.chance(0.6))
                continuing.push_back(m.person);
        std::vector<int> &reserve = m_reserve[result.party];
        for (int i = 0; i < count; ++i) {
            const QDate start = t.start.addDays(m_random.uniform(14, 50));
            if (start > t.horizon)
                break;
            int person = -1;
            if (!continuing.empty()) {
                person = continuing.back();
                continuing.pop_back();
            } else if (!reserve.empty() && m_random.chance(0.35)) {
                person = reserve.front();
                reserve.erase(reserve.begin());
            } else {
                person = recruit(HolderRole::CommitteeMember, result.party);
            }
            std::erase(reserve, person); // a commissielid is no longer waiting on the list
            m_committee.push_back(m_plan.open(person, HolderRole::CommitteeMember, result.party, start));
        }
    }
}

void CouncilPlanner::replaceSeat(size_t seat, const QDate &date, const Term &t)
{
    m_seats[seat].app = -1;
    if (date > t.horizon)
        return; // the successor is installed after today or in the next term
    const QString &list = m_seats[seat].list;
    int person = -1;
    if (m_random.chance(0.5)) {
        for (size_t i = 0; i < m_committee.size(); ++i) {
            const int app = m_committee[i];
            if (m_plan.isOpen(app) && m_plan.appointment(app).faction == list && m_plan.appointment(app).start < date) {
                person = m_plan.personOf(app);
                m_plan.close(app, date.addDays(-1), QStringLiteral("Geïnstalleerd als ") + m_body.councillorTitle());
                m_committee.erase(m_committee.begin() + long(i));
                break;
            }
        }
    }
    std::vector<int> &reserve = m_reserve[list];
    if (person < 0 && !reserve.empty() && m_random.chance(0.75)) {
        person = reserve.front();
        reserve.erase(reserve.begin());
    }
    if (person < 0)
        person = recruit(HolderRole::Councillor, list);
    m_seats[seat].app = m_plan.open(person, HolderRole::Councillor, list, date);
}

void CouncilPlanner::assignChairs()
{
    // The group leader is the first on the list who stayed the whole term (open until now).
    std::vector<int> candidates;
    for (auto &[party, apps] : m_initial) {
        int leader = apps.front();
        for (int app : apps)
            if (m_plan.isOpen(app)) {
                leader = app;
                break;
            }
        m_plan.appointment(leader).groupLeader = true;
        for (int app : apps)
            if (app != leader && m_plan.isOpen(app))
                candidates.push_back(app);
    }
    if (!candidates.empty())
        m_plan.appointment(m_random.pick(candidates)).deputyChair = true;
}

} // namespace integriteit::demo
