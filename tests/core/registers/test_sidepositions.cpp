// Nevenfuncties (GC 3): rights, field rules, the GC 3.6 flag, audit, undo and the list filters.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
SidePosition samplePosition(qint64 personId)
{
    SidePosition s;
    s.personId = personId;
    s.organisation = QStringLiteral("Stichting Dorpshuis Beek");
    s.description = QStringLiteral("Voorzitter bestuur");
    s.start = QDate(2023, 1, 1);
    s.reported = QDate(2023, 1, 5);
    return s;
}
} // namespace

TEST_CASE("side position: create, update, end, remove and restore, each with an audit row", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    auto &service = f.reg.sidePositions();

    int added = 0;
    QObject::connect(&service, &SidePositionService::recordsChanged, [&](qint64 p) { added += p == person; });
    const qint64 id = service.create(samplePosition(person));
    CHECK(added == 1);
    CHECK(f.lastAudit(QStringLiteral("side_position"), id).action == QLatin1String("create"));
    CHECK(f.lastAudit(QStringLiteral("side_position"), id).personId == person);

    SidePosition s = service.position(id);
    CHECK(s.organisation == QLatin1String("Stichting Dorpshuis Beek"));
    s.paid = true;
    service.update(s);
    CHECK(service.position(id).paid);
    const AuditEntry update = f.lastAudit(QStringLiteral("side_position"), id);
    CHECK(update.action == QLatin1String("update"));
    CHECK(update.before.value(QStringLiteral("paid")).toBool() == false);
    CHECK(update.after.value(QStringLiteral("paid")).toBool() == true);
    CHECK(AuditLog::describeChanges(update) == QStringList{QStringLiteral("paid: false → true")});

    service.end(id, QDate(2024, 6, 30));
    CHECK(service.position(id).end == QDate(2024, 6, 30));
    CHECK(f.lastAudit(QStringLiteral("side_position"), id).action == QLatin1String("end"));

    const SidePosition removed = service.position(id);
    service.remove(id);
    expectError(Error::Kind::NotFound, [&] { service.position(id); });
    service.restore(removed);
    CHECK(service.position(id).end == QDate(2024, 6, 30));
    CHECK(f.auditCount(QStringLiteral("side_position"), id) == 5);
    // The person's history shows the record's rows.
    const auto history = AuditLog::personHistory(f.db.database().connection(), person);
    CHECK(std::count_if(history.begin(), history.end(), [](const AuditEntry &e) {
              return e.entity == QLatin1String("side_position");
          }) == 5);
    CHECK(AuditLog::verifyChain(f.db.database().connection()) == 0);
}

TEST_CASE("side position: every field is validated and named", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const QDate today = QDate::currentDate();

    using Edit = std::function<void(SidePosition &)>;
    const auto [field, edit] = GENERATE_COPY(table<const char *, Edit>({
        {"organisation", [](SidePosition &s) { s.organisation = QStringLiteral("  "); }},
        {"organisation", [](SidePosition &s) { s.organisation = repeated(QLatin1Char('x'), 201); }},
        {"description", [](SidePosition &s) { s.description.clear(); }},
        {"description", [](SidePosition &s) { s.description = repeated(QLatin1Char('x'), 501); }},
        {"start", [](SidePosition &s) { s.start = QDate(); }},
        {"start", [](SidePosition &s) { s.start = QDate(1989, 12, 31); }},
        {"start", [today](SidePosition &s) { s.start = today.addYears(3); }},
        {"end", [](SidePosition &s) { s.end = QDate(2022, 12, 31); }},
        {"reported", [today](SidePosition &s) { s.reported = today.addDays(1); }},
        {"raadNotified", [today](SidePosition &s) { s.raadNotified = today.addDays(1); }},
        {"collegeDiscussed", [today](SidePosition &s) { s.collegeDiscussed = today.addDays(1); }},
        {"raadNotified", [](SidePosition &s) { s.exOfficio = true; s.raadNotified = QDate(2023, 1, 2); }},
        {"notes", [](SidePosition &s) { s.notes = repeated(QLatin1Char('x'), 4001); }},
        {"person", [](SidePosition &s) { s.personId = 9999; }},
    }));
    SidePosition s = samplePosition(person);
    edit(s);
    const Error e = expectError(Error::Kind::Validation, [&] { f.reg.sidePositions().create(s); });
    CHECK(e.field() == QLatin1String(field));
    CHECK_FALSE(e.userMessage().isEmpty());
    CHECK(SqlQuery::scalar(f.db.database().connection(), QStringLiteral("SELECT count(*) FROM side_positions")).toInt() == 0);
}

TEST_CASE("side position: the office of the person's appointment keeps it, everybody reads", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Raad"));
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    auto &service = f.reg.sidePositions();

    f.db.loginAs(UserRole::Griffie);
    const qint64 id = service.create(samplePosition(councillor));
    expectError(Error::Kind::Permission, [&] { service.create(samplePosition(alderman)); });

    f.db.loginAs(UserRole::Secretariat);
    const qint64 collegeId = service.create(samplePosition(alderman));
    expectError(Error::Kind::Permission, [&] { service.create(samplePosition(councillor)); });
    CHECK_FALSE(service.mayEdit(service.position(id)));
    CHECK(service.mayEdit(service.position(collegeId)));

    for (UserRole role : {UserRole::Auditor, UserRole::Integrity, UserRole::Administrator}) {
        f.db.loginAs(role);
        CHECK(service.position(id).personId == councillor);
        CHECK(service.count(RegisterFilter()) == 2);
        SidePosition s = service.position(id);
        s.paid = true;
        expectError(Error::Kind::Permission, [&] { service.update(s); });
        expectError(Error::Kind::Permission, [&] { service.remove(id); });
    }
    f.db.logout();
    expectError(Error::Kind::Permission, [&] { service.count(RegisterFilter()); });
}

TEST_CASE("side position: a councillor who becomes alderman moves to the secretariat", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Overstap"), QDate(2018, 3, 29), QDate(2022, 6, 1));
    f.addAppointment(person, HolderRole::Alderman, QDate(2022, 6, 2));
    SidePosition s = samplePosition(person);
    s.start = QDate(2019, 1, 1);

    f.db.loginAs(UserRole::Griffie);
    expectError(Error::Kind::Permission, [&] { f.reg.sidePositions().create(s); });
    s.end = QDate(2020, 12, 31); // ended while a councillor: the griffie keeps it
    CHECK(f.reg.sidePositions().create(s) > 0);
}

TEST_CASE("side position: GC 3.6 flags a personal position of a college member without both dates", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Raad"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    auto &service = f.reg.sidePositions();

    struct Case { bool exOfficio; bool notified; bool discussed; bool flagged; };
    const Case c = GENERATE(Case{false, false, false, true}, Case{false, true, false, true},
                            Case{false, false, true, true}, Case{false, true, true, false},
                            Case{true, false, false, false});
    SidePosition s = samplePosition(alderman);
    s.exOfficio = c.exOfficio;
    if (c.notified)
        s.raadNotified = QDate(2022, 12, 1);
    if (c.discussed)
        s.collegeDiscussed = QDate(2022, 12, 6);
    const qint64 id = service.create(s);
    CHECK(service.needsCollegeSteps(service.position(id)) == c.flagged);
    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    CHECK(service.count(flagged) == (c.flagged ? 1 : 0));
    const auto rows = service.page(RegisterFilter(), SidePositionColumn::Start, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].needsCollegeSteps == c.flagged);

    // A councillor's personal position is never flagged: GC 3.6 is about the college.
    service.create(samplePosition(councillor));
    CHECK(service.count(flagged) == (c.flagged ? 1 : 0));
}

TEST_CASE("side position: list filters, sorting and paging", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 a = f.holder(HolderRole::Councillor, QStringLiteral("Aalders"), QDate(2022, 3, 30), QDate(), 100, false,
                              QStringLiteral("VVD"));
    const qint64 b = f.holder(HolderRole::Councillor, QStringLiteral("Bakker"));
    const qint64 w = f.holder(HolderRole::Alderman, QStringLiteral("Wouters"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    auto &service = f.reg.sidePositions();
    SidePosition s = samplePosition(a);
    s.organisation = QStringLiteral("Voetbalvereniging Kluis");
    service.create(s);
    s = samplePosition(b);
    s.organisation = QStringLiteral("Zorggroep Zuid");
    s.start = QDate(2020, 1, 1);
    s.end = QDate(2021, 1, 1);
    service.create(s);
    s = samplePosition(w);
    s.organisation = QStringLiteral("Woningstichting Maasland");
    s.exOfficio = true;
    service.create(s);

    const QDate today = QDate::currentDate();
    RegisterFilter filter;
    CHECK(service.count(filter) == 3);
    filter.role = HolderRole::Alderman;
    CHECK(service.count(filter) == 1);
    filter = RegisterFilter();
    filter.faction = QStringLiteral("VVD");
    CHECK(service.count(filter) == 1);
    filter = RegisterFilter();
    filter.personId = b;
    CHECK(service.count(filter) == 1);
    filter = RegisterFilter();
    filter.status = RegisterFilter::Status::Active;
    filter.today = today;
    CHECK(service.count(filter) == 2);
    filter.status = RegisterFilter::Status::Ended;
    CHECK(service.count(filter) == 1);
    filter = RegisterFilter();
    filter.from = QDate(2020, 6, 1);
    filter.to = QDate(2020, 12, 31);
    CHECK(service.count(filter) == 1);
    filter = RegisterFilter();
    filter.text = QStringLiteral("maasland");
    CHECK(service.count(filter) == 1);
    filter.text = QStringLiteral("bakker zorg");
    CHECK(service.count(filter) == 1);

    const auto byOrganisation = service.page(RegisterFilter(), SidePositionColumn::Organisation, Qt::AscendingOrder, 0, 10);
    REQUIRE(byOrganisation.size() == 3);
    CHECK(byOrganisation[0].position.organisation.startsWith(QLatin1String("Voetbal")));
    CHECK(byOrganisation[2].position.organisation.startsWith(QLatin1String("Zorg")));
    CHECK(byOrganisation[0].person.faction == QLatin1String("VVD"));
    CHECK(byOrganisation[0].person.role == HolderRole::Councillor);
    const auto page = service.page(RegisterFilter(), SidePositionColumn::Person, Qt::DescendingOrder, 1, 1);
    REQUIRE(page.size() == 1);
    CHECK(page[0].person.personId == b);
    for (int column = 0; column < int(SidePositionColumn::Count); ++column)
        CHECK(service.page(RegisterFilter(), SidePositionColumn(column), Qt::AscendingOrder, 0, 10).size() == 3);
}

TEST_CASE("side position: a position with income stays on record", "[registers][sidepositions]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    SidePosition s = samplePosition(person);
    s.paid = true;
    const qint64 id = f.reg.sidePositions().create(s);
    SideIncome income;
    income.positionId = id;
    income.year = 2023;
    income.amount = Money::fromCents(120000);
    f.reg.sideIncome().create(income);
    expectError(Error::Kind::Conflict, [&] { f.reg.sidePositions().remove(id); });
}
