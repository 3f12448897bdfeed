#pragma once
// The areas of the main window: the navigation list on the left and the stack of pages it
// switches (start page, office holders, the registers, settlement and inventory, claims, cards,
// claim overviews, users), built for the logged-in user's roles, and the routing of "open this
// record" from the start page and a person's Registers tab to the page or dialog that shows it.
// The window adds the menus, the toolbar and the status bar around it.

#include <QHash>
#include <QObject>
#include <QPair>

class QIcon;
class QListWidget;
class QSettings;
class QStackedWidget;
class QUndoStack;
class QWidget;

namespace integriteit {

class AppCore;
class AttentionPage;
class CardsPage;
class ClaimOverviewPage;
class ClaimsPage;
class InventoryPage;
class PersonRegistersWidget;
class PersonsPage;
class RecordOpener;
class RegisterKind;
class RegisterPage;
class SettlementPage;
class UsersPage;

class WindowAreas : public QObject
{
    Q_OBJECT
public:
    // The widgets are children of `window`; the caller lays out navigation() and pages().
    WindowAreas(AppCore &core, QUndoStack &undoStack, QWidget *window);

    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    AttentionPage *attentionPage() const { return m_attentionPage; }
    PersonsPage *personsPage() const { return m_personsPage; }
    SettlementPage *settlementPage() const { return m_settlementPage; }
    InventoryPage *inventoryPage() const { return m_inventoryPage; }
    const QList<RegisterPage *> &registerPages() const { return m_registerPages; }
    ClaimsPage *claimsPage() const { return m_claimsPage; }   // null when the user may read no claims
    CardsPage *cardsPage() const { return m_cardsPage; }      // likewise
    ClaimOverviewPage *claimOverviewPage() const { return m_claimOverviewPage; }
    UsersPage *usersPage() const { return m_usersPage; }      // null unless administrator
    // The latest count of each page that counts (rows shown, rows matching), for the status bar.
    const QHash<QWidget *, QPair<int, int>> &counts() const { return m_counts; }

    // The register page that holds records of this audit entity ("side_position", "gift", ...),
    // or null.
    RegisterPage *registerPage(const QString &entity) const;
    void showArea(QWidget *page);
    bool showAreaNamed(const QString &objectName);
    // See MainWindow::openRecord.
    void openRecord(const QString &entity, qint64 id);

    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

Q_SIGNALS:
    void countChanged(QWidget *page, int shown, int total);
    void statusMessage(const QString &message);

private:
    void createRegisterPages();
    void createRouting();
    void addArea(const QIcon &icon, const QString &name, QWidget *page);
    // Adds a register's page as an area; the page owns the kind.
    RegisterPage *addRegisterPage(RegisterKind *kind, const QIcon &icon);
    void setCount(QWidget *page, int shown, int total);
    // Routes "open this record" from the start page and the person's Registers tab to the area or
    // dialog that shows it (RecordOpener decides which).
    void openRegisterRecord(const QString &entity, qint64 id);
    void showPerson(qint64 personId, bool registersTab);

    AppCore &m_core;
    QUndoStack &m_undoStack;
    QWidget *m_window;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    AttentionPage *m_attentionPage = nullptr;
    PersonsPage *m_personsPage = nullptr;
    PersonRegistersWidget *m_personRegisters = nullptr;
    SettlementPage *m_settlementPage = nullptr;
    InventoryPage *m_inventoryPage = nullptr;
    RecordOpener *m_recordOpener = nullptr;
    UsersPage *m_usersPage = nullptr;
    QList<RegisterPage *> m_registerPages;
    CardsPage *m_cardsPage = nullptr;
    ClaimsPage *m_claimsPage = nullptr;
    ClaimOverviewPage *m_claimOverviewPage = nullptr;
    QHash<QWidget *, QPair<int, int>> m_counts;
};

} // namespace integriteit
