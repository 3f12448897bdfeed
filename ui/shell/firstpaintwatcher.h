#pragma once
// Reports the first time a widget has been painted: the honest moment the user sees the office
// holders, used by the start-up benchmark and the screenshot hook.

#include <QObject>
#include <QPointer>

class QWidget;

namespace integriteit {

class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QWidget *target, QObject *parent = nullptr);

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    // Emitted once, after the first paint event has been handled (not when it arrives).
    void painted();

private:
    QPointer<QWidget> m_target;
    bool m_seen = false;
};

} // namespace integriteit
