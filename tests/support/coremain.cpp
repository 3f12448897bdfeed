// The core tests' main: a QCoreApplication (Qt Sql needs one) and no display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    // Test mode keeps QSettings and standard paths away from the developer's own configuration.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("IntegriteitTests"));
    QCoreApplication::setApplicationName(QStringLiteral("core_tests"));
    QCoreApplication app(argc, argv);
    return Catch::Session().run(argc, argv);
}
