// Not a check but a look: with INTEGRITEIT_SCREENSHOT_DIR set, "[.screenshots]" fills a database
// with invitations, trips, side income, a settlement and inventory confirmations, and saves PNGs of
// the start page, the settlement and inventory pages, the invitation and trip pages, the person's
// Registers tab and the dialogs. Run: INTEGRITEIT_SCREENSHOT_DIR=/tmp/shots ui_tests "[.screenshots]"
#include "registeruifixture.h"

#include "persons/persondetailwidget.h"
#include "persons/personspage.h"
#include "registers/attention/attentionpage.h"
#include "registers/common/registerkind.h"
#include "registers/common/registerpage.h"
#include "registers/inventory/inventorypage.h"
#include "registers/invitations/invitationdialog.h"
#include "registers/settlement/settlementdecisiondialog.h"
#include "registers/settlement/settlementpage.h"
#include "registers/settlement/settlementparametersdialog.h"
#include "registers/trips/tripdialog.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
struct Looks
{
    qint64 mayor = 0;
    qint64 alderman = 0;
    qint64 councillor = 0;
};

Looks fillForLooks(RegisterUiFixture &f)
{
    const QDate today = QDate::currentDate();
    const int last = today.year() - 1;
    Looks l;
    l.mayor = f.holder(HolderRole::Mayor, QStringLiteral("Dams"), QDate(last - 3, 1, 1));
    l.alderman = f.holder(HolderRole::Alderman, QStringLiteral("Pietersen"), QDate(last - 2, 6, 1));
    l.councillor = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"), QDate(last - 2, 3, 29));
    f.holder(HolderRole::Councillor, QStringLiteral("Claessens"), QDate(last - 2, 3, 29));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat | UserRole::Administrator);

    SettlementParameters p;
    p.year = last;
    p.aldermanSalary = Money::fromCents(9'876'543);
    p.mayorSalary = Money::fromCents(11'234'500);
    f.reg().settlement().setParameters(p);
    f.income(f.position(l.alderman, false, QStringLiteral("Adviesbureau Maas"), QDate(last, 1, 1)), last, 2'150'000);
    f.income(f.position(l.alderman, true, QStringLiteral("Veiligheidsregio Zuid-Limburg"), QDate(last, 1, 1)), last, 120'000);
    f.income(f.position(l.councillor, false, QStringLiteral("Stichting Welzijn Beek"), QDate(last, 1, 1)), last, 345'000);

    InventoryConfirmation c;
    c.personId = l.councillor;
    c.year = last;
    c.confirmed = QDate(last, 10, 14);
    f.reg().inventory().confirm(c);

    Invitation dinner;
    dinner.personId = l.councillor;
    dinner.eventDate = today.addDays(-20);
    dinner.host = QStringLiteral("Ondernemersvereniging Beek");
    dinner.description = QStringLiteral("Nieuwjaarsdiner");
    dinner.kind = InvitationKind::Dinner;
    dinner.accepted = true;
    dinner.value = Money::fromCents(7500);
    f.reg().invitations().create(dinner);
    Invitation excursion;
    excursion.personId = l.alderman;
    excursion.eventDate = today.addDays(25);
    excursion.host = QStringLiteral("Port of Rotterdam");
    excursion.description = QStringLiteral("Rondvaart havengebied");
    excursion.kind = InvitationKind::Excursion;
    f.reg().invitations().create(excursion);

    Trip trip;
    trip.personId = l.alderman;
    trip.destination = QStringLiteral("Hasselt, België");
    trip.purpose = QStringLiteral("Euregionaal overleg over grensarbeid");
    trip.departure = today.addDays(40);
    trip.returnDate = trip.departure.addDays(2);
    trip.estimatedCosts = Money::fromCents(64000);
    trip.paidBy = TripPayer::ThirdParty;
    trip.thirdParty = QStringLiteral("Provincie Limburg (BE)");
    f.reg().trips().create(trip);
    return l;
}

void save(QWidget *widget, const QString &dir, const QString &name)
{
    QTest::qWait(60);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void showArea(MainWindow &window, const QString &title)
{
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    navigation->setCurrentRow(navigation->row(navigation->findItems(title, Qt::MatchExactly).value(0)));
}
} // namespace

TEST_CASE("Screenshots of the start page, settlement, inventory, invitations and trips", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    RegisterUiFixture f;
    const Looks l = fillForLooks(f);

    QSettings().clear(); // the look of a first start
    RecentFiles recent;
    MainWindow window(f.db.core(), recent);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    save(&window, dir, QStringLiteral("attention"));

    showArea(window, MainWindow::tr("Settlement"));
    window.settlementPage()->showPerson(l.alderman, QDate::currentDate().year() - 1);
    save(&window, dir, QStringLiteral("settlement"));
    showArea(window, MainWindow::tr("Inventory"));
    window.inventoryPage()->showPerson(l.councillor, QDate::currentDate().year() - 1);
    save(&window, dir, QStringLiteral("inventory"));
    for (const QString &entity : { QStringLiteral("invitation"), QStringLiteral("trip") }) {
        RegisterPage *page = window.registerPage(entity);
        REQUIRE(page);
        showArea(window, page->kind().title());
        page->view()->selectRow(0);
        save(&window, dir, entity);
    }
    showArea(window, MainWindow::tr("Office holders"));
    window.personsPage()->selectPerson(l.alderman);
    auto *tabs = window.personsPage()->detail()->findChild<QTabWidget *>();
    tabs->setCurrentIndex(tabs->count() - 1);
    save(&window, dir, QStringLiteral("person-registers"));

    InvitationDialog invitation(f.db.core(), f.reg().invitations().invitation(2), &window);
    invitation.show();
    save(&invitation, dir, QStringLiteral("invitationdialog"));
    TripDialog trip(f.db.core(), f.reg().trips().trip(1), &window);
    trip.show();
    save(&trip, dir, QStringLiteral("tripdialog"));
    SettlementDecision draft;
    draft.personId = l.alderman;
    draft.year = QDate::currentDate().year() - 1;
    draft.decisionDate = QDate::currentDate();
    SettlementDecisionDialog decision(f.reg().settlement(), draft, QStringLiteral("J. (Jan) Pietersen"),
                                      f.reg().settlement().compute(l.alderman, draft.year), &window);
    decision.show();
    save(&decision, dir, QStringLiteral("settlementdecisiondialog"));
    SettlementParametersDialog parameters(f.reg().settlement(), f.db.persons(), draft.year, &window);
    parameters.show();
    save(&parameters, dir, QStringLiteral("settlementparametersdialog"));
}
