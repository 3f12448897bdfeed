// integriteit_bench: the performance figures of the office holders list on the national demo
// database, one per line as "name: value unit (target …)". Built with INTEGRITEIT_BUILD_BENCH=ON.

#include "benchfigures.h"
#include "coldstartbench.h"
#include "common/error.h"
#include "csvimportbench.h"
#include "listsbench.h"
#include "nationaldatabase.h"
#include "personslistbench.h"
#include "registersbench.h"

#include <QApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>

using namespace integriteit;

int main(int argc, char *argv[])
{
    // The in-process figures need widgets, not a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    try {
        // `--db FILE`: measure on that database (a replica, say) instead of the cached national demo.
        const QStringList args = app.arguments();
        const int dbArg = args.indexOf(QStringLiteral("--db"));
        const QString path = dbArg > 0 ? args.value(dbArg + 1) : bench::nationalDatabasePath();
        if (path.isEmpty() || (dbArg > 0 && !QFile::exists(path)))
            throw std::runtime_error("--db needs an existing database file");
        bench::printNote(QStringLiteral("database: %1").arg(path));
        // Other work on the machine slows every figure: say how busy it was.
        QFile loadavg(QStringLiteral("/proc/loadavg"));
        if (loadavg.open(QIODevice::ReadOnly))
            bench::printNote(QStringLiteral("load average at start: %1 (%2 cores)")
                                 .arg(QString::fromLatin1(loadavg.readAll().split(' ').mid(0, 3).join(' ')))
                                 .arg(QThread::idealThreadCount()));
        if (const double seconds = bench::ensureNationalDatabase(path); seconds > 0)
            bench::printFigure(QStringLiteral("national demo database generated"), seconds, QStringLiteral("s"));
        // `integriteit_bench csv [ROWS]`: only the CSV import (default 1,000,000 rows);
        // `integriteit_bench --registers`: only the registers and declaraties (core reads);
        // `integriteit_bench --lists`: only the nevenfuncties and claims lists as the user meets them;
        // `integriteit_bench --first-screens`: only their first screens.
        const bool csvOnly = args.value(1) == QLatin1String("csv");
        if (args.contains(QStringLiteral("--lists")) || args.contains(QStringLiteral("--first-screens"))) {
            bench::measureLists(path, args.contains(QStringLiteral("--first-screens")));
            return 0;
        }
        const bool registersOnly = args.contains(QStringLiteral("--registers"));
        if (!csvOnly && !registersOnly) {
            bench::measureColdStart(QStringLiteral(INTEGRITEIT_APP_PATH), path, 5);
            bench::measurePersonsList(path);
        }
        if (!csvOnly)
            bench::measureRegisters(path);
        if (!registersOnly)
            bench::measureCsvImport(path, csvOnly && args.size() > 2 ? args.at(2).toInt() : 1000000);
    } catch (const Error &error) {
        err << QStringLiteral("integriteit_bench: ") << error.userMessage() << QStringLiteral(" (") << error.detail()
            << QStringLiteral(")") << Qt::endl;
        return 1;
    } catch (const std::exception &error) {
        err << QStringLiteral("integriteit_bench: ") << error.what() << Qt::endl;
        return 1;
    }
    return 0;
}
