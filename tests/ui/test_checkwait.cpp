// The window's wait for the file's check (Database::VerificationWait): a write that must wait
// says so in a small window after a moment, takes no clicks meanwhile, and goes on once the check
// is done; a check already done shows nothing.

#include "shell/checkwait.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace integriteit;

namespace {
QProgressDialog *visibleCheckDialog()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *dialog = qobject_cast<QProgressDialog *>(widget);
            dialog && dialog->isVisible() && dialog->objectName() == QLatin1String("fileCheckDialog"))
            return dialog;
    return nullptr;
}
} // namespace

TEST_CASE("A write waiting for the file's check says so, and goes on when the check is done", "[ui][shell]")
{
    // The check is "done" once the test has seen the window: no race with the clock.
    bool done = false;
    bool modal = false;
    bool cancellable = true;
    QString label;
    QTimer watch;
    watch.setInterval(10);
    QObject::connect(&watch, &QTimer::timeout, [&] {
        if (QProgressDialog *dialog = visibleCheckDialog(); dialog && !done) {
            modal = dialog->isModal();
            cancellable = dialog->findChild<QPushButton *>() != nullptr;
            label = dialog->labelText();
            if (const QString dir = qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_DIR"); !dir.isEmpty())
                dialog->grab().save(dir + QStringLiteral("/file-check.png"));
            done = true;
        }
    });
    watch.start();
    QElapsedTimer timer;
    timer.start();
    waitForFileCheck([&] { return done; });
    watch.stop();
    CHECK(done);
    CHECK(timer.elapsed() >= 400); // not for a check that ends in a moment
    CHECK(modal);
    CHECK_FALSE(cancellable);
    CHECK(label.contains(QStringLiteral("checked")));
    QApplication::processEvents();
    CHECK(visibleCheckDialog() == nullptr); // gone with the wait

    // A check that has finished already: no window, no wait.
    timer.restart();
    waitForFileCheck([] { return true; });
    CHECK(timer.elapsed() < 400);
    CHECK(visibleCheckDialog() == nullptr);
}
