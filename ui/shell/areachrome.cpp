#include "areachrome.h"

#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QToolBar>

namespace integriteit {

AreaChrome::AreaChrome(QToolBar *toolBar, QAction *toolBarAnchor, QMenu *edit, QAction *editAnchor, QAction *find,
                       QLabel *countLabel, QObject *parent)
    : QObject(parent)
    , m_toolBar(toolBar)
    , m_toolBarAnchor(toolBarAnchor)
    , m_edit(edit)
    , m_editAnchor(editAnchor)
    , m_find(find)
    , m_countLabel(countLabel)
{
    connect(m_find, &QAction::triggered, this, [this] {
        const auto it = m_areas.constFind(m_current);
        if (it != m_areas.constEnd() && it->focusSearch)
            it->focusSearch();
    });
}

void AreaChrome::addArea(QWidget *page, Area area)
{
    m_areas.insert(page, std::move(area));
}

void AreaChrome::setCount(QWidget *page, int shown, int total)
{
    m_counts[page] = { shown, total };
    if (page == m_current)
        updateCount();
}

void AreaChrome::setCurrent(QWidget *page)
{
    if (page == m_current)
        return;
    // The previous area's actions leave the menu and the toolbar, so their shortcuts (Ctrl+N for a
    // new office holder, F2) cannot act on a page that is not on screen.
    for (QAction *action : std::as_const(m_shown)) {
        m_toolBar->removeAction(action);
        m_edit->removeAction(action);
    }
    m_shown.clear();
    m_current = page;
    const Area area = m_areas.value(page);
    m_edit->insertActions(m_editAnchor, area.actions);
    if (area.inToolBar)
        m_toolBar->insertActions(m_toolBarAnchor, area.actions);
    m_shown = area.actions;
    m_toolBarAnchor->setVisible(area.inToolBar && !area.actions.isEmpty());
    m_find->setEnabled(bool(area.focusSearch));
    updateCount();
}

void AreaChrome::updateCount()
{
    const Area area = m_areas.value(m_current);
    const auto it = m_counts.constFind(m_current);
    if (!area.countText || it == m_counts.constEnd()) {
        m_countLabel->clear();
        m_countLabel->hide();
        return;
    }
    m_countLabel->setText(area.countText(it->first, it->second));
    m_countLabel->show();
}

QString AreaChrome::countText(int shown, int total, const std::function<QString(int)> &nounText)
{
    if (shown == total)
        return nounText(total);
    //: "3 of 12 gifts": the rows the filter shows, of all the area holds
    return tr("%1 of %2").arg(QLocale().toString(shown), nounText(total));
}

} // namespace integriteit
