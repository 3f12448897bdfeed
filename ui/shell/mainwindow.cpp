#include "mainwindow.h"

#include "appcore.h"
#include "cards/cardsmodel.h"
#include "cards/cardspage.h"
#include "claims/claimspage.h"
#include "common/error.h"
#include "common/icons.h"
#include "common/roletext.h"
#include "common/translations.h"
#include "importexport/csvdialog.h"
#include "persons/personspage.h"
#include "registers/attention/attentionmodel.h"
#include "registers/attention/attentionpage.h"
#include "registers/common/registerkind.h"
#include "registers/common/registerpage.h"
#include "settings/changepassworddialog.h"
#include "settings/settingsdialog.h"
#include "shell/aboutbox.h"
#include "shell/areachrome.h"
#include "shell/recentfiles.h"
#include "shell/windowareas.h"
#include "users/usersmodel.h"
#include "users/userspage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace integriteit {

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
constexpr int kStatusTimeoutMs = 6000;
} // namespace

MainWindow::MainWindow(AppCore &core, RecentFiles &recentFiles, QWidget *parent)
    : QMainWindow(parent)
    , m_core(core)
    , m_recentFiles(recentFiles)
    , m_undoStack(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::application());
    createPages();
    createActions();
    createMenus();
    createToolBar();
    createStatusBar();
    createAreaChrome();
    updateTitle();
    connect(&m_core.settings(), &SettingsService::municipalityChanged, this, &MainWindow::updateTitle);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    saveSettings();
}

void MainWindow::createPages()
{
    m_areas = new WindowAreas(m_core, *m_undoStack, this);
    connect(m_areas, &WindowAreas::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_areas->pages(), &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_areas->navigation());
    layout->addWidget(separator);
    layout->addWidget(m_areas->pages(), 1);
    setCentralWidget(central);
}

void MainWindow::pageChanged(int index)
{
    if (m_chrome)
        m_chrome->setCurrent(m_areas->pages()->widget(index));
}

PersonsPage *MainWindow::personsPage() const
{
    return m_areas->personsPage();
}

AttentionPage *MainWindow::attentionPage() const
{
    return m_areas->attentionPage();
}

SettlementPage *MainWindow::settlementPage() const
{
    return m_areas->settlementPage();
}

InventoryPage *MainWindow::inventoryPage() const
{
    return m_areas->inventoryPage();
}

ClaimsPage *MainWindow::claimsPage() const
{
    return m_areas->claimsPage();
}

ClaimOverviewPage *MainWindow::claimOverviewPage() const
{
    return m_areas->claimOverviewPage();
}

RegisterPage *MainWindow::registerPage(const QString &entity) const
{
    return m_areas->registerPage(entity);
}

void MainWindow::openRecord(const QString &entity, qint64 id)
{
    m_areas->openRecord(entity, id);
}

bool MainWindow::showAreaNamed(const QString &objectName)
{
    return m_areas->showAreaNamed(objectName);
}

QWidget *MainWindow::firstPaintWidget() const
{
    return m_areas->attentionPage()->view()->viewport();
}

void MainWindow::createActions()
{
    m_newDatabase = new QAction(Icons::themed("document-new", QStyle::SP_FileIcon, this), tr("&New database…"), this);
    m_newDatabase->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    connect(m_newDatabase, &QAction::triggered, this, &MainWindow::newDatabaseRequested);

    m_openDatabase
        = new QAction(Icons::themed("document-open", QStyle::SP_DialogOpenButton, this), tr("&Open database…"), this);
    m_openDatabase->setShortcut(QKeySequence::Open);
    connect(m_openDatabase, &QAction::triggered, this, &MainWindow::openDatabaseRequested);

    m_settings
        = new QAction(Icons::themed("configure", QStyle::SP_FileDialogDetailedView, this), tr("&Settings…"), this);
    m_settings->setMenuRole(QAction::PreferencesRole);
    m_settings->setVisible(m_core.session().has(UserRole::Administrator));
    connect(m_settings, &QAction::triggered, this, &MainWindow::showSettings);

    m_changePassword = new QAction(Icons::themed("dialog-password", Icons::password()), tr("&Change password…"), this);
    connect(m_changePassword, &QAction::triggered, this, &MainWindow::changePassword);

    m_logout = new QAction(
        Icons::themed("system-switch-user", QStyle::SP_DialogResetButton, this), tr("&Log out / switch user"), this);
    connect(m_logout, &QAction::triggered, this, &MainWindow::logoutRequested);

    m_quit = new QAction(Icons::themed("application-exit", QStyle::SP_DialogCloseButton, this), tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QMainWindow::close);

    m_undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setIcon(Icons::themed("edit-undo", Icons::undo()));
    m_redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_redo->setIcon(Icons::themed("edit-redo", Icons::redo()));

    // Searches the area on screen (AreaChrome); disabled on areas without a search field.
    m_find = new QAction(Icons::themed("edit-find", QStyle::SP_FileDialogContentsView, this), tr("&Find"), this);
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    m_find->setStatusTip(tr("Search the list of this area"));

    m_languages = new QActionGroup(this);
    const QString current = preferredLanguage();
    // Each language is named in itself, so a user who cannot read the current one still finds his own.
    for (const auto &[code, name] : { std::pair { "nl", "Nederlands" }, std::pair { "en", "English" } }) {
        QAction *action = m_languages->addAction(QString::fromUtf8(name));
        action->setData(QLatin1String(code));
        action->setCheckable(true);
        action->setChecked(current == QLatin1String(code));
    }
    connect(m_languages, &QActionGroup::triggered, this, &MainWindow::chooseLanguage);

    m_about = new QAction(Icons::application(), tr("&About Integriteit"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabase);
    file->addAction(m_openDatabase);
    m_recentMenu = file->addMenu(tr("&Recent files"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    file->addSeparator();
    // Import and export of the registers as CSV (ui/importexport); rights are checked per row.
    file->addAction(tr("&Import…"), this, [this] { CsvDialog(m_core, CsvDialog::Mode::Import, this).exec(); })
        ->setObjectName(QStringLiteral("importAction"));
    file->addAction(tr("&Export…"), this, [this] { CsvDialog(m_core, CsvDialog::Mode::Export, this).exec(); })
        ->setObjectName(QStringLiteral("exportAction"));
    file->addSeparator();
    file->addAction(m_settings);
    file->addAction(m_changePassword);
    file->addSeparator();
    file->addAction(m_logout);
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    // The current area's actions go here (AreaChrome).
    m_editAnchor = edit->addSeparator();
    edit->addAction(m_find);
    m_editMenu = edit;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *language = view->addMenu(tr("&Language"));
    language->addActions(m_languages->actions());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

void MainWindow::createToolBar()
{
    m_toolBar = addToolBar(tr("Main toolbar"));
    QToolBar *bar = m_toolBar;
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // The toolbar shows icons: give the page's actions ours where the page has none.
    PersonsPage *persons = m_areas->personsPage();
    const std::pair<QAction *, QIcon> personActions[] = {
        { persons->newPersonAction(), Icons::themed("list-add", Icons::add()) },
        { persons->newAppointmentAction(), Icons::themed("appointment-new", Icons::appointment()) },
        { persons->editPersonAction(), Icons::themed("document-edit", Icons::edit()) },
        { persons->removePersonAction(), Icons::themed("list-remove", Icons::remove()) },
    };
    for (const auto &[action, icon] : personActions)
        if (action->icon().isNull())
            action->setIcon(icon);
    // The current area's actions go before this separator (AreaChrome).
    m_toolBarAnchor = bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
}

void MainWindow::createStatusBar()
{
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    const User &user = m_core.session().user();
    m_userLabel->setText(tr("%1 (%2)").arg(user.fullName, userRolesText(user.roles)));
    m_userLabel->setToolTip(tr("Logged in as %1").arg(user.userName));
    m_fileLabel->setText(QFileInfo(m_core.database().path()).fileName());
    m_fileLabel->setToolTip(QDir::toNativeSeparators(m_core.database().path()));
    for (QLabel *label : { m_countLabel, m_userLabel, m_fileLabel }) {
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
    }
}

void MainWindow::createAreaChrome()
{
    m_chrome = new AreaChrome(m_toolBar, m_toolBarAnchor, m_editMenu, m_editAnchor, m_find, m_countLabel, this);
    using Area = AreaChrome::Area;
    const auto counted = [](auto nounText) {
        return [nounText](int shown, int total) { return AreaChrome::countText(shown, total, nounText); };
    };
    // A list without a filter of its own counts its rows (shown = total) whenever it is re-read.
    const auto countRows = [this](QWidget *page, QAbstractItemModel *model) {
        const auto update = [this, page, model] { m_chrome->setCount(page, model->rowCount(), model->rowCount()); };
        connect(model, &QAbstractItemModel::modelReset, this, update);
        update();
    };
    AttentionPage *attention = m_areas->attentionPage();
    PersonsPage *persons = m_areas->personsPage();
    ClaimsPage *claims = m_areas->claimsPage();
    CardsPage *cards = m_areas->cardsPage();
    UsersPage *users = m_areas->usersPage();

    m_chrome->addArea(attention,
        Area { {}, false, {}, counted([](int n) { return tr("%Ln point(s) for attention", nullptr, n); }) });
    countRows(attention, attention->model());

    // The office holders' page has no bar of its own: the main toolbar carries its actions.
    m_chrome->addArea(persons,
        Area { { persons->newPersonAction(), persons->newAppointmentAction(),
                   persons->editPersonAction(), persons->removePersonAction() },
            true, [persons] { persons->focusSearch(); },
            counted([](int n) { return tr("%Ln office holder(s)", nullptr, n); }) });

    // Register pages (and the users page) show their actions in a bar of their own: the Edit menu
    // lists them, the main toolbar does not repeat them.
    for (RegisterPage *page : m_areas->registerPages()) {
        QList<QAction *> actions { page->newAction(), page->editAction() };
        if (page->endAction())
            actions << page->endAction();
        actions << page->removeAction();
        const RegisterKind *kind = &page->kind();
        m_chrome->addArea(page, Area { actions, false, [page] { page->focusSearch(); },
                                    counted([kind](int n) { return kind->countText(n); }) });
    }
    // Claims and cards show their actions in bars of their own, beside what they act on.
    if (claims) {
        m_chrome->addArea(claims, Area { claims->areaActions(), false, [claims] { claims->focusSearch(); },
                                            counted([](int n) { return tr("%Ln claim(s)", nullptr, n); }) });
    }
    if (cards) {
        m_chrome->addArea(cards,
            Area { cards->areaActions(), false, {}, counted([](int n) { return tr("%Ln credit card(s)", nullptr, n); }) });
        countRows(cards, cards->cardsModel());
    }
    if (users) {
        m_chrome->addArea(users,
            Area { { users->newUserAction(), users->editUserAction(), users->setPasswordAction(),
                       users->toggleActiveAction() },
                false, {}, counted([](int n) { return tr("%Ln user(s)", nullptr, n); }) });
        countRows(users, users->model());
    }
    // Settlement, inventory and the claim overviews are per year and say their own totals: no count.

    // The pages counted from their constructors on; the chrome takes over from here.
    const auto counts = m_areas->counts();
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        m_chrome->setCount(it.key(), it->first, it->second);
    connect(m_areas, &WindowAreas::countChanged, m_chrome, &AreaChrome::setCount);
    m_chrome->setCurrent(m_areas->pages()->currentWidget());
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, kStatusTimeoutMs);
}

void MainWindow::updateTitle()
{
    QString municipality;
    try {
        municipality = m_core.settings().municipality().municipality;
    } catch (const Error &error) {
        qWarning("%s", qUtf8Printable(error.detail()));
    }
    const QString file = QFileInfo(m_core.database().path()).fileName();
    setWindowTitle(municipality.isEmpty() ? tr("Integriteit — %1").arg(file)
                                          : tr("Integriteit — %1 — %2").arg(municipality, file));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recentFiles.files();
    for (int i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        // "&1 integriteit.sqlite": numbered for the keyboard, the full path in the tooltip and status bar.
        QAction *action = m_recentMenu->addAction(QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRecentRequested(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear list")), &QAction::triggered, this, [this] {
        m_recentFiles.clear();
        m_recentFiles.add(m_core.database().path()); // the open database stays within reach
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        const QRect available = screen()->availableGeometry();
        resize(QSize(1200, 760).boundedTo(available.size() * 0.9));
        move(available.center() - rect().center());
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_areas->restoreState(settings);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    m_areas->saveState(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
    Q_EMIT closed();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_core.settings(), this);
    if (dialog.exec() == QDialog::Accepted)
        showStatusMessage(tr("The settings have been saved."));
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_core.users(), this);
    if (dialog.exec() == QDialog::Accepted)
        showStatusMessage(tr("Your password has been changed."));
}

void MainWindow::chooseLanguage(QAction *action)
{
    const QString code = action->data().toString();
    QSettings settings;
    if (preferredLanguage() == code)
        return;
    settings.setValue(QStringLiteral("ui/language"), code);
    QMessageBox::information(
        this, tr("Language"), tr("The new language takes effect the next time you start Integriteit."));
}

void MainWindow::showAbout()
{
    showAboutBox(this, m_core);
}

} // namespace integriteit
