#include "officeholderstep.h"

#include "demo/councilplanner.h"
#include "demo/crownplanner.h"
#include "demo/officeplan.h"
#include "demo/partylandscape.h"
#include "persons/personservice.h"

#include <algorithm>
#include <numeric>

namespace integriteit::demo {

void addOfficeHolders(DemoContext &context)
{
    OfficePlan plan(context.body, context.random, context.today);
    PartyLandscape parties(context.body, context.random);
    CouncilPlanner(plan, parties).run();
    const QDate windowStart
        = std::min(CouncilPlanner::termStarts(context.body.kind, context.today).front(), context.today);
    CrownPlanner(plan).run(windowStart);
    plan.completeChecklists();

    std::vector<std::vector<Appointment>> byPerson(plan.persons().size());
    for (const OfficePlan::Entry &entry : plan.entries())
        byPerson[size_t(entry.person)].push_back(entry.appointment);
    for (auto &list : byPerson)
        std::stable_sort(
            list.begin(), list.end(), [](const Appointment &a, const Appointment &b) { return a.start < b.start; });
    // Stored in order of their first appointment, so ids follow history as they would in real use.
    std::vector<size_t> order(byPerson.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        const QDate first = byPerson[a].empty() ? QDate() : byPerson[a].front().start;
        const QDate second = byPerson[b].empty() ? QDate() : byPerson[b].front().start;
        return first < second;
    });

    for (size_t index : order) {
        if (byPerson[index].empty())
            continue;
        DemoHolder holder;
        holder.person = plan.persons()[index];
        holder.person.id = context.persons.createPerson(holder.person);
        for (Appointment a : byPerson[index]) {
            a.personId = holder.person.id;
            a.id = context.persons.addAppointment(a);
            holder.appointments.push_back(a);
        }
        ++context.stats.persons;
        context.stats.appointments += int(holder.appointments.size());
        context.holders.push_back(std::move(holder));
    }
}

} // namespace integriteit::demo
