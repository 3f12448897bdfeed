// The yearly inventory of nevenfuncties (GC 3.4): the overview, confirmations and who has not
// confirmed.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("inventory: overview, confirmation and who has not confirmed", "[registers][inventory]")
{
    RegisterFixture f;
    const qint64 a = f.holder(HolderRole::Councillor, QStringLiteral("Aalders"));
    const qint64 b = f.holder(HolderRole::Councillor, QStringLiteral("Bakker"));
    f.holder(HolderRole::Councillor, QStringLiteral("Vertrokken"), QDate(2018, 3, 29), QDate(2022, 3, 29));
    f.db.loginAs(UserRole::Griffie);
    SidePosition s;
    s.personId = a;
    s.organisation = QStringLiteral("Harmonie St. Caecilia");
    s.description = QStringLiteral("Penningmeester");
    s.start = QDate(2020, 1, 1);
    s.end = QDate(2023, 12, 31);
    f.reg.sidePositions().create(s);
    s.organisation = QStringLiteral("Later begonnen");
    s.start = QDate(2025, 1, 1);
    s.end = QDate();
    f.reg.sidePositions().create(s);

    const InventoryOverview overview = f.reg.inventory().overview(a, 2023);
    REQUIRE(overview.positions.size() == 1);
    CHECK(overview.positions[0].organisation == QLatin1String("Harmonie St. Caecilia"));
    CHECK_FALSE(overview.confirmation);

    auto open = f.reg.inventory().status(2023, true);
    REQUIRE(open.size() == 2); // Vertrokken left in 2022
    CHECK(open[0].person.personId == a);

    InventoryConfirmation c;
    c.personId = a;
    c.year = 2023;
    c.confirmed = QDate(2023, 10, 2);
    const qint64 id = f.reg.inventory().confirm(c);
    CHECK(f.lastAudit(QStringLiteral("inventory_confirmation"), id).personId == a);
    open = f.reg.inventory().status(2023, true);
    REQUIRE(open.size() == 1);
    CHECK(open[0].person.personId == b);
    const auto all = f.reg.inventory().status(2023);
    REQUIRE(all.size() == 2);
    CHECK(all[0].confirmation->confirmed == QDate(2023, 10, 2));
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.inventory().confirm(c); }).field() == QLatin1String("year"));

    InventoryConfirmation corrected = f.reg.inventory().confirmation(id);
    corrected.corrected = true;
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.inventory().update(corrected); }).field() == QLatin1String("notes"));
    corrected.notes = QStringLiteral("Einddatum penningmeester toegevoegd");
    f.reg.inventory().update(corrected);
    const InventoryConfirmation removed = f.reg.inventory().confirmation(id);
    f.reg.inventory().remove(id);
    f.reg.inventory().restore(removed);
    CHECK(f.reg.inventory().confirmationFor(a, 2023)->corrected);
    CHECK(f.auditCount(QStringLiteral("inventory_confirmation"), id) == 4);

    f.db.loginAs(UserRole::Secretariat);
    c.personId = b;
    expectError(Error::Kind::Permission, [&] { f.reg.inventory().confirm(c); });
}

TEST_CASE("inventory: validation and the start date setting", "[registers][inventory]")
{
    RegisterFixture f;
    const qint64 a = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    using Edit = std::function<void(InventoryConfirmation &)>;
    const auto [field, edit] = GENERATE(table<const char *, Edit>({
        {"year", [](InventoryConfirmation &c) { c.year = 1980; }},
        {"year", [](InventoryConfirmation &c) { c.year = QDate::currentDate().year() + 1; }},
        {"confirmed", [](InventoryConfirmation &c) { c.confirmed = QDate(); }},
        {"confirmed", [](InventoryConfirmation &c) { c.confirmed = QDate(2022, 12, 31); }},
        {"confirmed", [](InventoryConfirmation &c) { c.confirmed = QDate::currentDate().addDays(1); }},
        {"notes", [](InventoryConfirmation &c) { c.notes = repeated(QLatin1Char('x'), 2001); }},
    }));
    InventoryConfirmation c;
    c.personId = a;
    c.year = 2023;
    c.confirmed = QDate(2023, 10, 2);
    edit(c);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.inventory().confirm(c); }).field() == QLatin1String(field));

    CHECK(f.reg.inventory().startDate(2024) == QDate(2024, 9, 1));
    f.reg.inventory().setStartDate(10, 15);
    CHECK(f.reg.inventory().startDate(2024) == QDate(2024, 10, 15));
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.inventory().setStartDate(2, 29); }).field() == QLatin1String("inventoryStart"));
    f.db.loginAs(UserRole::Auditor);
    expectError(Error::Kind::Permission, [&] { f.reg.inventory().setStartDate(9, 1); });
}
