// The main window must fit a 1366 x 768 laptop screen, the griffie's usual one: every area's page
// may scroll its tables, but no page may force the window wider than the screen.

#include "support/testdatabase.h"

#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStackedWidget>
#include <QTranslator>

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("Every area fits a 1366 pixels wide screen", "[ui][shell]")
{
    // Measured in Dutch, the users' language and the wider one.
    QTranslator dutch;
#ifdef INTEGRITEIT_DUTCH_QM
    REQUIRE(dutch.load(QStringLiteral(INTEGRITEIT_DUTCH_QM)));
    QCoreApplication::installTranslator(&dutch);
#endif
    struct Uninstall { QTranslator &t; ~Uninstall() { QCoreApplication::removeTranslator(&t); } } uninstall { dutch };
    TestDatabase test;
    RecentFiles recent;
    for (UserRole role : { UserRole::Griffie, UserRole::Secretariat, UserRole::Administrator }) {
        test.loginAs(role);
        MainWindow window(test.core(), recent);
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        REQUIRE(pages);
        for (int i = 0; i < pages->count(); ++i) {
            QWidget *page = pages->widget(i);
            INFO("area " << page->objectName().toStdString() << " needs "
                         << page->minimumSizeHint().width() << " px");
            CHECK(page->minimumSizeHint().width() <= 1366 - 200); // the navigation takes about 200
        }
        INFO("window needs " << window.minimumSizeHint().width() << " px");
        CHECK(window.minimumSizeHint().width() <= 1366);
        CHECK(window.minimumSizeHint().height() <= 700);
    }
}
