#pragma once
// Shared by the register UI tests: office holders with appointments, a few records in each
// register, and the helper that works a modal dialog while exec() runs.

#include "support/samples.h"
#include "support/testdatabase.h"

#include "registers/sidepositions/sideposition.h"

#include "modaldialog.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>
#include <memory>

namespace integriteit::test {

// Runs `interact` on the modal dialog once it is open. Failures are recorded with CHECK, never
// thrown: an exception must not cross Qt's event loop.
inline void whenRegisterDialog(std::function<void(QDialog *)> interact)
{
    pollModalDialog(std::move(interact));
}

struct RegisterPeople
{
    qint64 councillor = 0; // Jansen, raadslid (griffie)
    qint64 alderman = 0;   // Pietersen, wethouder (secretarie)
    qint64 former = 0;     // Klaassen, raadslid 2014-2018
};

// A sample person without the sample's e-mail address, which would match every search.
inline Person registerPerson(const QString &lastName)
{
    Person p = samplePerson(lastName);
    p.email.clear();
    return p;
}

// Three office holders; leaves the session acting as griffie and secretarie.
inline RegisterPeople addRegisterPeople(TestDatabase &test)
{
    test.actAs(UserRole::Griffie | UserRole::Secretariat);
    RegisterPeople people;
    people.councillor = test.persons().createPerson(registerPerson(QStringLiteral("Jansen")));
    test.persons().addAppointment(sampleAppointment(people.councillor, HolderRole::Councillor, QDate(2018, 3, 29)));
    people.alderman = test.persons().createPerson(registerPerson(QStringLiteral("Pietersen")));
    Appointment wethouder = sampleAppointment(people.alderman, HolderRole::Alderman, QDate(2022, 6, 1));
    test.persons().addAppointment(wethouder);
    people.former = test.persons().createPerson(registerPerson(QStringLiteral("Klaassen")));
    Appointment old = sampleAppointment(people.former, HolderRole::Councillor, QDate(2014, 3, 27));
    old.end = QDate(2018, 3, 28);
    test.persons().addAppointment(old);
    return people;
}

inline SidePosition sampleSidePosition(qint64 personId, const QString &organisation, bool paid = false)
{
    SidePosition p;
    p.personId = personId;
    p.organisation = organisation;
    p.description = QStringLiteral("Lid raad van toezicht");
    p.paid = paid;
    p.start = QDate(2023, 1, 1);
    p.reported = QDate(2023, 1, 5);
    return p;
}

} // namespace integriteit::test
