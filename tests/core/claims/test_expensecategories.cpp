// The kinds of cost as a setting, and the link from a user account to an office holder.

#include "claimfixture.h"

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("expense categories: six defaults, the administrator or the secretariat keeps the list", "[claims][categories]")
{
    ClaimFixture f;
    auto &categories = f.svc().categories();
    f.db.loginAs(UserRole::Griffie);
    const auto defaults = categories.list();
    REQUIRE(defaults.size() == 6);
    QStringList codes;
    for (const ExpenseCategory &c : defaults)
        codes << c.code;
    CHECK(codes == QStringList({QStringLiteral("reis"), QStringLiteral("verblijf"), QStringLiteral("representatie"),
                                QStringLiteral("opleiding"), QStringLiteral("ict"), QStringLiteral("overig")}));
    CHECK_FALSE(categories.mayEdit());
    expectError(Error::Kind::Permission, [&] { categories.rename(QStringLiteral("reis"), QStringLiteral("Reizen")); });

    f.db.loginAs(UserRole::Secretariat);
    CHECK(expectError(Error::Kind::Validation, [&] {
              categories.add(ExpenseCategory{0, QStringLiteral("Parkeren!"), QStringLiteral("Parkeerkosten"), true, 0});
          }).field() == QLatin1String("code"));
    CHECK(expectError(Error::Kind::Validation, [&] {
              categories.add(ExpenseCategory{0, QStringLiteral("reis"), QStringLiteral("Nog eens reis"), true, 0});
          }).field() == QLatin1String("code"));
    CHECK(expectError(Error::Kind::Validation, [&] {
              categories.add(ExpenseCategory{0, QStringLiteral("parkeren"), QStringLiteral("reiskosten"), true, 0});
          }).field() == QLatin1String("name"));
    const qint64 id = categories.add(ExpenseCategory{0, QStringLiteral("parkeren"), QStringLiteral("Parkeerkosten"), true, 0});
    CHECK(categories.list().back().code == QLatin1String("parkeren"));
    CHECK(f.lastAudit(QStringLiteral("expense_category"), id).action == QLatin1String("create"));
    categories.rename(QStringLiteral("parkeren"), QStringLiteral("Parkeren en tol"));
    CHECK(categories.category(QStringLiteral("parkeren")).name == QLatin1String("Parkeren en tol"));
    f.db.loginAs(UserRole::Administrator);
    categories.setActive(QStringLiteral("ict"), false);
    CHECK(categories.list().size() == 6);
    CHECK(categories.list(true).size() == 7);
    CHECK(f.lastAudit(QStringLiteral("expense_category"), categories.category(QStringLiteral("ict")).id).action
          == QLatin1String("deactivate"));
}

TEST_CASE("expense categories: an inactive kind stays on old lines, not on new ones", "[claims][categories]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    const QDate today = ClaimFixture::today();
    const qint64 id = f.draft(person);
    const qint64 lineId = f.line(id, today, 2500, QStringLiteral("ict"));
    f.svc().categories().setActive(QStringLiteral("ict"), false);
    CHECK(expectError(Error::Kind::Validation, [&] { f.line(id, today, 100, QStringLiteral("ict")); }).field()
          == QLatin1String("category"));
    ClaimLine l = f.claims().line(lineId);
    l.amount = Money::fromCents(2600);
    f.claims().updateLine(l, today); // keeps its own kind
    CHECK(f.claims().line(lineId).category == QLatin1String("ict"));
    // The database refuses removing a kind in use.
    expectError(Error::Kind::Storage, [&] {
        SqlQuery::run(f.db.database().connection(), QStringLiteral("DELETE FROM expense_categories WHERE code = 'ict'"));
    });
}

TEST_CASE("account links: the administrator links an account to an office holder", "[claims]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::CommitteeMember);
    const User staff = f.account(QStringLiteral("medewerker"), UserRole::Griffie);
    auto &links = f.svc().accountLinks();
    f.as(staff);
    expectError(Error::Kind::Permission, [&] { links.link(staff.id, person); });
    CHECK(links.personOf(staff.id) == 0);
    f.db.loginAs(UserRole::Administrator);
    CHECK(expectError(Error::Kind::Validation, [&] { links.link(staff.id, 99999); }).field() == QLatin1String("person"));
    links.link(staff.id, person);
    CHECK(links.personOf(staff.id) == person);
    CHECK(f.lastAudit(QStringLiteral("user"), staff.id).action == QLatin1String("link_person"));
    f.as(staff);
    CHECK_FALSE(f.claims().mayCreate(person));
    f.db.loginAs(UserRole::Administrator);
    links.link(staff.id, 0);
    f.as(staff);
    CHECK(f.claims().mayCreate(person));
}
