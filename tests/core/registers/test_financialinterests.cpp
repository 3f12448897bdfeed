// Financiële belangen (GC 2.2, 2.3): rules, end, rights, audit, and the current list.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
FinancialInterest sampleInterest(qint64 personId)
{
    FinancialInterest f;
    f.personId = personId;
    f.organisation = QStringLiteral("Bouwbedrijf Maasvallei BV");
    f.kind = InterestKind::Shares;
    f.description = QStringLiteral("5% van de aandelen");
    f.acquired = QDate(2023, 4, 1);
    f.reported = QDate(2023, 4, 15);
    return f;
}
} // namespace

TEST_CASE("financial interest: create, end, remove, restore with audit", "[registers][interests]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    auto &service = f.reg.financialInterests();
    const qint64 id = service.create(sampleInterest(person));
    RegisterFilter current;
    current.status = RegisterFilter::Status::Active;
    CHECK(service.count(current) == 1);
    service.end(id, QDate(2024, 1, 31));
    CHECK(service.count(current) == 0);
    CHECK(f.lastAudit(QStringLiteral("financial_interest"), id).action == QLatin1String("end"));
    const FinancialInterest removed = service.interest(id);
    service.remove(id);
    service.restore(removed);
    CHECK(service.interest(id).end == QDate(2024, 1, 31));
    CHECK(f.auditCount(QStringLiteral("financial_interest"), id) == 4);
    CHECK(f.lastAudit(QStringLiteral("financial_interest"), id).personId == person);

    // An interest that arises mid-term is reported then; one without a reporting date is flagged.
    FinancialInterest unreported = sampleInterest(person);
    unreported.reported = QDate();
    service.create(unreported);
    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    CHECK(service.count(flagged) == 1);
    for (int column = 0; column < int(FinancialInterestColumn::Count); ++column)
        CHECK(service.page(RegisterFilter(), FinancialInterestColumn(column), Qt::AscendingOrder, 0, 10).size() == 2);
}

TEST_CASE("financial interest: every field is validated and named", "[registers][interests]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    using Edit = std::function<void(FinancialInterest &)>;
    const auto [field, edit] = GENERATE(table<const char *, Edit>({
        {"organisation", [](FinancialInterest &i) { i.organisation.clear(); }},
        {"organisation", [](FinancialInterest &i) { i.organisation = repeated(QLatin1Char('x'), 201); }},
        {"description", [](FinancialInterest &i) { i.kind = InterestKind::Other; i.description.clear(); }},
        {"description", [](FinancialInterest &i) { i.description = repeated(QLatin1Char('x'), 501); }},
        {"acquired", [](FinancialInterest &i) { i.acquired = QDate(); }},
        {"acquired", [](FinancialInterest &i) { i.acquired = QDate::currentDate().addDays(1); }},
        {"reported", [](FinancialInterest &i) { i.reported = QDate(2023, 3, 31); }},
        {"end", [](FinancialInterest &i) { i.end = QDate(2023, 3, 31); }},
        {"end", [](FinancialInterest &i) { i.end = QDate::currentDate().addDays(1); }},
        {"notes", [](FinancialInterest &i) { i.notes = repeated(QLatin1Char('x'), 4001); }},
    }));
    FinancialInterest i = sampleInterest(person);
    edit(i);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.financialInterests().create(i); }).field() == QLatin1String(field));
}

TEST_CASE("financial interest: kinds and rights", "[registers][interests]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman);
    const InterestKind kind = GENERATE(InterestKind::Shares, InterestKind::Options, InterestKind::Derivatives,
                                       InterestKind::Bonds, InterestKind::Other);
    f.db.loginAs(UserRole::Griffie);
    FinancialInterest i = sampleInterest(alderman);
    i.kind = kind;
    expectError(Error::Kind::Permission, [&] { f.reg.financialInterests().create(i); });
    f.db.loginAs(UserRole::Secretariat);
    const qint64 id = f.reg.financialInterests().create(i);
    CHECK(f.reg.financialInterests().interest(id).kind == kind);
    CHECK(interestKindFromCode(interestKindCode(kind)) == kind);
    CHECK_FALSE(interestKindName(kind).isEmpty());
}
