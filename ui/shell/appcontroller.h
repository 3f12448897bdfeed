#pragma once
// Decides which database is open and who is logged in, and keeps the main window for them: the
// first-run wizard on a first start, the login, switching database or user, and a start dialog
// when nothing could be opened. Never modifies a file it refused to open.
//
// Environment variables for scripted starts and benchmarks:
//   INTEGRITEIT_USER, INTEGRITEIT_PASSWORD
//       log in at start without the login dialog; the dialog appears when that login fails.
//   INTEGRITEIT_BENCH_EXIT_AFTER_PAINT=1
//       once the office holders list has been painted the first time, print one line
//       "first-paint-ms N" on standard output (N: milliseconds since main() began) and quit.
//   INTEGRITEIT_SCREENSHOT=file.png
//       once that first paint is done, save the main window as a PNG and quit.
// With either of the last two set the start is unattended: instead of dialogs, a database that
// cannot be opened or a failed login is one line on standard error and the program exits with 1.

#include "shell/recentfiles.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>
#include <memory>

class QWidget;

namespace integriteit {

class AppCore;
class MainWindow;

class AppController : public QObject
{
    Q_OBJECT
public:
    // `sinceStart` was started first thing in main(); the benchmark hook measures from it.
    explicit AppController(QElapsedTimer sinceStart, QObject *parent = nullptr);
    ~AppController() override;

    // Opens the database (argument, else the most recent, else the wizard) and shows the window.
    // False when nothing was opened: the user quit, or an unattended start failed.
    bool start(const QStringList &arguments);

private:
    enum class LoginResult { LoggedIn, Cancelled, OtherDatabase };

    std::unique_ptr<AppCore> openCore(const QString &path, QWidget *parent);
    LoginResult login(AppCore &core, QWidget *parent, bool offerOtherDatabase, bool fromEnvironment);
    std::unique_ptr<AppCore> createWithWizard(QWidget *parent);
    QString askDatabasePath(QWidget *parent) const;
    // Loops over the start dialog until a database is open (true) or the user quits (false).
    bool runStartDialog();
    // Makes `core` (logged in) the open one, replacing the window and the previous core.
    void install(std::unique_ptr<AppCore> core);
    void showWindow();
    void armHooks();
    void onFirstPaint();
    void fail(const QString &message) const;

    void newDatabase();
    void openDatabase();
    void switchTo(const QString &path);
    void logout();

    QElapsedTimer m_sinceStart;
    RecentFiles m_recentFiles;
    bool m_unattended = false;
    bool m_hooksArmed = false;
    // The window refers to the core: it is declared after it, so it is destroyed first.
    std::unique_ptr<AppCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace integriteit
