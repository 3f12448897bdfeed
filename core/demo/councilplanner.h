#pragma once
// Council terms of one body: elections, re-elected members, commissieleden, the college formed by a
// coalition, and what happens in a term (resignations with a successor from the same list, members
// who leave for the college, splits, aldermen who step down, a coalition that breaks).

#include "demo/officeplan.h"
#include "demo/partylandscape.h"

#include <map>
#include <set>
#include <vector>

namespace integriteit::demo {

class CouncilPlanner
{
public:
    CouncilPlanner(OfficePlan &plan, PartyLandscape &parties);
    void run();

    // Installation days of the councils of this kind, up to and including the first after `today`.
    static std::vector<QDate> termStarts(OrganisationKind kind, const QDate &today);

private:
    struct Term
    {
        int index = 0;
        QDate start;
        QDate next; // installation of the next council
        QDate horizon; // last day of this term that has happened
    };
    struct Seat
    {
        QString list; // the party the seat was won for: a successor comes from its list
        int app = -1; // the appointment of whoever sits on it now, -1 while vacant
    };
    struct Post
    {
        QString party;
        int app = -1;
    };
    struct Member
    {
        int person;
        QString faction;
    };

    void closeCouncil(const QDate &end);
    void elect(const Term &t);
    void appointCommittee(const Term &t);
    void formCollege(const Term &t, const QDate &formed);
    std::vector<std::pair<QString, int>> coalitionPosts();
    int appointAlderman(const QString &party, const QDate &date, bool mayContinue, const Term &t);
    int leaveCouncilForCollege(const QString &party, const QDate &date, const Term &t);
    void addVeteran(const QString &party, const QDate &formed);
    void replaceSeat(size_t seat, const QDate &date, const Term &t);
    void runEvents(const Term &t);
    void councillorLeaves(const QDate &date, const Term &t);
    void councillorSplits(const QDate &date);
    void aldermanLeaves(const QDate &date, const Term &t);
    void coalitionBreaks(const QDate &date, const Term &t);
    void committeeMemberLeaves(const QDate &date, const Term &t);
    void switchParty(const QString &from, const QString &to, const QDate &around, const Term &t);
    void assignChairs();

    int recruit(HolderRole role, const QString &party);
    int aldermanPosts() const;
    int fractionPct();
    QDate formationDate(const Term &t);

    OfficePlan &m_plan;
    PartyLandscape &m_parties;
    DemoRandom &m_random;
    const DemoBody &m_body;

    std::vector<ElectionResult> m_results; // this term's seats per party
    std::vector<Seat> m_seats;
    std::vector<Post> m_college; // every post of this college, also those ended
    std::vector<int> m_committee; // open commissielid appointments
    std::map<QString, std::vector<int>> m_reserve; // per list: candidates not elected, in list order
    std::map<QString, std::vector<int>> m_initial; // this term's first appointments per list
    std::vector<Member> m_formerCouncil; // sitting at the end of the previous term
    std::vector<Member> m_formerCommittee;
    std::vector<Member> m_outgoingCollege; // may be appointed again
    std::map<int, QDate> m_aldermanSince; // person -> start of his unbroken time in the college
};

} // namespace integriteit::demo
