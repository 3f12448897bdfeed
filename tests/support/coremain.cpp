// The core tests' main: a QGuiApplication on the offscreen platform and no display. Qt Sql needs
// an application object; the letters and reports core renders (QTextDocument, QPdfWriter) need
// fonts, which only a QGuiApplication provides.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Test mode keeps QSettings and standard paths away from the developer's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegriteitTests"));
    QCoreApplication::setApplicationName(QStringLiteral("core_tests"));
    QGuiApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
