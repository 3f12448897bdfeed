// The application shell: the login, the first-run wizard, the settings and user dialogs keep the
// user's input on an error and name the field; the main window shows only the areas that work.
#include "support/testdatabase.h"

#include "shell/firstrunwizard.h"
#include "shell/logindialog.h"
#include "persons/personspage.h"
#include "registers/common/registerpage.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "settings/settingsdialog.h"
#include "storage/database.h"
#include "users/userdialog.h"

#include <catch2/catch.hpp>

#include <tuple>

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
QLineEdit *edit(QWidget *root, const char *name)
{
    auto *line = root->findChild<QLineEdit *>(QLatin1String(name));
    REQUIRE(line != nullptr);
    return line;
}

// The visible text of the inline message of a dialog or wizard page.
QString shownMessage(QWidget *root)
{
    for (QWidget *frame : root->findChildren<QWidget *>(QStringLiteral("inlineMessage")))
        if (frame->isVisibleTo(root))
            for (QObject *child : frame->children())
                if (auto *label = qobject_cast<QLabel *>(child); label && !label->text().isEmpty())
                    return label->text();
    return {};
}
} // namespace

TEST_CASE("Recent files keep the last eight, newest first, without duplicates", "[ui][shell]")
{
    RecentFiles recent;
    recent.clear();
    CHECK(recent.mostRecent().isEmpty());
    for (int i = 0; i < 10; ++i)
        recent.add(QStringLiteral("/tmp/db%1.sqlite").arg(i));
    recent.add(QStringLiteral("/tmp/db5.sqlite"));
    const QStringList files = recent.files();
    CHECK(files.size() == RecentFiles::kMaximum);
    CHECK(files.first() == QLatin1String("/tmp/db5.sqlite"));
    CHECK(files.count(QStringLiteral("/tmp/db5.sqlite")) == 1);
    CHECK_FALSE(files.contains(QStringLiteral("/tmp/db0.sqlite")));
    recent.remove(QStringLiteral("/tmp/db5.sqlite"));
    CHECK(recent.mostRecent() == QLatin1String("/tmp/db9.sqlite"));
    recent.clear();
    CHECK(recent.files().isEmpty());
}

TEST_CASE("A wrong password keeps the login dialog open with the password cleared", "[ui][shell]")
{
    TestDatabase test;
    LoginDialog dialog(test.users(), test.path(), QStringLiteral("Beek"), false);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    dialog.setUserName(userNameFor(UserRole::Griffie));
    edit(&dialog, "password")->setText(QStringLiteral("niet het wachtwoord"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(test.session().isLoggedIn());
    CHECK(edit(&dialog, "password")->text().isEmpty());
    CHECK(QApplication::focusWidget() == edit(&dialog, "password"));
    CHECK_FALSE(shownMessage(&dialog).isEmpty());

    edit(&dialog, "password")->setText(kPassword);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(test.session().user().userName == userNameFor(UserRole::Griffie));
}

TEST_CASE("The first-run wizard checks each page and creates the database", "[ui][shell]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    FirstRunWizard wizard;
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    wizard.next(); // nothing filled in
    CHECK(wizard.currentId() == FirstRunWizard::MunicipalityPageId);
    CHECK(shownMessage(wizard.currentPage()).contains(QLatin1String("Municipality")));

    edit(&wizard, "municipality")->setText(QStringLiteral("Beek"));
    wizard.findChild<QComboBox *>(QStringLiteral("province"))->setCurrentText(QStringLiteral("Limburg"));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::OfficialsPageId);
    const MunicipalitySettings s = sampleSettings();
    edit(&wizard, "clerk")->setText(s.clerk);
    edit(&wizard, "secretary")->setText(s.secretary);
    edit(&wizard, "mayor")->setText(s.mayor);
    edit(&wizard, "deputyChair")->setText(s.deputyChair);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::AdministratorPageId);

    QWidget *page = wizard.currentPage();
    edit(page, "userName")->setText(QStringLiteral("beheerder"));
    edit(page, "fullName")->setText(QStringLiteral("Anna de Vries"));
    edit(page, "password")->setText(kPassword);
    edit(page, "passwordRepeat")->setText(kPassword + QLatin1Char('x'));
    wizard.next();
    CHECK(wizard.currentId() == FirstRunWizard::AdministratorPageId);
    CHECK(QApplication::focusWidget() == edit(page, "passwordRepeat"));
    edit(page, "passwordRepeat")->setText(kPassword);
    wizard.next();
    REQUIRE(wizard.currentId() == FirstRunWizard::LocationPageId);

    // An existing file is never overwritten.
    const QString existing = dir.filePath(QStringLiteral("existing.sqlite"));
    QFile file(existing);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    edit(&wizard, "location")->setText(existing);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible());
    CHECK(QFile(existing).size() == 0);

    const QString path = dir.filePath(QStringLiteral("nieuw.sqlite"));
    edit(&wizard, "location")->setText(path);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    std::unique_ptr<Database> database = wizard.takeDatabase();
    REQUIRE(database != nullptr);
    AppCore core(std::move(database));
    CHECK(core.users().login(wizard.administratorUserName(), wizard.administratorPassword()).roles.testFlag(
        UserRole::Administrator));
    CHECK(core.settings().municipality().mayor == s.mayor);
}

TEST_CASE("The settings dialog refuses an empty name, keeps the input and saves nothing", "[ui][shell]")
{
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    SettingsDialog dialog(test.settings());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    edit(&dialog, "clerk")->setText(QStringLiteral("Nieuwe Griffier"));
    edit(&dialog, "mayor")->clear();
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(QApplication::focusWidget() == edit(&dialog, "mayor"));
    CHECK(edit(&dialog, "clerk")->text() == QLatin1String("Nieuwe Griffier"));
    CHECK(test.settings().municipality().clerk == sampleSettings().clerk);

    edit(&dialog, "mayor")->setText(QStringLiteral("Nieuwe Burgemeester"));
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(test.settings().municipality().mayor == QLatin1String("Nieuwe Burgemeester"));
}

TEST_CASE("The user dialog names the field of a refused account", "[ui][shell]")
{
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    const auto before = test.users().users().size();
    UserDialog dialog(test.users());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    edit(&dialog, "userName")->setText(userNameFor(UserRole::Griffie)); // taken
    edit(&dialog, "fullName")->setText(QStringLiteral("Tweede Griffier"));
    edit(&dialog, "password")->setText(kPassword);
    edit(&dialog, "passwordRepeat")->setText(kPassword);
    dialog.findChildren<QCheckBox *>().first()->setChecked(true);
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(QApplication::focusWidget() == edit(&dialog, "userName"));
    CHECK(test.users().users().size() == before);
}

TEST_CASE("The main window shows the users area to administrators only", "[ui][shell]")
{
    TestDatabase test;
    RecentFiles recent;
    // Counted by name: the registers add areas for everybody.
    for (const auto &[role, users, cards] : {std::tuple{UserRole::Administrator, 1, 0}, std::tuple{UserRole::Griffie, 0, 1}}) {
        test.loginAs(role);
        MainWindow window(test.core(), recent);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        CHECK(navigation->findItems(QStringLiteral("Users"), Qt::MatchExactly).size() == users);
        CHECK(navigation->findItems(QStringLiteral("Office holders"), Qt::MatchExactly).size() == 1);
        CHECK(navigation->findItems(QStringLiteral("Credit cards"), Qt::MatchExactly).size() == cards);
        // The start page is the list of points for attention.
        CHECK(navigation->currentRow() == 0);
        CHECK(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget()->objectName()
              == QLatin1String("attentionPage"));
        CHECK((window.claimsPage() == nullptr) == (role == UserRole::Administrator));
        CHECK(window.showAreaNamed(QStringLiteral("claimOverviewPage")));
        CHECK(window.windowTitle().contains(QLatin1String("Beek")));
        CHECK(window.windowTitle().contains(QFileInfo(test.path()).fileName()));
    }
}

TEST_CASE("The toolbar, the Edit menu, Find and the count follow the area on screen", "[ui][shell]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    RecentFiles recent;
    MainWindow window(test.core(), recent);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *toolBar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
    auto *count = window.findChild<QLabel *>(QStringLiteral("countLabel"));
    auto *find = window.findChild<QAction *>(QStringLiteral("findAction"));
    REQUIRE(toolBar);
    REQUIRE(count);
    REQUIRE(find);
    QMenu *edit = nullptr;
    for (QAction *menu : window.menuBar()->actions())
        if (menu->text() == QLatin1String("&Edit"))
            edit = menu->menu();
    REQUIRE(edit);
    QAction *newPerson = window.personsPage()->newPersonAction();
    RegisterPage *gifts = window.registerPage(QStringLiteral("gift"));
    REQUIRE(gifts);
    QApplication::processEvents(); // the pages' first counts arrive queued
    // (The tests run without a translator: the nouns read "gift(s)"; the .ts files give the plurals.)

    // The start page: no office-holder actions, its own count, nothing to search.
    CHECK_FALSE(toolBar->actions().contains(newPerson));
    CHECK_FALSE(edit->actions().contains(newPerson));
    CHECK_FALSE(find->isEnabled());
    CHECK(count->text().startsWith(QLatin1String("0 point")));

    REQUIRE(window.showAreaNamed(QStringLiteral("personsPage")));
    CHECK(toolBar->actions().contains(newPerson));
    CHECK(edit->actions().contains(newPerson));
    CHECK(count->text().startsWith(QLatin1String("0 office holder")));
    find->trigger();
    CHECK(QApplication::focusWidget() == window.personsPage()->findChild<QLineEdit *>(QStringLiteral("personSearch")));

    // A register page: its own actions in the Edit menu (its own bar shows them), its own noun.
    REQUIRE(window.showAreaNamed(gifts->objectName()));
    REQUIRE(window.findChild<QStackedWidget *>(QStringLiteral("pages"))->currentWidget() == gifts);
    CHECK_FALSE(toolBar->actions().contains(newPerson));
    CHECK_FALSE(edit->actions().contains(newPerson));
    CHECK(edit->actions().contains(gifts->newAction()));
    CHECK(count->text().startsWith(QLatin1String("0 gift")));
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    CHECK(QApplication::focusWidget() == gifts->findChild<QLineEdit *>(QStringLiteral("registerSearch")));

    // An area without a count hides the label.
    REQUIRE(window.showAreaNamed(QStringLiteral("claimOverviewPage")));
    CHECK(count->isHidden());
    CHECK_FALSE(edit->actions().contains(gifts->newAction()));
}
