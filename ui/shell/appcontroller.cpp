#include "appcontroller.h"

#include "appcore.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "common/icons.h"
#include "shell/checkwait.h"
#include "shell/firstpaintwatcher.h"
#include "shell/firstrunwizard.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/startdialog.h"
#include "storage/database.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPixmap>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace integriteit {

namespace {
QString environment(const char *name)
{
    return qEnvironmentVariable(name);
}

// The first argument that is not an option: `integriteit FILE`.
QString pathFromArguments(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i)
        if (!arguments.at(i).startsWith(QLatin1Char('-')))
            return arguments.at(i);
    return {};
}
} // namespace

AppController::AppController(QElapsedTimer sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
    , m_unattended(environment("INTEGRITEIT_BENCH_EXIT_AFTER_PAINT") == QLatin1String("1")
          || !environment("INTEGRITEIT_SCREENSHOT").isEmpty())
{ }

AppController::~AppController()
{
    m_window.reset();
    m_core.reset();
}

bool AppController::start(const QStringList &arguments)
{
    // Switching database or user closes the window on purpose; only File > Quit or the close button
    // ends the application (see showWindow()).
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setWindowIcon(Icons::application());

    const QString requested = pathFromArguments(arguments);
    const QString path = requested.isEmpty() ? m_recentFiles.mostRecent() : requested;
    if (path.isEmpty()) {
        if (m_unattended) {
            fail(tr("No database to open: give the database file as an argument."));
            return false;
        }
        if (auto core = createWithWizard(nullptr)) {
            install(std::move(core));
            return true;
        }
    } else if (auto core = openCore(path, nullptr)) {
        switch (login(*core, nullptr, true, true)) {
        case LoginResult::LoggedIn:
            install(std::move(core));
            return true;
        case LoginResult::Cancelled:
            return false;
        case LoginResult::OtherDatabase:
            break;
        }
    } else if (m_unattended) {
        return false;
    }
    return runStartDialog();
}

void AppController::fail(const QString &message) const
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

std::unique_ptr<AppCore> AppController::openCore(const QString &path, QWidget *parent)
{
    try {
        auto core = std::make_unique<AppCore>(Database::open(path, Database::Verification::BeforeFirstWrite));
        core->database().setVerificationWait(&waitForFileCheck);
        return core;
    } catch (const Error &error) {
        if (m_unattended)
            fail(error.detail().isEmpty()
                    ? error.userMessage()
                    : error.userMessage() + QLatin1String(" (") + error.detail() + QLatin1Char(')'));
        else
            showErrorBox(parent, tr("Cannot open the database"), error);
        // A file that has gone (moved, renamed) would otherwise keep coming back at every start.
        if (!QFileInfo::exists(path))
            m_recentFiles.remove(path);
        return nullptr;
    }
}

AppController::LoginResult AppController::login(
    AppCore &core, QWidget *parent, bool offerOtherDatabase, bool fromEnvironment)
{
    const QString user = environment("INTEGRITEIT_USER");
    const QString password = environment("INTEGRITEIT_PASSWORD");
    QString automaticFailure;
    if (fromEnvironment && !user.isEmpty() && !password.isEmpty()) {
        try {
            core.users().login(user, password);
            return LoginResult::LoggedIn;
        } catch (const Error &error) {
            automaticFailure = error.userMessage();
            if (!error.detail().isEmpty())
                qWarning("%s", qUtf8Printable(error.detail()));
        }
    }
    if (m_unattended) {
        fail(automaticFailure.isEmpty() ? tr("Set INTEGRITEIT_USER and INTEGRITEIT_PASSWORD to log in.")
                                        : automaticFailure);
        return LoginResult::Cancelled;
    }

    QString municipality;
    try {
        municipality = core.settings().municipality().municipality;
    } catch (const Error &error) {
        qWarning("%s", qUtf8Printable(error.detail())); // the dialog works without the name
    }
    LoginDialog dialog(core.users(), core.database().path(), municipality, offerOtherDatabase, parent);
    if (!automaticFailure.isEmpty()) {
        dialog.setUserName(user);
        dialog.showError(automaticFailure);
    }
    const int result = dialog.exec();
    if (result == QDialog::Accepted && core.session().isLoggedIn())
        return LoginResult::LoggedIn;
    return result == LoginDialog::OtherDatabase ? LoginResult::OtherDatabase : LoginResult::Cancelled;
}

std::unique_ptr<AppCore> AppController::createWithWizard(QWidget *parent)
{
    FirstRunWizard wizard(parent);
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    auto core = std::make_unique<AppCore>(wizard.takeDatabase());
    try {
        core->users().login(wizard.administratorUserName(), wizard.administratorPassword());
        return core;
    } catch (const Error &error) {
        // Not expected (the account was just made), but a login dialog is a better end than none.
        qWarning("%s", qUtf8Printable(error.detail()));
    }
    return login(*core, parent, false, false) == LoginResult::LoggedIn ? std::move(core) : nullptr;
}

QString AppController::askDatabasePath(QWidget *parent) const
{
    const QString current = m_core ? m_core->database().path() : m_recentFiles.mostRecent();
    const QString folder = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                             : QFileInfo(current).absolutePath();
    return QFileDialog::getOpenFileName(
        parent, tr("Open database"), folder, tr("Integriteit databases (*.sqlite *.db);;All files (*)"));
}

bool AppController::runStartDialog()
{
    for (;;) {
        StartDialog dialog;
        dialog.exec();
        switch (dialog.choice()) {
        case StartDialog::Choice::Quit:
            return false;
        case StartDialog::Choice::Open: {
            const QString path = askDatabasePath(nullptr);
            if (path.isEmpty())
                continue;
            auto core = openCore(path, nullptr);
            if (core && login(*core, nullptr, false, false) == LoginResult::LoggedIn) {
                install(std::move(core));
                return true;
            }
            continue;
        }
        case StartDialog::Choice::New:
            if (auto core = createWithWizard(nullptr)) {
                install(std::move(core));
                return true;
            }
            continue;
        }
    }
}

void AppController::install(std::unique_ptr<AppCore> core)
{
    // The old window saves its state and goes before the core it refers to.
    m_window.reset();
    m_core = std::move(core);
    m_recentFiles.add(m_core->database().path());
    LoginDialog::rememberUserName(m_core->session().user().userName);
    showWindow();
}

void AppController::showWindow()
{
    try {
        m_window = std::make_unique<MainWindow>(*m_core, m_recentFiles);
    } catch (const Error &error) {
        // The database opened but cannot be read: say so and end, rather than show half a window.
        if (m_unattended)
            fail(error.userMessage());
        else
            showErrorBox(nullptr, tr("Cannot open the database"), error);
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(1); });
        return;
    }
    // Queued: each of these replaces the window, which must not happen inside its own signal.
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this, &AppController::newDatabase, Qt::QueuedConnection);
    connect(
        m_window.get(), &MainWindow::openDatabaseRequested, this, &AppController::openDatabase, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::openRecentRequested, this, &AppController::switchTo, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::logoutRequested, this, &AppController::logout, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::closed, qApp, &QCoreApplication::quit, Qt::QueuedConnection);
    armHooks();
    m_window->show();
}

void AppController::armHooks()
{
    if (!m_unattended || m_hooksArmed)
        return;
    m_hooksArmed = true;
    auto *watcher = new FirstPaintWatcher(m_window->firstPaintWidget(), m_window.get());
    connect(watcher, &FirstPaintWatcher::painted, this, &AppController::onFirstPaint);
}

void AppController::onFirstPaint()
{
    int status = 0;
    if (environment("INTEGRITEIT_BENCH_EXIT_AFTER_PAINT") == QLatin1String("1")) {
        std::printf("first-paint-ms %lld\n", static_cast<long long>(m_sinceStart.elapsed()));
        std::fflush(stdout);
    }
    const QString screenshot = environment("INTEGRITEIT_SCREENSHOT");
    // INTEGRITEIT_AREA names the page to photograph ("claimsPage", "claimOverviewPage"); the first
    // row of its first table is selected so the detail pane shows something. Painted after a moment, then grabbed.
    const QString area = environment("INTEGRITEIT_AREA");
    if (!screenshot.isEmpty() && !area.isEmpty() && m_window->showAreaNamed(area)) {
        if (auto *view = m_window->findChild<QWidget *>(area)->findChild<QTableView *>();
            view && view->model() && view->model()->rowCount() > 0)
            view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTimer::singleShot(500, this, [this, screenshot] {
            const bool saved = m_window->grab().save(screenshot);
            if (!saved)
                fail(tr("The screenshot %1 cannot be written.").arg(QDir::toNativeSeparators(screenshot)));
            QCoreApplication::exit(saved ? 0 : 1);
        });
        return;
    }
    if (!screenshot.isEmpty() && !m_window->grab().save(screenshot)) {
        fail(tr("The screenshot %1 cannot be written.").arg(QDir::toNativeSeparators(screenshot)));
        status = 1;
    }
    QCoreApplication::exit(status);
}

void AppController::newDatabase()
{
    if (auto core = createWithWizard(m_window.get()))
        install(std::move(core));
}

void AppController::openDatabase()
{
    const QString path = askDatabasePath(m_window.get());
    if (!path.isEmpty())
        switchTo(path);
}

void AppController::switchTo(const QString &path)
{
    // The open database stays open until the new one is open and its login succeeded.
    auto core = openCore(path, m_window.get());
    if (core && login(*core, m_window.get(), false, false) == LoginResult::LoggedIn)
        install(std::move(core));
}

void AppController::logout()
{
    m_window.reset();
    m_core->users().logout();
    switch (login(*m_core, nullptr, true, false)) {
    case LoginResult::LoggedIn:
        showWindow();
        return;
    case LoginResult::OtherDatabase:
        if (runStartDialog())
            return;
        break;
    case LoginResult::Cancelled:
        break;
    }
    QCoreApplication::quit();
}

} // namespace integriteit
