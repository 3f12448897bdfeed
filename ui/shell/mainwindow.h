#pragma once
// The main window for one open database and one logged-in user: a navigation list of the areas
// (the start page, office holders, registers, claims, cards; users for administrators), the menus,
// a toolbar and a status bar that follow the area on screen (AreaChrome). Switching database or
// user is the AppController's job; the window only asks for it.

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QToolBar;
class QUndoStack;

namespace integriteit {

class AppCore;
class AreaChrome;
class AttentionPage;
class ClaimOverviewPage;
class ClaimsPage;
class InventoryPage;
class PersonsPage;
class RecentFiles;
class RegisterPage;
class SettlementPage;
class WindowAreas;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(AppCore &core, RecentFiles &recentFiles, QWidget *parent = nullptr);
    // Saves the window's geometry and the pages' state, however the window goes.
    ~MainWindow() override;

    // The widget whose first paint means the office holders are on screen (benchmark hook).
    QWidget *firstPaintWidget() const;
    PersonsPage *personsPage() const;
    AttentionPage *attentionPage() const;
    SettlementPage *settlementPage() const;
    InventoryPage *inventoryPage() const;
    // Null when the user may read no claims.
    ClaimsPage *claimsPage() const;
    ClaimOverviewPage *claimOverviewPage() const;
    // Brings forward the area whose page has this object name (e.g. "claimsPage"); false if none.
    bool showAreaNamed(const QString &objectName);
    QUndoStack *undoStack() const { return m_undoStack; }
    void showStatusMessage(const QString &message);
    // The register page that holds records of this audit entity ("side_position", "gift", ...),
    // or null.
    RegisterPage *registerPage(const QString &entity) const;

public Q_SLOTS:
    // Switches to the page that holds `entity` (the audit log's entity name: "person",
    // "side_position", "side_income", "financial_interest", "gift", ...) and selects record `id`,
    // clearing that page's filters when they hide it. Other parts of the window (the start page's
    // aandachtspunten, a person's registers panel) emit (entity, id) and connect here.
    void openRecord(const QString &entity, qint64 id);

Q_SIGNALS:
    void newDatabaseRequested();
    void openDatabaseRequested();
    void openRecentRequested(const QString &path);
    void logoutRequested();
    // The user closed the window (File > Quit or the close button).
    void closed();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The navigation and the pages (WindowAreas) in the central widget.
    void createPages();
    void createActions();
    void createMenus();
    void createToolBar();
    void createStatusBar();
    void pageChanged(int index);
    void fillRecentMenu();
    void updateTitle();
    // What follows the current area: its actions, Find and the count (AreaChrome).
    void createAreaChrome();
    void restoreSettings();
    void saveSettings() const;

    void showSettings();
    void changePassword();
    void chooseLanguage(QAction *action);
    void showAbout();

    AppCore &m_core;
    RecentFiles &m_recentFiles;
    QUndoStack *m_undoStack;
    WindowAreas *m_areas = nullptr;
    AreaChrome *m_chrome = nullptr;

    QAction *m_newDatabase = nullptr;
    QAction *m_openDatabase = nullptr;
    QAction *m_settings = nullptr;
    QAction *m_changePassword = nullptr;
    QAction *m_logout = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_find = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languages = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_editAnchor = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_toolBarAnchor = nullptr;

    QLabel *m_countLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
};

} // namespace integriteit
