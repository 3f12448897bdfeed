// The UI tests' main: a QApplication on the offscreen platform, so the tests need no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegriteitTests"));
    QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
    QApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
