#pragma once
// The parts of the main window that follow the area on screen: the area's own actions in the Edit
// menu and (unless the page shows them itself) the main toolbar, Find (Ctrl+F) on the area's search
// field, and the count in the status bar with the area's own noun. Areas built in parallel keep
// their own actions; the window only shows those of the area the user is looking at, so "New…"
// never means a different register than the one on screen.

#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class QAction;
class QLabel;
class QMenu;
class QToolBar;
class QWidget;

namespace integriteit {

class AreaChrome : public QObject
{
    Q_OBJECT
public:
    struct Area
    {
        QList<QAction *> actions;           // the Edit menu, in this order
        bool inToolBar = true;              // false when the page has a bar with them already
        std::function<void()> focusSearch;  // null: the area has no search, Find is disabled
        // "3 of 12 gifts"; null: the area counts nothing and the label is hidden.
        std::function<QString(int shown, int total)> countText;
    };

    // The area's actions go into `toolBar` and `edit` before `toolBarAnchor` / `editAnchor`.
    AreaChrome(QToolBar *toolBar, QAction *toolBarAnchor, QMenu *edit, QAction *editAnchor, QAction *find,
               QLabel *countLabel, QObject *parent = nullptr);

    void addArea(QWidget *page, Area area);
    // Keeps the page's latest count, shown whenever the page is.
    void setCount(QWidget *page, int shown, int total);
    void setCurrent(QWidget *page);
    QWidget *current() const { return m_current; }

    // "3 of 12 …" when a filter hides some, else "12 …"; `nounText` gets the total for %n.
    static QString countText(int shown, int total, const std::function<QString(int)> &nounText);

private:
    void updateCount();

    QToolBar *m_toolBar;
    QAction *m_toolBarAnchor;
    QMenu *m_edit;
    QAction *m_editAnchor;
    QAction *m_find;
    QLabel *m_countLabel;
    QHash<QWidget *, Area> m_areas;
    QHash<QWidget *, QPair<int, int>> m_counts; // per page: rows shown, rows matching
    QWidget *m_current = nullptr;
    QList<QAction *> m_shown; // the current area's actions in the menu and toolbar
};

} // namespace integriteit
