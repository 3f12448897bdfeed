// Neveninkomsten and verrekening: the settlement worked out by hand, the service's computation over
// appointments and parameters, income rules, publication before 1 April, and the college decision.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
Money euro(qint64 cents) { return Money::fromCents(cents); }

qint64 position(RegisterFixture &f, qint64 personId, bool exOfficio, const QString &organisation)
{
    SidePosition s;
    s.personId = personId;
    s.organisation = organisation;
    s.description = QStringLiteral("Lid raad van toezicht");
    s.exOfficio = exOfficio;
    s.paid = true;
    s.start = QDate(2023, 1, 1);
    if (!exOfficio) {
        s.raadNotified = QDate(2022, 12, 1);
        s.collegeDiscussed = QDate(2022, 12, 6);
    }
    return f.reg.sidePositions().create(s);
}

qint64 income(RegisterFixture &f, qint64 positionId, int year, qint64 cents, const QDate &published = QDate())
{
    SideIncome i;
    i.positionId = positionId;
    i.year = year;
    i.amount = euro(cents);
    i.published = published;
    return f.reg.sideIncome().create(i);
}

void setSalaries(RegisterFixture &f, int year, qint64 aldermanCents, qint64 mayorCents)
{
    SettlementParameters p;
    p.year = year;
    p.aldermanSalary = euro(aldermanCents);
    p.mayorSalary = euro(mayorCents);
    f.reg.settlement().setParameters(p);
}
} // namespace

TEST_CASE("settlement: worked examples", "[registers][settlement]")
{
    SECTION("full year: EUR 100.000 salary, EUR 20.000 personal income")
    {
        // Free part 14 % of 100.000,00 = 14.000,00. Excess 20.000,00 - 14.000,00 = 6.000,00.
        // Deducted 50 % of 6.000,00 = 3.000,00. The q.q. income of 1.500,00 goes to the municipality.
        SettlementInput in;
        in.salary = euro(10'000'000);
        in.personalIncome = euro(2'000'000);
        in.exOfficioIncome = euro(150'000);
        const SettlementResult r = SettlementCalculator::compute(in);
        CHECK(r.freePart == euro(1'400'000));
        CHECK(r.excess == euro(600'000));
        CHECK(r.deduction == euro(300'000));
        CHECK(r.exOfficioIncome == euro(150'000));
        CHECK(r.deduction.toDutch() == QStringLiteral("€ 3.000,00"));
    }
    SECTION("part year: in office from 1 July 2025, 184 of 365 days")
    {
        // Salary 100.000,00 x 184 / 365 = 50.410,9589... -> 50.410,96.
        // Free part 14 % of 50.410,96 = 7.057,5344 -> 7.057,53.
        // Income 10.000,00 - 7.057,53 = 2.942,47 excess; 50 % = 1.471,235 -> 1.471,24 (half away from zero).
        const Money salary = SettlementCalculator::prorate(euro(10'000'000), 184, 365);
        CHECK(salary == euro(5'041'096));
        SettlementInput in;
        in.salary = salary;
        in.personalIncome = euro(1'000'000);
        const SettlementResult r = SettlementCalculator::compute(in);
        CHECK(r.freePart == euro(705'753));
        CHECK(r.excess == euro(294'247));
        CHECK(r.deduction == euro(147'124));
    }
    SECTION("income at or just above the free part")
    {
        // 14.000,00 exactly: no excess, nothing to settle. 14.000,01: excess 0,01, half is 0,005 -> 0,01.
        SettlementInput in;
        in.salary = euro(10'000'000);
        in.personalIncome = euro(1'400'000);
        CHECK(SettlementCalculator::compute(in).deduction == euro(0));
        CHECK(SettlementCalculator::compute(in).nothingToSettle());
        in.personalIncome = euro(1'400'001);
        CHECK(SettlementCalculator::compute(in).excess == euro(1));
        CHECK(SettlementCalculator::compute(in).deduction == euro(1));
    }
    SECTION("a year's own parameters: free part 10 %, rate 40 %")
    {
        // Salary 90.000,00: free part 9.000,00; income 19.000,00: excess 10.000,00; 40 % = 4.000,00.
        SettlementInput in;
        in.salary = euro(9'000'000);
        in.personalIncome = euro(1'900'000);
        in.freePartBasisPoints = 1000;
        in.rateBasisPoints = 4000;
        CHECK(SettlementCalculator::compute(in).deduction == euro(400'000));
    }
    SECTION("the deduction never exceeds the salary")
    {
        // Free part 0 %, rate 100 %: income 50.000,00 would deduct 50.000,00 from a salary of 10.000,00.
        SettlementInput in;
        in.salary = euro(1'000'000);
        in.personalIncome = euro(5'000'000);
        in.freePartBasisPoints = 0;
        in.rateBasisPoints = 10000;
        CHECK(SettlementCalculator::compute(in).deduction == euro(1'000'000));
    }
    SECTION("rounding of the percentage")
    {
        CHECK(SettlementCalculator::percentage(euro(5), 5000) == euro(3));    // 2,5 cents -> 3
        CHECK(SettlementCalculator::percentage(euro(7), 1400) == euro(1));    // 0,98 cents -> 1
        CHECK(SettlementCalculator::prorate(euro(36'500), 1, 365) == euro(100));
        CHECK(SettlementCalculator::prorate(euro(36'500), 0, 365) == euro(0));
    }
}

TEST_CASE("settlement: the service computes from appointments, parameters and income", "[registers][settlement]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"));
    f.db.loginAs(UserRole::Secretariat);
    setSalaries(f, 2024, 10'000'000, 12'000'000);
    income(f, position(f, alderman, false, QStringLiteral("Adviesbureau Maas")), 2024, 2'000'000);
    income(f, position(f, alderman, true, QStringLiteral("Veiligheidsregio")), 2024, 150'000);

    // 2024 has 366 days, the wethouder served all of them: the worked example of EUR 3.000,00.
    const SettlementCase c = f.reg.settlement().compute(alderman, 2024);
    CHECK(c.applies);
    CHECK(c.daysInOffice == 366);
    CHECK(c.result.salary == euro(10'000'000));
    CHECK(c.result.personalIncome == euro(2'000'000));
    CHECK(c.result.deduction == euro(300'000));
    CHECK(c.result.exOfficioIncome == euro(150'000));

    SECTION("no salary for the year: the user is told to set it")
    {
        const Error e = expectError(Error::Kind::Validation, [&] { f.reg.settlement().compute(alderman, 2023); });
        CHECK(e.field() == QLatin1String("salary"));
    }
    SECTION("parameters: defaults, rights and audit")
    {
        const SettlementParameters defaults = f.reg.settlement().parameters(1, 2030);
        CHECK_FALSE(defaults.stored);
        CHECK(defaults.freePartBasisPoints == 1400);
        CHECK(defaults.rateBasisPoints == 5000);
        CHECK(f.reg.settlement().parameters(1, 2024).stored);
        f.db.loginAs(UserRole::Griffie);
        SettlementParameters p = f.reg.settlement().parameters(1, 2024);
        expectError(Error::Kind::Permission, [&] { f.reg.settlement().setParameters(p); });
        f.db.loginAs(UserRole::Administrator);
        p.rateBasisPoints = 10001;
        CHECK(expectError(Error::Kind::Validation, [&] { f.reg.settlement().setParameters(p); }).field() == QLatin1String("rate"));
        p.rateBasisPoints = 4000;
        f.reg.settlement().setParameters(p);
        CHECK(f.lastAudit(QStringLiteral("settlement_parameters"), 2024).action == QLatin1String("update"));
        // 40 % of the excess of 6.000,00 = 2.400,00
        CHECK(f.reg.settlement().compute(alderman, 2024).result.deduction == euro(240'000));
    }
}

TEST_CASE("settlement: who is settled", "[registers][settlement]")
{
    RegisterFixture f;
    const qint64 partTime = f.holder(HolderRole::Alderman, QStringLiteral("Deeltijd"), QDate(2022, 3, 30), QDate(), 80);
    const qint64 transitional = f.holder(HolderRole::Alderman, QStringLiteral("Oudgediende"), QDate(2006, 3, 30), QDate(), 100, true);
    const qint64 mayor = f.holder(HolderRole::Mayor, QStringLiteral("Burgemeester"), QDate(2025, 7, 1));
    f.db.loginAs(UserRole::Secretariat);
    setSalaries(f, 2025, 10'000'000, 10'000'000);
    for (qint64 person : {partTime, transitional, mayor})
        income(f, position(f, person, false, QStringLiteral("Adviesraad")), 2025, 1'000'000);

    CHECK_FALSE(f.reg.settlement().compute(partTime, 2025).applies);
    CHECK_FALSE(f.reg.settlement().compute(transitional, 2025).applies);
    CHECK(f.reg.settlement().compute(partTime, 2025).result.deduction == euro(0));
    // The mayor took office on 1 July 2025: 184 days, the part-year worked example of EUR 1.471,24.
    const SettlementCase c = f.reg.settlement().compute(mayor, 2025);
    CHECK(c.applies);
    CHECK(c.daysInOffice == 184);
    CHECK(c.result.salary == euro(5'041'096));
    CHECK(c.result.deduction == euro(147'124));
    CHECK(f.reg.settlement().undecided(2025) == std::vector<qint64>{mayor});
}

TEST_CASE("settlement: the college decision, also when nothing is to be settled", "[registers][settlement]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"));
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Raad"));
    f.db.loginAs(UserRole::Secretariat);
    setSalaries(f, 2024, 10'000'000, 12'000'000);
    income(f, position(f, alderman, false, QStringLiteral("Adviesbureau Maas")), 2024, 2'000'000);
    CHECK(f.reg.settlement().undecided(2024) == std::vector<qint64>{alderman});

    SettlementDecision d;
    d.personId = alderman;
    d.year = 2024;
    d.settled = euro(300'000);
    d.decisionDate = QDate(2025, 5, 13);
    d.decisionText = QStringLiteral("Collegebesluit 2025-117");
    const qint64 id = f.reg.settlement().recordDecision(d);
    CHECK(f.reg.settlement().decision(id).computed == euro(300'000)); // filled in from the computation
    CHECK(f.reg.settlement().undecided(2024).empty());
    CHECK(f.lastAudit(QStringLiteral("settlement_decision"), id).personId == alderman);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.settlement().recordDecision(d); }).field() == QLatin1String("year"));

    SettlementDecision nothing = f.reg.settlement().decision(id);
    nothing.nothingToSettle = true;
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.settlement().updateDecision(nothing); }).field() == QLatin1String("settled"));
    nothing.settled = euro(0);
    f.reg.settlement().updateDecision(nothing);
    CHECK(f.reg.settlement().decisionFor(alderman, 2024)->nothingToSettle);

    using Edit = std::function<void(SettlementDecision &)>;
    const auto [field, edit] = GENERATE(table<const char *, Edit>({
        {"settled", [](SettlementDecision &x) { x.settled = Money::fromCents(0); }},
        {"settled", [](SettlementDecision &x) { x.settled = Money::fromCents(-1); }},
        {"decisionDate", [](SettlementDecision &x) { x.decisionDate = QDate(); }},
        {"decisionDate", [](SettlementDecision &x) { x.decisionDate = QDate(2023, 12, 31); }},
        {"decisionDate", [](SettlementDecision &x) { x.decisionDate = QDate::currentDate().addDays(1); }},
        {"decisionText", [](SettlementDecision &x) { x.decisionText = repeated(QLatin1Char('x'), 2001); }},
        {"year", [](SettlementDecision &x) { x.year = QDate::currentDate().year() + 1; }},
    }));
    f.reg.settlement().removeDecision(id);
    SettlementDecision bad = d;
    edit(bad);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.settlement().recordDecision(bad); }).field() == QLatin1String(field));

    d.personId = councillor;
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.settlement().recordDecision(d); }).field() == QLatin1String("person"));
    f.db.loginAs(UserRole::Griffie);
    d.personId = alderman;
    expectError(Error::Kind::Permission, [&] { f.reg.settlement().recordDecision(d); });
}

TEST_CASE("side income: rules, audit and undo", "[registers][sideincome]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const qint64 paid = position(f, person, false, QStringLiteral("Adviesbureau Maas"));
    SidePosition unpaidPosition = f.reg.sidePositions().position(paid);
    unpaidPosition.id = 0;
    unpaidPosition.paid = false;
    const qint64 unpaid = f.reg.sidePositions().create(unpaidPosition);

    const qint64 id = income(f, paid, 2023, 250'000);
    CHECK(f.lastAudit(QStringLiteral("side_income"), id).personId == person);
    f.reg.sideIncome().publish(id, QDate(2024, 2, 1));
    CHECK(f.reg.sideIncome().income(id).published == QDate(2024, 2, 1));
    CHECK(f.lastAudit(QStringLiteral("side_income"), id).action == QLatin1String("publish"));
    const SideIncome removed = f.reg.sideIncome().income(id);
    f.reg.sideIncome().remove(id);
    f.reg.sideIncome().restore(removed);
    CHECK(f.reg.sideIncome().incomeFor(paid, 2023)->amount == euro(250'000));

    using Edit = std::function<void(SideIncome &)>;
    const auto [field, edit] = GENERATE_COPY(table<const char *, Edit>({
        {"year", [](SideIncome &i) { i.year = 2022; }},                                  // before the position
        {"year", [](SideIncome &i) { i.year = QDate::currentDate().year() + 1; }},
        {"year", [](SideIncome &i) { i.year = 2023; }},                                  // already recorded
        {"amount", [](SideIncome &i) { i.amount = Money::fromCents(-1); }},
        {"amount", [](SideIncome &i) { i.amount = Money::fromCents(1'000'000'000); }},
        {"amount", [unpaid](SideIncome &i) { i.positionId = unpaid; }},
        {"published", [](SideIncome &i) { i.published = QDate(2023, 12, 31); }},
        {"published", [](SideIncome &i) { i.published = QDate::currentDate().addDays(1); }},
        {"notes", [](SideIncome &i) { i.notes = repeated(QLatin1Char('x'), 2001); }},
        {"position", [](SideIncome &i) { i.positionId = 9999; }},
    }));
    SideIncome i;
    i.positionId = paid;
    i.year = 2024;
    i.amount = euro(100);
    edit(i);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.sideIncome().create(i); }).field() == QLatin1String(field));
}

TEST_CASE("side income: full-time college members publish last year's income before 1 April", "[registers][sideincome]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"));
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Raad"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    income(f, position(f, alderman, false, QStringLiteral("Adviesbureau Maas")), 2024, 100'000);
    income(f, position(f, councillor, false, QStringLiteral("Adviesbureau Rijn")), 2024, 100'000);

    RegisterFilter filter;
    filter.today = QDate(2025, 3, 31);
    auto rows = f.reg.sideIncome().page(filter, SideIncomeColumn::Person, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].person.personId == councillor); // "Raad" sorts before "Voltijd"
    CHECK_FALSE(rows[0].mustPublish);
    CHECK(rows[1].mustPublish);
    CHECK_FALSE(rows[1].publicationOverdue); // 31 March: still in time
    filter.flaggedOnly = true;
    CHECK(f.reg.sideIncome().count(filter) == 0);
    filter.today = QDate(2025, 4, 1);
    CHECK(f.reg.sideIncome().count(filter) == 1);
    filter.flaggedOnly = false;
    rows = f.reg.sideIncome().page(filter, SideIncomeColumn::Flag, Qt::DescendingOrder, 0, 10);
    CHECK(rows[0].publicationOverdue);
    CHECK_FALSE(rows[1].publicationOverdue);
    f.reg.sideIncome().publish(rows[0].income.id, QDate(2025, 4, 2));
    filter.flaggedOnly = true;
    CHECK(f.reg.sideIncome().count(filter) == 0);
    for (int column = 0; column < int(SideIncomeColumn::Count); ++column)
        CHECK(f.reg.sideIncome().page(RegisterFilter(), SideIncomeColumn(column), Qt::AscendingOrder, 0, 10).size() == 2);
}
