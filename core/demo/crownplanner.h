#pragma once
// The chain of crown appointments of one body: burgemeester, Commissaris van de Koning or dijkgraaf.
// Six-year terms, often a reappointment, sometimes a departure in mid-term and a waarnemend one in
// between; never two at a time (the validator refuses that).

#include "demo/officeplan.h"

namespace integriteit::demo {

class CrownPlanner
{
public:
    explicit CrownPlanner(OfficePlan &plan)
        : m_plan(plan)
        , m_random(plan.random())
    { }
    // `windowStart`: the first day the demo covers; whoever is in office then is on record.
    void run(const QDate &windowStart);

private:
    int recruit();
    QString midTermReason();
    QString endReason();
    QString otherMunicipality();

    OfficePlan &m_plan;
    DemoRandom &m_random;
};

} // namespace integriteit::demo
