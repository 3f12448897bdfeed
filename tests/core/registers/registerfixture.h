#pragma once
// A test database with the register services and a quick way to add office holders.

#include "registers/registerservices.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include <catch2/catch.hpp>

namespace integriteit::test {

struct RegisterFixture
{
    TestDatabase db;
    RegisterServices reg{db.database(), db.session()};

    // A person with one appointment; the session is left logged out.
    qint64 holder(HolderRole role, const QString &lastName = QStringLiteral("Jansen"),
                  const QDate &start = QDate(2022, 3, 30), const QDate &end = QDate(), int fractionPct = 100,
                  bool transitional = false, const QString &faction = QStringLiteral("CDA"))
    {
        db.actAs(UserRole::Griffie | UserRole::Secretariat);
        const qint64 id = db.persons().createPerson(samplePerson(lastName));
        addAppointment(id, role, start, end, fractionPct, transitional, faction);
        db.logout();
        return id;
    }

    qint64 addAppointment(qint64 personId, HolderRole role, const QDate &start, const QDate &end = QDate(),
                          int fractionPct = 100, bool transitional = false, const QString &faction = QStringLiteral("CDA"))
    {
        db.actAs(UserRole::Griffie | UserRole::Secretariat);
        Appointment a = sampleAppointment(personId, role, start);
        a.end = end;
        if (role == HolderRole::Alderman)
            a.fractionPct = fractionPct;
        if (role != HolderRole::Mayor)
            a.faction = faction;
        a.transitionalSettlement = transitional;
        a.oathDate = start;
        a.codeReceived = start;
        a.protocolReceived = start;
        if (role == HolderRole::Alderman) {
            a.screeningDate = start;
            a.screeningReference = QStringLiteral("VOG-1");
        }
        const qint64 id = db.persons().addAppointment(a);
        db.logout();
        return id;
    }

    int auditCount(const QString &entity, qint64 id)
    {
        return int(AuditLog::history(db.database().connection(), entity, id).size());
    }

    AuditEntry lastAudit(const QString &entity, qint64 id)
    {
        const auto rows = AuditLog::history(db.database().connection(), entity, id);
        REQUIRE_FALSE(rows.empty());
        return rows.front();
    }
};

// Runs `action` and checks it throws Error of `kind`; returns the error for further checks.
template<class F>
Error expectError(Error::Kind kind, F &&action)
{
    try {
        action();
    } catch (const Error &e) {
        INFO(e.what());
        CHECK(e.kind() == kind);
        return e;
    }
    FAIL("no error was thrown");
    return Error(kind, QString());
}

} // namespace integriteit::test
