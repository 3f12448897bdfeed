#include "checkwait.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::FileCheck) };

constexpr int kShowAfterMs = 400; // a municipality's own file is checked before anyone notices
constexpr int kPollMs = 25;
} // namespace

void waitForFileCheck(const std::function<bool()> &done)
{
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProgressDialog> dialog;
    while (!done()) {
        if (!dialog && timer.elapsed() >= kShowAfterMs) {
            dialog = std::make_unique<QProgressDialog>(QApplication::activeWindow());
            dialog->setObjectName(QStringLiteral("fileCheckDialog"));
            dialog->setWindowTitle(Tr::tr("Checking the database"));
            auto *label = new QLabel(Tr::tr(
                "The database file is being checked for damage, once after opening. A large file "
                "takes a while; nothing is saved before the check has finished."));
            label->setWordWrap(true);
            dialog->setLabel(label);
            dialog->setMinimumWidth(420);
            dialog->setCancelButton(nullptr);
            dialog->setRange(0, 0); // busy: SQLite does not say how far its check is
            dialog->setWindowModality(Qt::ApplicationModal);
            dialog->setMinimumDuration(0);
            dialog->show();
        }
        // Paints and timers, but no clicks or keys: the action that waits must not be started
        // again from inside its own wait.
        QApplication::processEvents(QEventLoop::ExcludeUserInputEvents, kPollMs);
        QThread::msleep(kPollMs);
    }
}

} // namespace integriteit
