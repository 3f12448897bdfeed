// Integriteit: one executable for people (the window) and scripts (the verbs of architecture.md).
#include "cli/commandline.h"
#include "common/translations.h"

#include "shell/appcontroller.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstring>

using namespace integriteit;

int main(int argc, char *argv[])
{
    // First thing: the start-up benchmark (INTEGRITEIT_BENCH_EXIT_AFTER_PAINT) measures from here.
    QElapsedTimer sinceStart;
    sinceStart.start();

    QCoreApplication::setOrganizationName(QStringLiteral("Integriteit"));
    QCoreApplication::setApplicationName(QStringLiteral("Integriteit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INTEGRITEIT_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (CommandLine::isCommand(arguments)) {
        // Verbs run without a window and without a display, for scheduled jobs and tests.
        QCoreApplication app(argc, argv);
        installTranslations(app, preferredLanguage());
        return CommandLine::run(arguments);
    }

    QApplication app(argc, argv);
    installTranslations(app, preferredLanguage());
    AppController controller(sinceStart);
    if (!controller.start(app.arguments()))
        return 1;
    return app.exec();
}
