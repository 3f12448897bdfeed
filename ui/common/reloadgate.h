#pragma once
// Reads a model again on a change signal only while its page is on screen; a hidden page notes
// that it is out of date and reads again when it is shown. The settlement and inventory pages
// each read a whole year: on the national demo every save elsewhere made them read it again
// unseen. Without a watched page every change reads at once (a model on its own, in a test).

#include <QEvent>
#include <QObject>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <utility>

namespace integriteit {

class ReloadGate : public QObject
{
public:
    ReloadGate(QObject *parent, std::function<void()> reload)
        : QObject(parent)
        , m_reload(std::move(reload))
    {
    }

    void watch(QWidget *page)
    {
        m_page = page;
        page->installEventFilter(this);
    }

    void changed()
    {
        if (!m_page || m_page->isVisible()) {
            m_stale = false;
            m_reload();
        } else {
            m_stale = true;
        }
    }

    bool isStale() const { return m_stale; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Show && m_stale) {
            m_stale = false;
            m_reload();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_reload;
    QPointer<QWidget> m_page;
    bool m_stale = false;
};

} // namespace integriteit
