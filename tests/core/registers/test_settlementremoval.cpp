// Removing a college decision on the settlement (verrekening) entered by mistake: only who keeps
// the college's registers may, the removal is audited with the record as it was, and restoring it
// (the undo of the window) brings back the same record under the same id.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
struct SettlementRemovalFixture : RegisterFixture
{
    qint64 alderman = 0;
    qint64 decisionId = 0;

    SettlementRemovalFixture()
    {
        alderman = holder(HolderRole::Alderman, QStringLiteral("Voltijd"));
        db.loginAs(UserRole::Secretariat);
        SettlementParameters p;
        p.year = 2024;
        p.aldermanSalary = Money::fromCents(10'000'000);
        p.mayorSalary = Money::fromCents(12'000'000);
        reg.settlement().setParameters(p);
        SettlementDecision d;
        d.personId = alderman;
        d.year = 2024;
        d.settled = Money::fromCents(0);
        d.nothingToSettle = true;
        d.decisionDate = QDate(2025, 5, 13);
        d.decisionText = QStringLiteral("Collegebesluit 2025-117");
        decisionId = reg.settlement().recordDecision(d);
    }
};
} // namespace

TEST_CASE("settlement: a decision is removed with its audit row and restored under the same id", "[registers][settlement]")
{
    SettlementRemovalFixture f;
    const SettlementDecision before = f.reg.settlement().decision(f.decisionId);
    int signalled = 0;
    QObject::connect(&f.reg.settlement(), &SettlementService::recordsChanged, [&](qint64 personId) {
        CHECK(personId == f.alderman);
        ++signalled;
    });

    f.reg.settlement().removeDecision(f.decisionId);
    CHECK(signalled == 1);
    CHECK_FALSE(f.reg.settlement().decisionFor(f.alderman, 2024).has_value());
    CHECK(f.reg.settlement().undecided(2024) == std::vector<qint64>{f.alderman});
    expectError(Error::Kind::NotFound, [&] { f.reg.settlement().decision(f.decisionId); });
    const AuditEntry removal = f.lastAudit(QStringLiteral("settlement_decision"), f.decisionId);
    CHECK(removal.action == QLatin1String("remove"));
    CHECK(removal.personId == f.alderman);
    CHECK(removal.after.isEmpty());
    CHECK(removal.before.value(QStringLiteral("decision_text")).toString() == QLatin1String("Collegebesluit 2025-117"));

    f.reg.settlement().restoreDecision(before);
    const SettlementDecision back = f.reg.settlement().decision(f.decisionId);
    CHECK(back.columns() == before.columns());
    CHECK(f.reg.settlement().undecided(2024).empty());
    CHECK(f.auditCount(QStringLiteral("settlement_decision"), f.decisionId) == 3); // record, remove, restore
}

TEST_CASE("settlement: who does not keep the college's registers cannot remove a decision", "[registers][settlement]")
{
    SettlementRemovalFixture f;
    const int audits = f.auditCount(QStringLiteral("settlement_decision"), f.decisionId);
    const auto role = GENERATE(UserRole::Griffie, UserRole::Auditor, UserRole::Integrity);
    f.db.loginAs(role);
    expectError(Error::Kind::Permission, [&] { f.reg.settlement().removeDecision(f.decisionId); });
    f.db.loginAs(UserRole::Secretariat);
    CHECK(f.reg.settlement().decisionFor(f.alderman, 2024).has_value()); // nothing removed
    CHECK(f.auditCount(QStringLiteral("settlement_decision"), f.decisionId) == audits); // nothing audited
    // A decision that is gone cannot be removed twice.
    f.reg.settlement().removeDecision(f.decisionId);
    expectError(Error::Kind::NotFound, [&] { f.reg.settlement().removeDecision(f.decisionId); });
}
