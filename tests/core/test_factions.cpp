// The party groups offered by every list's filter: each name once, sorted as a Dutch user reads
// them, and no empty one (a mayor or alderman without a party group).

#include "support/samples.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("The party groups for the filters are each listed once, sorted without regard to case", "[persons]")
{
    TestDatabase test;
    test.actAs(UserRole::Griffie | UserRole::Secretariat);
    PersonService &persons = test.persons();
    CHECK(persons.factions().isEmpty());

    const auto appoint = [&](const QString &name, HolderRole role, const QString &faction, const QDate &start) {
        Appointment a = sampleAppointment(persons.createPerson(samplePerson(name)), role, start);
        a.faction = faction;
        persons.addAppointment(a);
    };
    appoint(QStringLiteral("Jansen"), HolderRole::Councillor, QStringLiteral("VVD"), QDate(2022, 3, 30));
    appoint(QStringLiteral("Bakker"), HolderRole::Councillor, QStringLiteral("CDA"), QDate(2022, 3, 30));
    appoint(QStringLiteral("Visser"), HolderRole::Councillor, QStringLiteral("VVD"), QDate(2022, 3, 30));
    appoint(QStringLiteral("Smit"), HolderRole::Councillor, QStringLiteral("d66"), QDate(2022, 3, 30));
    appoint(QStringLiteral("de Boer"), HolderRole::CommitteeMember, QStringLiteral("GroenLinks"), QDate(2022, 3, 30));
    appoint(QStringLiteral("Dams"), HolderRole::Mayor, QString(), QDate(2020, 1, 1));

    CHECK(persons.factions()
          == QStringList{ QStringLiteral("CDA"), QStringLiteral("d66"), QStringLiteral("GroenLinks"), QStringLiteral("VVD") });
}
