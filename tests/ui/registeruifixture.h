#pragma once
// A test database with office holders and register records for the register windows. Everything
// goes through the AppCore's own services, so the pages under test hear the change signals.

#include "support/samples.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

#include "modaldialog.h"

#include <QApplication>
#include <QDialog>
#include <QTimer>
#include <functional>
#include <memory>

namespace integriteit::test {

struct RegisterUiFixture
{
    TestDatabase db;

    RegisterServices &reg() { return db.core().registers(); }

    // A person with one appointment (checklist complete); the session is left as it was.
    qint64 holder(HolderRole role, const QString &lastName, const QDate &start = QDate(2022, 3, 30))
    {
        const User before = db.session().user();
        db.actAs(UserRole::Griffie | UserRole::Secretariat);
        const qint64 id = db.persons().createPerson(samplePerson(lastName));
        Appointment a = sampleAppointment(id, role, start);
        a.oathDate = start;
        a.codeReceived = start;
        a.protocolReceived = start;
        if (role == HolderRole::Alderman) {
            a.screeningDate = start;
            a.screeningReference = QStringLiteral("VOG-1");
        }
        db.persons().addAppointment(a);
        db.session().setUser(before);
        return id;
    }

    qint64 position(qint64 personId, bool exOfficio, const QString &organisation, const QDate &start = QDate(2023, 1, 1))
    {
        SidePosition s;
        s.personId = personId;
        s.organisation = organisation;
        s.description = QStringLiteral("Lid raad van toezicht");
        s.exOfficio = exOfficio;
        s.paid = true;
        s.start = start;
        if (!exOfficio) {
            s.raadNotified = start.addDays(-30);
            s.collegeDiscussed = start.addDays(-25);
        }
        return reg().sidePositions().create(s);
    }

    qint64 income(qint64 positionId, int year, qint64 cents)
    {
        SideIncome i;
        i.positionId = positionId;
        i.year = year;
        i.amount = Money::fromCents(cents);
        return reg().sideIncome().create(i);
    }
};

// Runs `interact` on the modal dialog once it is open (polled). Failures are recorded by the
// caller after exec() returns: an exception must not cross Qt's event loop.
inline void whenModalDialog(std::function<void(QDialog *)> interact)
{
    pollModalDialog(std::move(interact));
}

} // namespace integriteit::test
