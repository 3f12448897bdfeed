#include "csvimportbench.h"

#include "benchfigures.h"
#include "nationaldatabase.h"

#include "appcore.h"
#include "common/error.h"
#include "csv/csvimporter.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

namespace integriteit::bench {

namespace {
QByteArray generate(const std::vector<qint64> &persons, int rows)
{
    static const char *kOrganisations[] = {"Stichting Harmonie St. Caecilia", "Woningstichting Maasvallei",
                                           "Golfclub Beek", "Rabobank Westelijke Mijnstreek",
                                           "Vereniging Natuurmonumenten", "Zorggroep Heuvelland"};
    static const char *kPositions[] = {"Voorzitter bestuur", "Lid raad van toezicht", "Penningmeester",
                                       "Secretaris", "Lid adviesraad"};
    QRandomGenerator random(20261122);
    QByteArray out = "\xEF\xBB\xBFpersoon_nr;organisatie;functie;ambtshalve;bezoldigd;begindatum;einddatum\r\n";
    out.reserve(qsizetype(rows) * 90);
    for (int i = 0; i < rows; ++i) {
        const qint64 person = persons[std::size_t(i) % persons.size()];
        const QDate start = QDate(2015, 1, 1).addDays(random.bounded(3650));
        const bool ended = random.bounded(3) == 0;
        out += QByteArray::number(person) + ';' + kOrganisations[random.bounded(6)] + ' ' + QByteArray::number(i % 997)
            + ';' + kPositions[random.bounded(5)] + ';' + (random.bounded(4) == 0 ? "ja" : "nee") + ';'
            + (random.bounded(2) ? "ja" : "nee") + ';' + start.toString(QStringLiteral("dd-MM-yyyy")).toLatin1() + ';'
            + (ended ? start.addDays(400).toString(QStringLiteral("dd-MM-yyyy")).toLatin1() : QByteArray()) + "\r\n";
    }
    return out;
}
} // namespace

void measureCsvImport(const QString &path, int rows)
{
    const QString copy = QDir::temp().filePath(QStringLiteral("integriteit-bench-csv.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    if (!QFile::copy(path, copy))
        throw Error(Error::Kind::File, QStringLiteral("cannot copy %1").arg(path));

    AppCore core(Database::open(copy));
    core.users().login(kBenchUser, kBenchPassword);
    std::vector<qint64> persons;
    SqlQuery q(core.database().connection(), QStringLiteral("SELECT DISTINCT person_id FROM appointments WHERE end_date IS NULL"));
    q.exec();
    while (q.next())
        persons.push_back(q.value(0).toLongLong());
    const QByteArray file = generate(persons, rows);
    const QString csvPath = QDir::temp().filePath(QStringLiteral("integriteit-bench-nevenfuncties.csv"));
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size())
        throw Error(Error::Kind::File, QStringLiteral("cannot write %1").arg(csvPath));
    out.close();
    printNote(QStringLiteral("csv: %1 rows for %2 office holders in office, %3 MB: %4")
                  .arg(rows).arg(persons.size()).arg(double(file.size()) / 1e6, 0, 'f', 1).arg(csvPath));

    auto target = createCsvRegister(QStringLiteral("nevenfuncties"), core);
    QElapsedTimer timer;
    timer.start();
    const CsvImportResult result = CsvImporter(core.database(), core.session(), *target).run(file);
    const double ours = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok())
        throw Error(Error::Kind::Validation, result.problems.empty() ? QStringLiteral("cancelled") : result.problems.front().text());
    printFigure(QStringLiteral("csv import of %1 nevenfuncties (rights, validation, audit, one transaction)").arg(rows),
                ours, QStringLiteral("s"));
    printFigure(QStringLiteral("csv import per row"), ours * 1e6 / rows, QStringLiteral("µs"));

    // sqlite3's shell: the same file, no checks, into a plain table. Its .import keeps the BOM in
    // the first column's name (harmless here) and needs the separator said.
    const QString plain = QDir::temp().filePath(QStringLiteral("integriteit-bench-plain.sqlite"));
    QFile::remove(plain);
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"), {plain, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral("-cmd"),
                                             QStringLiteral(".separator ;"),
                                             QStringLiteral(".import %1 nevenfuncties").arg(csvPath)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        throw Error(Error::Kind::File, QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromLocal8Bit(sqlite.readAllStandardError())));
    const double theirs = double(timer.nsecsElapsed()) / 1e9;
    printFigure(QStringLiteral("sqlite3 .import of the same file into a plain table"), theirs, QStringLiteral("s"));
    printFigure(QStringLiteral("csv import / sqlite3 .import"), ours / theirs, QStringLiteral("x"), QStringLiteral("≤ 1.5"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
    QFile::remove(plain);
}

} // namespace integriteit::bench
