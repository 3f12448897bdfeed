#include "nationaldatabase.h"

#include "benchfigures.h"
#include "demo/demogenerator.h"
#include "settings/municipalitysettings.h"
#include "storage/database.h"
#include "storage/databasesetup.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

namespace integriteit::bench {

QString nationalDatabasePath()
{
    QString dir = qEnvironmentVariable("TMPDIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/tmp");
    // The hash of the demo generator and the migrations (tests/bench/CMakeLists.txt) names the cache.
    return dir + QStringLiteral("/integriteit-bench-national-%1.sqlite").arg(QStringLiteral(INTEGRITEIT_DEMO_HASH));
}

double ensureNationalDatabase(const QString &path)
{
    if (QFile::exists(path))
        return 0;
    // Built under another name and renamed when complete, so an interrupted run is never cached.
    const QString partial = path + QStringLiteral(".partial");
    for (const char *suffix : { "", "-wal", "-shm" })
        QFile::remove(partial + QLatin1String(suffix));

    QElapsedTimer timer;
    timer.start();
    {
        MunicipalitySettings settings;
        settings.municipality = QStringLiteral("Leiderdorp");
        settings.province = QStringLiteral("Zuid-Holland");
        settings.clerk = QStringLiteral("mr. A.M. (Anke) Scheepers");
        settings.secretary = QStringLiteral("drs. H.J. (Henk) van Dijk");
        settings.mayor = QStringLiteral("C.W.M. (Christian) Dams");
        settings.deputyChair = QStringLiteral("P.J. (Pieter) Janssen");
        // The beheerder also keeps the registers (a small griffie): the save benchmark edits as him.
        const User admin { 0, kBenchUser, QStringLiteral("Beheerder Benchmark"),
            UserRole::Administrator | UserRole::Griffie | UserRole::Secretariat, true };
        auto database = DatabaseSetup::createNew(partial, settings, admin, kBenchPassword);
        DemoOptions options;
        options.scale = DemoOptions::Scale::National;
        options.seed = 1;
        QTextStream err(stderr);
        DemoGenerator::generate(*database, kBenchUser, options, [&err](int done, int total) {
            if (done % 25 == 0 || done == total)
                err << QStringLiteral("bench: national demo database, %1 of %2 bodies").arg(done).arg(total)
                    << Qt::endl;
        });
    } // closing the last connection checkpoints the WAL into the file
    for (const char *suffix : { "-wal", "-shm" })
        QFile::remove(path + QLatin1String(suffix));
    if (!QFile::rename(partial, path))
        throw std::runtime_error("cannot rename the benchmark database into place");
    return timer.elapsed() / 1000.0;
}

} // namespace integriteit::bench
