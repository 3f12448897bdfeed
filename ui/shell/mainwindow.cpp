#include "mainwindow.h"

#include "appcore.h"
#include "cards/cardspage.h"
#include "claims/claimoverviewpage.h"
#include "claims/claimspage.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "common/icons.h"
#include "common/roletext.h"
#include "common/translations.h"
#include "importexport/csvdialog.h"
#include "persons/persondetailwidget.h"
#include "persons/personspage.h"
#include "registers/attention/attentionpage.h"
#include "registers/attention/recordopener.h"
#include "registers/common/registericons.h"
#include "registers/common/registerkind.h"
#include "registers/common/registerpage.h"
#include "registers/gifts/giftregister.h"
#include "registers/interests/financialinterestregister.h"
#include "registers/inventory/inventorypage.h"
#include "registers/invitations/invitationregister.h"
#include "registers/person/personregisterswidget.h"
#include "registers/settlement/settlementpage.h"
#include "registers/sidepositions/sidepositionregister.h"
#include "registers/trips/tripregister.h"
#include "settings/changepassworddialog.h"
#include "settings/settingsdialog.h"
#include "shell/aboutbox.h"
#include "shell/areachrome.h"
#include "shell/recentfiles.h"
#include "users/userspage.h"
#include "users/usersmodel.h"
#include "cards/cardsmodel.h"
#include "registers/attention/attentionmodel.h"

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
const QString kPersonsGroup = QStringLiteral("personsPage");
const QString kRegistersGroup = QStringLiteral("registerPages");
const QString kClaimsGroup = QStringLiteral("claimsPage");
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
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setAccessibleName(tr("Areas"));
    // A quiet sidebar in the window's own colour, so the list of office holders is what stands out.
    m_navigation->setAutoFillBackground(true);
    m_navigation->viewport()->setBackgroundRole(QPalette::Window);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_recordOpener = new RecordOpener(m_core, this);

    // The start page: what needs doing comes first, before any list.
    m_attentionPage = new AttentionPage(m_core.registers(), m_core.persons(), m_pages);
    addArea(Icons::themed("dialog-warning", QStyle::SP_MessageBoxWarning, this), tr("Points for attention"),
            m_attentionPage);

    m_personsPage = new PersonsPage(m_core.persons(), *m_undoStack, m_pages);
    addArea(Icons::officeHolders(), tr("Office holders"), m_personsPage);
    connect(m_personsPage, &PersonsPage::countChanged, this,
            [this](int shown, int total) { setCount(m_personsPage, shown, total); });
    connect(m_personsPage, &PersonsPage::statusMessage, this, &MainWindow::showStatusMessage);

    // The registers, in the order of the code of conduct.
    addRegisterPage(new SidePositionRegister(m_core, *m_undoStack), RegisterIcons::sidePositions());
    addRegisterPage(new FinancialInterestRegister(m_core, *m_undoStack), RegisterIcons::financialInterests());
    addRegisterPage(new GiftRegister(m_core, *m_undoStack), RegisterIcons::gifts());
    createRegisterPages();
    // Declaraties: the offices that keep them, the burgemeester and the accountant (claimrights.h).
    const Session &session = m_core.session();
    if (session.has(UserRole::Griffie) || session.has(UserRole::Secretariat) || session.has(UserRole::Integrity)
        || session.has(UserRole::Auditor)) {
        m_claimsPage = new ClaimsPage(m_core, *m_undoStack, m_pages);
        addArea(Icons::themed("document-edit-sign", QStyle::SP_FileDialogDetailedView, this), tr("Expense claims"),
                m_claimsPage);
        connect(m_claimsPage, &ClaimsPage::statusMessage, this, &MainWindow::showStatusMessage);
        connect(m_claimsPage, &ClaimsPage::countChanged, this,
                [this](int shown, int total) { setCount(m_claimsPage, shown, total); });
        // Creditcards: for the same users as the claims.
        m_cardsPage = new CardsPage(m_core, *m_undoStack, m_pages);
        addArea(Icons::themed("wallet-open", QStyle::SP_DirIcon, this), tr("Credit cards"), m_cardsPage);
        connect(m_cardsPage, &CardsPage::statusMessage, this, &MainWindow::showStatusMessage);
    }
    // The public overview of the college's claims is for every user.
    m_claimOverviewPage = new ClaimOverviewPage(m_core, m_pages);
    addArea(Icons::themed("x-office-spreadsheet", QStyle::SP_FileDialogListView, this), tr("Claim overviews"),
            m_claimOverviewPage);

    if (m_core.session().has(UserRole::Administrator)) {
        m_usersPage = new UsersPage(m_core.users(), m_pages);
        addArea(Icons::users(), tr("Users"), m_usersPage);
        connect(m_usersPage, &UsersPage::statusMessage, this, &MainWindow::showStatusMessage);
    }

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::pageChanged);
    m_navigation->setCurrentRow(0);
    m_navigation->setFixedWidth(qMax(170, m_navigation->sizeHintForColumn(0) + 24));

    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

void MainWindow::addArea(const QIcon &icon, const QString &name, QWidget *page)
{
    auto *item = new QListWidgetItem(icon, name, m_navigation);
    item->setSizeHint(QSize(0, 36));
    m_pages->addWidget(page);
}

RegisterPage *MainWindow::addRegisterPage(RegisterKind *kind, const QIcon &icon)
{
    auto *page = new RegisterPage(kind, m_pages);
    addArea(icon, kind->title(), page);
    m_registerPages << page;
    connect(page, &RegisterPage::countChanged, this, [this, page](int shown, int total) { setCount(page, shown, total); });
    connect(page, &RegisterPage::statusMessage, this, &MainWindow::showStatusMessage);
    return page;
}

void MainWindow::pageChanged(int index)
{
    if (m_chrome)
        m_chrome->setCurrent(m_pages->widget(index));
}

void MainWindow::setCount(QWidget *page, int shown, int total)
{
    // The pages count from their constructors on; the chrome keeps the latest once it exists.
    if (m_chrome)
        m_chrome->setCount(page, shown, total);
    else
        m_pendingCounts[page] = { shown, total };
}

RegisterPage *MainWindow::registerPage(const QString &entity) const
{
    // Income is kept in the side positions' detail pane.
    const QString holder = entity == QLatin1String("side_income") ? QStringLiteral("side_position") : entity;
    for (RegisterPage *page : m_registerPages)
        if (page->kind().entity() == holder)
            return page;
    return nullptr;
}

void MainWindow::openRecord(const QString &entity, qint64 id)
{
    if (entity == QLatin1String("person")) {
        showArea(m_personsPage);
        m_personsPage->selectPerson(id);
        return;
    }
    qint64 recordId = id;
    if (entity == QLatin1String("side_income")) {
        try {
            recordId = m_core.registers().sideIncome().income(id).positionId;
        } catch (const Error &error) {
            showErrorBox(this, tr("Open record"), error);
            return;
        }
    }
    RegisterPage *page = registerPage(entity);
    if (!page) {
        showStatusMessage(tr("This record cannot be shown here."));
        return;
    }
    showArea(page);
    if (!page->showRecord(recordId))
        showStatusMessage(tr("The record no longer exists."));
}

void MainWindow::showArea(QWidget *page)
{
    const int index = m_pages->indexOf(page);
    if (index >= 0)
        m_navigation->setCurrentRow(index);
}

bool MainWindow::showAreaNamed(const QString &objectName)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        if (m_pages->widget(i)->objectName() == objectName) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::firstPaintWidget() const
{
    return m_attentionPage->view()->viewport();
}

void MainWindow::createRegisterPages()
{
    addRegisterPage(new InvitationRegister(m_core, *m_undoStack),
                    Icons::themed("mail-message-new", QStyle::SP_FileDialogInfoView, this));
    addRegisterPage(new TripRegister(m_core, *m_undoStack), Icons::themed("applications-internet", QStyle::SP_DriveNetIcon, this));
    // The yearly work on the registers: settlement of side income, inventory of side positions.
    m_settlementPage = new SettlementPage(m_core.registers(), m_core.persons(), *m_undoStack, m_pages);
    addArea(Icons::themed("accessories-calculator", QStyle::SP_FileDialogListView, this), tr("Settlement"),
            m_settlementPage);
    m_inventoryPage = new InventoryPage(m_core.registers().inventory(), m_core.settings(), *m_undoStack, m_pages);
    addArea(Icons::themed("document-print", QStyle::SP_FileDialogDetailedView, this), tr("Inventory"), m_inventoryPage);
    connect(m_settlementPage, &SettlementPage::statusMessage, this, &MainWindow::showStatusMessage);
    connect(m_inventoryPage, &InventoryPage::statusMessage, this, &MainWindow::showStatusMessage);

    // The office holder's records in every register, as a tab of his details.
    PersonDetailWidget *detail = m_personsPage->detail();
    m_personRegisters = new PersonRegistersWidget(m_core.registers(), detail);
    detail->addTab(m_personRegisters, tr("Registers"));
    connect(detail, &PersonDetailWidget::personShown, m_personRegisters, &PersonRegistersWidget::setPerson);
    connect(m_personRegisters, &PersonRegistersWidget::recordCountChanged, this, [this, detail](int count) {
        detail->setTabTitle(m_personRegisters, count == 0 ? tr("Registers") : tr("Registers (%1)").arg(count));
    });

    connect(m_attentionPage, &AttentionPage::openRecordRequested, this, &MainWindow::openRegisterRecord);
    connect(m_personRegisters, &PersonRegistersWidget::openRecordRequested, this, &MainWindow::openRegisterRecord);
    connect(m_attentionPage, &AttentionPage::openYearlyRequested, m_recordOpener, &RecordOpener::openYearly);
    connect(m_recordOpener, &RecordOpener::showPersonRequested, this, &MainWindow::showPerson);
    connect(m_recordOpener, &RecordOpener::showSettlementRequested, this, [this](qint64 personId, int year) {
        showArea(m_settlementPage);
        m_settlementPage->showPerson(personId, year);
    });
    connect(m_recordOpener, &RecordOpener::showInventoryRequested, this, [this](qint64 personId, int year) {
        showArea(m_inventoryPage);
        m_inventoryPage->showPerson(personId, year);
    });
}

void MainWindow::openRegisterRecord(const QString &entity, qint64 id)
{
    // A register with a page of its own shows the record there; the rest (yearly registers,
    // appointments, registers without a page yet) RecordOpener routes.
    if (entity == QLatin1String("person") || registerPage(entity))
        openRecord(entity, id);
    else
        m_recordOpener->openRecord(entity, id);
}

void MainWindow::showPerson(qint64 personId, bool registersTab)
{
    showArea(m_personsPage);
    m_personsPage->selectPerson(personId);
    if (registersTab)
        m_personsPage->detail()->showTab(m_personRegisters);
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
    const std::pair<QAction *, QIcon> personActions[] = {
        { m_personsPage->newPersonAction(), Icons::themed("list-add", Icons::add()) },
        { m_personsPage->newAppointmentAction(), Icons::themed("appointment-new", Icons::appointment()) },
        { m_personsPage->editPersonAction(), Icons::themed("document-edit", Icons::edit()) },
        { m_personsPage->removePersonAction(), Icons::themed("list-remove", Icons::remove()) },
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
        const auto update = [this, page, model] { setCount(page, model->rowCount(), model->rowCount()); };
        connect(model, &QAbstractItemModel::modelReset, this, update);
        update();
    };

    m_chrome->addArea(m_attentionPage,
        Area { {}, false, {}, counted([](int n) { return tr("%Ln point(s) for attention", nullptr, n); }) });
    countRows(m_attentionPage, m_attentionPage->model());

    // The office holders' page has no bar of its own: the main toolbar carries its actions.
    m_chrome->addArea(m_personsPage,
        Area { { m_personsPage->newPersonAction(), m_personsPage->newAppointmentAction(),
                   m_personsPage->editPersonAction(), m_personsPage->removePersonAction() },
            true, [this] { m_personsPage->focusSearch(); },
            counted([](int n) { return tr("%Ln office holder(s)", nullptr, n); }) });

    // Register pages (and the users page) show their actions in a bar of their own: the Edit menu
    // lists them, the main toolbar does not repeat them.
    for (RegisterPage *page : std::as_const(m_registerPages)) {
        QList<QAction *> actions { page->newAction(), page->editAction() };
        if (page->endAction())
            actions << page->endAction();
        actions << page->removeAction();
        const RegisterKind *kind = &page->kind();
        m_chrome->addArea(page, Area { actions, false, [page] { page->focusSearch(); },
                                    counted([kind](int n) { return kind->countText(n); }) });
    }
    // Claims and cards show their actions in bars of their own, beside what they act on.
    if (m_claimsPage) {
        m_chrome->addArea(m_claimsPage, Area { m_claimsPage->areaActions(), false, [this] { m_claimsPage->focusSearch(); },
                                            counted([](int n) { return tr("%Ln claim(s)", nullptr, n); }) });
    }
    if (m_cardsPage) {
        m_chrome->addArea(m_cardsPage,
            Area { m_cardsPage->areaActions(), false, {}, counted([](int n) { return tr("%Ln credit card(s)", nullptr, n); }) });
        countRows(m_cardsPage, m_cardsPage->cardsModel());
    }
    if (m_usersPage) {
        m_chrome->addArea(m_usersPage,
            Area { { m_usersPage->newUserAction(), m_usersPage->editUserAction(), m_usersPage->setPasswordAction(),
                       m_usersPage->toggleActiveAction() },
                false, {}, counted([](int n) { return tr("%Ln user(s)", nullptr, n); }) });
        countRows(m_usersPage, m_usersPage->model());
    }
    // Settlement, inventory and the claim overviews are per year and say their own totals: no count.

    for (auto it = m_pendingCounts.constBegin(); it != m_pendingCounts.constEnd(); ++it)
        m_chrome->setCount(it.key(), it->first, it->second);
    m_pendingCounts.clear();
    m_chrome->setCurrent(m_pages->currentWidget());
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
    settings.beginGroup(kPersonsGroup);
    m_personsPage->restoreState(settings);
    settings.endGroup();
    for (RegisterPage *page : std::as_const(m_registerPages))
        page->restoreState(settings);
    settings.beginGroup(kRegistersGroup);
    m_settlementPage->restoreState(settings);
    m_inventoryPage->restoreState(settings);
    settings.endGroup();
    if (m_claimsPage) {
        settings.beginGroup(kClaimsGroup);
        m_claimsPage->restoreState(settings);
        settings.endGroup();
    }
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.beginGroup(kPersonsGroup);
    m_personsPage->saveState(settings);
    settings.endGroup();
    for (RegisterPage *page : m_registerPages)
        page->saveState(settings);
    settings.beginGroup(kRegistersGroup);
    m_settlementPage->saveState(settings);
    m_inventoryPage->saveState(settings);
    settings.endGroup();
    if (m_claimsPage) {
        settings.beginGroup(kClaimsGroup);
        m_claimsPage->saveState(settings);
        settings.endGroup();
    }
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
