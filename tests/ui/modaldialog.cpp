#include "modaldialog.h"

#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <catch2/catch.hpp>

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <vector>

namespace integriteit::test {

namespace {
constexpr int kPollMs = 10;

std::vector<QPointer<QTimer>> &pollers()
{
    static std::vector<QPointer<QTimer>> running;
    return running;
}

} // namespace

void pollModalDialog(std::function<void(QDialog *)> interact)
{
    // No give-up time: on a loaded machine a dialog may take seconds to open, and a poller given
    // up would leave exec() waiting for ever. The end of the test case stops it instead.
    auto *timer = new QTimer;
    timer->setInterval(kPollMs);
    QObject::connect(timer, &QTimer::timeout, [timer, interact = std::move(interact)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        interact(dialog);
    });
    pollers().emplace_back(timer);
    timer->start();
}

int stopModalDialogPollers()
{
    int waiting = 0;
    for (const QPointer<QTimer> &timer : pollers()) {
        if (timer && timer->isActive()) {
            ++waiting;
            timer->stop();
        }
        delete timer.data();
    }
    pollers().clear();
    return waiting;
}

} // namespace integriteit::test

namespace {
// Catch's macro takes an unqualified name.
struct ModalDialogPollerListener : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseEnded(const Catch::TestCaseStats &stats) override
    {
        if (const int waiting = integriteit::test::stopModalDialogPollers())
            qWarning("%d dialog(s) expected by \"%s\" never opened", waiting, stats.testInfo.name.c_str());
    }
};
} // namespace

CATCH_REGISTER_LISTENER(ModalDialogPollerListener)
