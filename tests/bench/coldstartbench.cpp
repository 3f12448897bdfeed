#include "coldstartbench.h"

#include "benchfigures.h"
#include "nationaldatabase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <vector>

namespace integriteit::bench {

void measureColdStart(const QString &executable, const QString &databasePath, int runs)
{
    // Its own settings folder, so the benchmark leaves the user's list of recent files alone.
    QTemporaryDir config;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("INTEGRITEIT_USER"), kBenchUser);
    env.insert(QStringLiteral("INTEGRITEIT_PASSWORD"), kBenchPassword);
    env.insert(QStringLiteral("INTEGRITEIT_BENCH_EXIT_AFTER_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());

    std::vector<double> firstPaint;
    std::vector<double> wall;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        QElapsedTimer timer;
        timer.start();
        process.start(executable, { databasePath });
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            printNote(QStringLiteral("cold start run %1 did not finish within 60 s").arg(i + 1));
            continue;
        }
        const double elapsed = timer.nsecsElapsed() / 1e6;
        const QString output = QString::fromLocal8Bit(process.readAllStandardOutput());
        bool found = false;
        for (const QString &line : output.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("first-paint-ms "))) {
                firstPaint.push_back(line.mid(15).trimmed().toDouble());
                found = true;
            }
        if (process.exitCode() != 0 || !found) {
            printNote(QStringLiteral("cold start run %1 failed (exit %2): %3")
                          .arg(i + 1)
                          .arg(process.exitCode())
                          .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
            continue;
        }
        wall.push_back(elapsed);
    }
    if (firstPaint.empty())
        return;
    const QString n = QString::number(firstPaint.size());
    printFigure(QStringLiteral("cold start to first painted list, median of %1").arg(n), median(firstPaint),
        QStringLiteral("ms"), QStringLiteral("≤ 300 ms"));
    printFigure(QStringLiteral("cold start to first painted list, best of %1").arg(n), minimum(firstPaint),
        QStringLiteral("ms"), QStringLiteral("≤ 300 ms"));
    printFigure(QStringLiteral("cold start process wall time (exec to exit), median of %1").arg(n), median(wall),
        QStringLiteral("ms"));
    printFigure(QStringLiteral("cold start process wall time (exec to exit), best of %1").arg(n), minimum(wall),
        QStringLiteral("ms"));
    printFigure(QStringLiteral("cold start peak memory of the executable (login included)"), childrenPeakRssMb(),
        QStringLiteral("MB"), QStringLiteral("≤ 150 MB"));
}

} // namespace integriteit::bench
