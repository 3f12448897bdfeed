// Not a check but a look: with INTEGRITEIT_SCREENSHOT_DIR set, "[.screenshots]" fills a database
// with register records, opens the main window on each register area and saves PNGs there, plus
// the register dialogs. Run: INTEGRITEIT_SCREENSHOT_DIR=/tmp/shots ui_tests "[.screenshots]"
#include "registerfixtures.h"

#include "registers/common/registerkind.h"
#include "registers/common/registerpage.h"
#include "registers/sidepositions/sidepositiondialog.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
void fillForLooks(TestDatabase &test, const RegisterPeople &people)
{
    auto &positions = test.core().registers().sidePositions();
    SidePosition a = sampleSidePosition(people.councillor, QStringLiteral("Stichting Welzijn Beek"), true);
    a.description = QStringLiteral("Voorzitter raad van toezicht");
    const qint64 paid = positions.create(a);
    SideIncome income;
    income.positionId = paid;
    income.year = 2024;
    income.amount = Money::fromCents(345000);
    test.core().registers().sideIncome().create(income);
    positions.create(sampleSidePosition(people.councillor, QStringLiteral("Voetbalvereniging SV Beek")));
    SidePosition qq = sampleSidePosition(people.councillor, QStringLiteral("Veiligheidsregio Zuid-Limburg"));
    qq.exOfficio = true;
    qq.description = QStringLiteral("Lid algemeen bestuur");
    positions.create(qq);
    SidePosition flagged = sampleSidePosition(people.alderman, QStringLiteral("Woningcorporatie Maasland"), true);
    flagged.description = QStringLiteral("Lid raad van commissarissen");
    const qint64 flaggedId = positions.create(flagged);
    SideIncome aldermanIncome;
    aldermanIncome.positionId = flaggedId;
    aldermanIncome.year = 2024;
    aldermanIncome.amount = Money::fromCents(1200000);
    test.core().registers().sideIncome().create(aldermanIncome);
    SidePosition ended = sampleSidePosition(people.former, QStringLiteral("Harmonie St. Cecilia"));
    ended.start = QDate(2015, 1, 1);
    ended.end = QDate(2017, 12, 31);
    ended.reported = QDate(2015, 1, 2);
    positions.create(ended);
}
} // namespace

TEST_CASE("Screenshots of the register areas", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillForLooks(test, people);
    test.loginAs(UserRole::Griffie);

    QSettings().clear(); // the look of a first start, not of the last test run
    RecentFiles recent;
    MainWindow window(test.core(), recent);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (const QString &entity : { QStringLiteral("side_position"), QStringLiteral("financial_interest"),
                                   QStringLiteral("gift") }) {
        RegisterPage *page = window.registerPage(entity);
        if (!page)
            continue;
        navigation->setCurrentRow(navigation->row(navigation->findItems(page->kind().title(), Qt::MatchExactly).value(0)));
        page->view()->selectRow(0);
        QTest::qWait(50);
        window.grab().save(QDir(dir).filePath(entity + QStringLiteral(".png")));
    }

    SidePosition draft;
    draft.start = QDate::currentDate();
    SidePositionDialog dialog(test.core(), draft, &window);
    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(QDir(dir).filePath(QStringLiteral("sidepositiondialog.png")));
}
