#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace integriteit {

FirstPaintWatcher::FirstPaintWatcher(QWidget *target, QObject *parent)
    : QObject(parent)
    , m_target(target)
{
    target->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && watched == m_target && event->type() == QEvent::Paint) {
        m_seen = true;
        m_target->removeEventFilter(this);
        // Let the paint itself run first; the zero timer fires once it (and its flush) is done.
        QTimer::singleShot(0, this, &FirstPaintWatcher::painted);
    }
    return false;
}

} // namespace integriteit
