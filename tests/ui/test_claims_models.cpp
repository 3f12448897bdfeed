// The claims list and the lines of a claim under QAbstractItemModelTester: first query, every
// sort column, filters, fetching more pages, a reload after a change, and the drop of a file.
#include "claimsuitest.h"
#include "modeltester.h"

#include "claims/claimlinesmodel.h"
#include "claims/claimoverviewpage.h"
#include "claims/claimsmodel.h"
#include "claims/overviewmodels.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("claims model: lazy pages, SQL sorting and filters under the model tester", "[claims]")
{
    ClaimFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Aalbers"));
    const qint64 other = f.holder(HolderRole::CommitteeMember, QStringLiteral("Zomers"));
    f.as(f.account(QStringLiteral("griffie1"), UserRole::Griffie));
    const QDate today = ClaimFixture::today();
    // More than one page: 230 claims.
    for (int i = 0; i < 230; ++i) {
        const qint64 id = f.draft(i % 2 ? councillor : other);
        f.line(id, today.addDays(-1 - i % 20), 1000 + i);
    }

    ClaimsModel model(f.claims());
    CheckedModel checked(&model);
    model.sort(int(ClaimColumn::Number), Qt::DescendingOrder);
    checked.requireClean();
    CHECK(model.totalCount() == 230);
    CHECK(model.rowCount() == ClaimsModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 230);
    checked.requireClean();
    CHECK(model.index(0, int(ClaimColumn::Number)).data().toString() == QStringLiteral("D%1-00230").arg(today.year()));
    // A claimant's name is held once for all his rows, not once per row (StringPool).
    {
        const auto nameAt = [&](int row) { return model.index(row, int(ClaimColumn::Person)).data().toString(); };
        int sameName = 1;
        while (sameName < model.rowCount() && nameAt(sameName) != nameAt(0))
            ++sameName;
        REQUIRE(sameName < model.rowCount());
        CHECK(nameAt(sameName).constData() == nameAt(0).constData());
    }
    CHECK(model.index(0, int(ClaimColumn::Status)).data().toString() == claimStatusName(ClaimStatus::Draft));
    CHECK(model.index(0, int(ClaimColumn::Total)).data().toString().startsWith(QStringLiteral("€ ")));

    for (int column = 0; column < int(ClaimColumn::Count); ++column) {
        model.sort(column, Qt::AscendingOrder);
        model.sort(column, Qt::DescendingOrder);
        checked.requireClean();
        CHECK(model.rowCount() == ClaimsModel::PageSize);
    }

    ClaimFilter filter;
    filter.personId = councillor;
    model.setFilter(filter);
    checked.requireClean();
    CHECK(model.totalCount() == 115);
    filter = ClaimFilter();
    filter.text = QStringLiteral("Zomers");
    model.setFilter(filter);
    CHECK(model.totalCount() == 115);
    filter.status = ClaimStatus::Submitted;
    model.setFilter(filter);
    CHECK(model.totalCount() == 0);
    checked.requireClean();

    // A change re-queries through the service's signal.
    model.setFilter(ClaimFilter());
    const qint64 first = model.idAt(0);
    REQUIRE(first != 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    f.line(first, today.addDays(-2), 500);
    CHECK(resets.count() == 1);
    checked.requireClean();
    CHECK(model.rowOf(first).has_value());
}

TEST_CASE("claim lines model: lines, receipt names, and a dropped file reported for its line", "[claims]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.as(f.account(QStringLiteral("secretarie1"), UserRole::Secretariat));
    const QDate today = ClaimFixture::today();
    const qint64 claim = f.draft(person);
    const qint64 withReceipt = f.fullLine(claim, today.addDays(-3), 1250, 7);
    const qint64 without = f.line(claim, today.addDays(-2), 4500, QStringLiteral("representatie"), QString());

    ClaimLinesModel model(f.svc());
    CheckedModel checked(&model);
    model.setClaim(claim);
    checked.requireClean();
    REQUIRE(model.rowCount() == 2);
    using C = ClaimLinesModel::Column;
    CHECK(model.index(0, int(C::Receipt)).data().toString() == QStringLiteral("bon-7.pdf"));
    CHECK(model.index(1, int(C::Receipt)).data().toString() == ClaimLinesModel::tr("(missing)"));
    CHECK(model.index(1, int(C::Reason)).data().toString() == ClaimLinesModel::tr("(missing)"));
    CHECK(model.index(0, int(C::Amount)).data().toString() == QStringLiteral("€ 12,50"));
    CHECK(model.index(1, int(C::Category)).data().toString() == QStringLiteral("Representatiekosten"));
    CHECK(model.lineIdAt(0) == withReceipt);

    f.receipt(without, 8);
    checked.requireClean();
    CHECK(model.index(1, int(C::Receipt)).data().toString() == QStringLiteral("bon-8.pdf"));

    // Drops: only while editable, only local files; on a line it names the line.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(QStringLiteral("/tmp/bon.pdf"))});
    CHECK_FALSE(model.canDropMimeData(&mime, Qt::CopyAction, -1, -1, model.index(0, 0)));
    model.setAcceptsDrops(true);
    CHECK(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDropEnabled));
    QSignalSpy dropped(&model, &ClaimLinesModel::receiptDropped);
    CHECK(model.dropMimeData(&mime, Qt::CopyAction, -1, -1, model.index(1, 2)));
    REQUIRE(dropped.count() == 1);
    CHECK(dropped.at(0).at(0).toLongLong() == without);
    CHECK(dropped.at(0).at(1).toString() == QStringLiteral("/tmp/bon.pdf"));
    QMimeData web;
    web.setUrls({QUrl(QStringLiteral("https://example.nl/bon.pdf"))});
    CHECK_FALSE(model.canDropMimeData(&web, Qt::CopyAction, -1, -1, {}));

    model.setClaim(0);
    checked.requireClean();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("overview models: totals and public lines under the model tester", "[claims]")
{
    ClaimFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const User s1 = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const User s2 = f.account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    const QDate today = ClaimFixture::today();
    f.as(s1);
    const qint64 claim = f.draft(alderman);
    f.fullLine(claim, today.addDays(-3), 1250, 1);
    f.claims().submit(claim, today);
    f.claims().transition(claim, ClaimAction::Check, {}, today);
    f.as(s2);
    f.claims().transition(claim, ClaimAction::Approve, {}, today);

    OverviewTotalsModel totals;
    CheckedModel checkedTotals(&totals);
    ClaimOverviewFilter filter;
    filter.year = today.addDays(-3).year();
    totals.setRows(f.claims().overview(filter));
    checkedTotals.requireClean();
    REQUIRE(totals.rowCount() == 1);
    CHECK(totals.index(0, int(OverviewTotalsModel::Column::Total)).data().toString() == QStringLiteral("€ 12,50"));
    CHECK(totals.index(0, int(OverviewTotalsModel::Column::Total)).data(OverviewTotalsModel::SortRole).toLongLong() == 1250);

    PublicLinesModel lines;
    CheckedModel checkedLines(&lines);
    lines.setLines(f.claims().publicLines(filter.year));
    checkedLines.requireClean();
    REQUIRE(lines.rowCount() == 1);
    CHECK(lines.index(0, int(PublicLinesModel::Column::Number)).data().toString().startsWith(QLatin1Char('D')));
}

TEST_CASE("The overview page reads the tab on screen, the other when it is chosen, and both anew after a change",
          "[claims]")
{
    ClaimFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const User s1 = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const User s2 = f.account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    const QDate day = ClaimFixture::today().addDays(-3);
    const auto approvedClaim = [&](qint64 cents) {
        f.as(s1);
        const qint64 claim = f.draft(alderman);
        f.fullLine(claim, day, cents, 1);
        f.claims().submit(claim, ClaimFixture::today());
        f.claims().transition(claim, ClaimAction::Check, {}, ClaimFixture::today());
        f.as(s2);
        f.claims().transition(claim, ClaimAction::Approve, {}, ClaimFixture::today());
    };
    approvedClaim(1250);

    ClaimOverviewPage page(f.db.core());
    page.setYear(day.year());
    const auto rows = [&](const char *name) {
        auto *view = page.findChild<QTableView *>(QLatin1String(name));
        REQUIRE(view);
        return view->model()->rowCount();
    };
    CHECK(rows("overviewTotals") == 0); // nothing is read before the page is shown
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.tabs()->currentIndex() == 0);
    CHECK(rows("overviewTotals") == 1);
    CHECK(rows("publicLines") == 0); // the public tab waits until it is chosen
    page.tabs()->setCurrentIndex(1);
    CHECK(rows("publicLines") == 1);
    CHECK(rows("publicTotals") == 1);

    // A change while the public tab is on screen: read at once there, the other tab when chosen.
    approvedClaim(990);
    CHECK(rows("publicLines") == 2);
    page.tabs()->setCurrentIndex(0);
    CHECK(rows("overviewTotals") == 1);
    auto *totals = page.findChild<QTableView *>(QStringLiteral("overviewTotals"));
    const QModelIndex total = totals->model()->index(0, int(OverviewTotalsModel::Column::Total));
    CHECK(total.data().toString() == QStringLiteral("€ 22,40"));
}
