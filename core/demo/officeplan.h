#pragma once
// The office holders of one body, planned in memory before anything is stored. Events in a term
// end appointments that began years earlier (a resignation sets an end date, a split starts a new
// one), so the plan is completed first and every appointment is then saved once, whole, through
// PersonService and its validator.

#include "demo/democontext.h"
#include "demo/dutchnames.h"

#include <initializer_list>
#include <vector>

namespace integriteit::demo {

struct Reason
{
    const char *text;
    double weight;
};

class OfficePlan
{
public:
    struct Entry
    {
        int person;
        Appointment appointment;
    };

    OfficePlan(const DemoBody &body, DemoRandom &random, const QDate &today);

    // A new office holder: a name that fits the party's make-up and a mail address that fits the role.
    int recruit(HolderRole role, double femaleShare, double diversity);
    // Opens an appointment (no end yet); returns its index.
    int open(int person, HolderRole role, const QString &faction, const QDate &start);
    void close(int appointment, const QDate &end, const QString &reason);
    bool isOpen(int appointment) const { return !m_entries[size_t(appointment)].appointment.end.isValid(); }

    Appointment &appointment(int index) { return m_entries[size_t(index)].appointment; }
    int personOf(int appointment) const { return m_entries[size_t(appointment)].person; }
    const Person &person(int index) const { return m_persons[size_t(index)]; }
    Person &person(int index) { return m_persons[size_t(index)]; }

    // Eed/belofte, gedragscode, protocol and (for aldermen) the VOG or risk analysis: mostly done
    // within weeks, some still open for recent appointments.
    void completeChecklists();

    QString pickReason(std::initializer_list<Reason> reasons);

    const std::vector<Person> &persons() const { return m_persons; }
    const std::vector<Entry> &entries() const { return m_entries; }
    const DemoBody &body() const { return m_body; }
    DemoRandom &random() { return m_random; }
    const QDate &today() const { return m_today; }

private:
    QString mailDomainFor(HolderRole role);

    const DemoBody &m_body;
    DemoRandom &m_random;
    QDate m_today;
    NameGenerator m_names;
    std::vector<Person> m_persons;
    std::vector<Entry> m_entries;
};

} // namespace integriteit::demo
