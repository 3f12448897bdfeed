// The start page: it lists what needs the user's action, drops an item once a service call
// resolved it, and asks to open the record on Enter.
#include "registeruifixture.h"
#include "modeltester.h"

#include "registers/attention/attentionmodel.h"
#include "registers/attention/attentionpage.h"
#include "registers/common/registermodel.h"
#include "registers/common/registerpage.h"
#include "registers/inventory/inventorypage.h"
#include "registers/settlement/settlementpage.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <QCheckBox>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
Trip plannedTrip(qint64 personId)
{
    Trip t;
    t.personId = personId;
    t.destination = QStringLiteral("Aken, Duitsland");
    t.purpose = QStringLiteral("Euregionaal overleg");
    t.departure = QDate::currentDate().addDays(20);
    t.returnDate = t.departure.addDays(2);
    t.estimatedCosts = Money::fromCents(85000);
    return t;
}

std::optional<int> rowOfRecord(const AttentionModel &model, const QString &entity, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(AttentionModel::EntityRole).toString() == entity
            && index.data(AttentionModel::RecordIdRole).toLongLong() == id)
            return row;
    }
    return std::nullopt;
}
} // namespace

TEST_CASE("The attention list shows a trip without permission until the college decides", "[ui][attention]")
{
    RegisterUiFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Reiziger"));
    f.db.loginAs(UserRole::Secretariat);
    const qint64 trip = f.reg().trips().create(plannedTrip(alderman));

    AttentionPage page(f.reg(), f.db.persons());
    CheckedModel checked(page.model());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    checked.requireClean();
    const auto row = rowOfRecord(*page.model(), QStringLiteral("trip"), trip);
    REQUIRE(row.has_value());
    const QModelIndex what = page.model()->index(*row, int(AttentionColumn::What));
    CHECK(what.data().toString().contains(QLatin1String("Aken")));
    CHECK(page.model()->index(*row, int(AttentionColumn::Person)).data().toString().contains(QLatin1String("Reiziger")));
    CHECK_FALSE(page.model()->index(*row, 0).data(AttentionModel::OverdueRole).toBool());
    const int before = page.model()->rowCount();

    // Enter on the item asks to open the trip itself.
    QSignalSpy open(&page, &AttentionPage::openRecordRequested);
    page.view()->setFocus();
    page.view()->setCurrentIndex(page.model()->index(*row, 0));
    QTest::keyClick(page.view(), Qt::Key_Return);
    REQUIRE(open.count() == 1);
    CHECK(open.at(0).at(0).toString() == QLatin1String("trip"));
    CHECK(open.at(0).at(1).toLongLong() == trip);

    // The college gives permission: the item goes, without anybody pressing refresh.
    f.reg().trips().decide(trip, Verdict::Allowed, DecisionBody::College, QDate::currentDate());
    QCoreApplication::processEvents(); // the page reads the list once per burst of changes
    checked.requireClean();
    CHECK_FALSE(rowOfRecord(*page.model(), QStringLiteral("trip"), trip).has_value());
    CHECK(page.model()->rowCount() == before - 1);
}

TEST_CASE("The attention list marks overdue items and asks for the settlement page by person and year",
          "[ui][attention]")
{
    RegisterUiFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"), QDate(2020, 1, 1));
    f.db.loginAs(UserRole::Secretariat);
    AttentionModel model(f.reg());
    CheckedModel checked(&model);
    // On 1 July the settlement of last year is overdue (due 30 June).
    const QDate today(QDate::currentDate().year(), 7, 1);
    model.reload(today);
    checked.requireClean();
    std::optional<int> settlement;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(AttentionModel::EntityRole).toString() == QLatin1String("settlement_decision"))
            settlement = row;
    REQUIRE(settlement.has_value());
    const QModelIndex index = model.index(*settlement, int(AttentionColumn::Due));
    CHECK(index.data(AttentionModel::OverdueRole).toBool());
    CHECK(index.data(Qt::ForegroundRole).isValid());
    CHECK(index.data(AttentionModel::PersonIdRole).toLongLong() == alderman);
    CHECK(index.data(AttentionModel::YearRole).toInt() == today.year() - 1);
    CHECK(index.data(AttentionModel::RecordIdRole).toLongLong() == 0);

    // Nobody logged in: an empty list, no error.
    f.db.logout();
    model.reload(today);
    checked.requireClean();
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Opening an attention item in the main window shows its page at the record", "[ui][attention][shell]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"), QDate(year - 2, 1, 1));
    f.db.loginAs(UserRole::Secretariat);
    const qint64 trip = f.reg().trips().create(plannedTrip(alderman));
    RecentFiles recent;
    MainWindow window(f.db.core(), recent);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(pages->currentWidget() == window.attentionPage());

    Q_EMIT window.attentionPage()->openYearlyRequested(QStringLiteral("settlement_decision"), alderman, year);
    CHECK(pages->currentWidget() == window.settlementPage());
    CHECK(window.settlementPage()->year() == year);
    CHECK(window.settlementPage()->selectedPersonId() == alderman);

    Q_EMIT window.attentionPage()->openYearlyRequested(QStringLiteral("inventory_confirmation"), alderman, year);
    CHECK(pages->currentWidget() == window.inventoryPage());
    CHECK(window.inventoryPage()->selectedPersonId() == alderman);

    // The grouped item (one per year and office, no person) opens the year's "not confirmed" list.
    auto *unconfirmedOnly = window.inventoryPage()->findChild<QCheckBox *>(QStringLiteral("unconfirmedOnly"));
    REQUIRE(unconfirmedOnly);
    unconfirmedOnly->setChecked(false);
    window.inventoryPage()->setYear(year + 1);
    Q_EMIT window.attentionPage()->openYearlyRequested(QStringLiteral("inventory_confirmation"), 0, year);
    CHECK(pages->currentWidget() == window.inventoryPage());
    CHECK(window.inventoryPage()->year() == year);
    CHECK(unconfirmedOnly->isChecked());

    Q_EMIT window.attentionPage()->openRecordRequested(QStringLiteral("trip"), trip);
    RegisterPage *trips = window.registerPage(QStringLiteral("trip"));
    REQUIRE(trips);
    CHECK(pages->currentWidget() == trips);
    const QModelIndexList selected = trips->view()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(selected.first().data(RegisterModel::IdRole).toLongLong() == trip);
}
