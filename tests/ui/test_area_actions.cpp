// The claims and cards areas show their commands the way the register pages do: in the Edit
// menu while the area is on screen (their own bars show them beside what they act on, so the main
// toolbar does not repeat them), gone when another area is shown, so their shortcuts never act on
// a page that is not on screen. The workflow steps that do not apply to the selected claim are
// hidden in the menu too. INTEGRITEIT_SCREENSHOT_DIR=folder keeps pictures of both Edit menus.
#include "claimsuitest.h"

#include "cards/cardspage.h"
#include "claims/claimdetailwidget.h"
#include "claims/claimlinespanel.h"
#include "claims/claimspage.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

using namespace integriteit;
using namespace integriteit::test;

namespace {
QMenu *editMenu(MainWindow &window)
{
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QLatin1String("&Edit"))
            return menu->menu();
    return nullptr;
}

void keepPicture(QMenu *menu, const QString &name)
{
    const QString dir = qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    menu->popup(QPoint(0, 0));
    QApplication::processEvents();
    menu->grab().save(dir + QLatin1Char('/') + name);
    menu->hide();
}
} // namespace

TEST_CASE("claims and cards: their actions are in the Edit menu while their area is shown", "[claims][cards][shell]")
{
    ClaimFixture f;
    const qint64 wethouder = f.holder(HolderRole::Alderman, QStringLiteral("Dassen"));
    const User clerk = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    f.as(clerk);
    const qint64 claim = f.draft(wethouder);
    f.line(claim, ClaimFixture::today().addDays(-2), 1250);

    RecentFiles recent;
    MainWindow window(f.db.core(), recent);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QMenu *edit = editMenu(window);
    REQUIRE(edit);
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    REQUIRE(toolBar);
    ClaimsPage *claims = window.claimsPage();
    REQUIRE(claims);
    auto *cards = window.findChild<CardsPage *>();
    REQUIRE(cards);
    QAction *newClaim = claims->newClaimAction();
    QAction *submit = claims->detail()->stepAction(ClaimAction::Submit);
    QAction *check = claims->detail()->stepAction(ClaimAction::Check);
    QAction *newLine = claims->detail()->linesPanel()->newLineAction();
    QAction *newCard = cards->findChild<QAction *>(QStringLiteral("newCard"));
    REQUIRE(newCard);

    REQUIRE(window.showAreaNamed(QStringLiteral("claimsPage")));
    claims->selectClaim(claim);
    for (QAction *action : {newClaim, submit, newLine})
        CHECK(edit->actions().contains(action));
    CHECK_FALSE(toolBar->actions().contains(newClaim)); // the page's own bar has it
    CHECK_FALSE(edit->actions().contains(newCard));
    // A draft: Submit applies (and is allowed), Check does not apply and is hidden.
    CHECK(submit->isVisible());
    CHECK(submit->isEnabled());
    CHECK_FALSE(check->isVisible());
    CHECK(newClaim->shortcut() == QKeySequence(QKeySequence::New));
    keepPicture(edit, QStringLiteral("edit-menu-claims.png"));

    REQUIRE(window.showAreaNamed(QStringLiteral("cardsPage")));
    CHECK(edit->actions().contains(newCard));
    CHECK_FALSE(edit->actions().contains(newClaim));
    CHECK_FALSE(edit->actions().contains(submit));
    keepPicture(edit, QStringLiteral("edit-menu-cards.png"));

    // Ctrl+N is the shown area's: here a new card, not a new claim.
    REQUIRE(window.showAreaNamed(QStringLiteral("personsPage")));
    CHECK_FALSE(edit->actions().contains(newCard));
    CHECK_FALSE(edit->actions().contains(newClaim));
}
