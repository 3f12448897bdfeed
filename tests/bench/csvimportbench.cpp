#include "csvimportbench.h"

#include "benchfigures.h"
#include "nationaldatabase.h"

#include "appcore.h"
#include "common/error.h"
#include "csv/csvimporter.h"
#include "storage/auditlog.h"
#include "storage/sqlquery.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>

#include <sys/resource.h>

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

namespace {
const QString kCopy = QStringLiteral("integriteit-bench-csv.sqlite");

void removeCopy(const QString &copy)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(copy + suffix);
}

QString freshCopy(const QString &path)
{
    const QString copy = QDir::temp().filePath(kCopy);
    removeCopy(copy);
    if (!QFile::copy(path, copy))
        throw Error(Error::Kind::File, QStringLiteral("cannot copy %1").arg(path));
    return copy;
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The process's peak resident memory so far (VmHWM), in MB.
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return 0;
}

// Seconds for importing `file` into a fresh copy; checks the result and the audit chain.
double importInto(const QString &path, const QByteArray &file, bool rowByRow, int rows)
{
    const QString copy = freshCopy(path);
    double seconds = 0;
    {
        AppCore core(Database::open(copy));
        core.users().login(kBenchUser, kBenchPassword);
        auto target = createCsvRegister(QStringLiteral("nevenfuncties"), core);
        CsvImporter importer(core.database(), core.session(), *target);
        importer.setRowByRow(rowByRow);
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuSeconds(RUSAGE_SELF);
        const CsvImportResult result = importer.run(file);
        seconds = double(timer.nsecsElapsed()) / 1e9;
        printNote(QStringLiteral("%1 import of %2 rows: %3 s CPU (user + system), peak resident memory so far %4 MB")
                      .arg(rowByRow ? QStringLiteral("row-by-row") : QStringLiteral("bulk"))
                      .arg(rows)
                      .arg(cpuSeconds(RUSAGE_SELF) - cpuBefore, 0, 'f', 1)
                      .arg(peakMegabytes(), 0, 'f', 0));
        if (!result.ok())
            throw Error(Error::Kind::Validation,
                        result.problems.empty() ? QStringLiteral("cancelled") : result.problems.front().text());
        if (result.imported != rows)
            throw Error(Error::Kind::Validation, QStringLiteral("imported %1 of %2 rows").arg(result.imported).arg(rows));
        // Not timed: what `integriteit check` proves afterwards.
        QElapsedTimer check;
        check.start();
        if (const qint64 broken = AuditLog::verifyChain(core.database().connection()))
            throw Error(Error::Kind::Storage, QStringLiteral("audit chain broken at row %1").arg(broken));
        printNote(QStringLiteral("audit chain verified in %1 s").arg(double(check.nsecsElapsed()) / 1e9, 0, 'f', 1));
    }
    removeCopy(copy);
    return seconds;
}
} // namespace

void measureCsvImport(const QString &path, int rows)
{
    std::vector<qint64> persons;
    {
        const QString copy = freshCopy(path);
        AppCore core(Database::open(copy));
        SqlQuery q(core.database().connection(),
                   QStringLiteral("SELECT DISTINCT person_id FROM appointments WHERE end_date IS NULL"));
        q.exec();
        while (q.next())
            persons.push_back(q.value(0).toLongLong());
    }
    const QByteArray file = generate(persons, rows);
    const QString csvPath = QDir::temp().filePath(QStringLiteral("integriteit-bench-nevenfuncties.csv"));
    QFile out(csvPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size())
        throw Error(Error::Kind::File, QStringLiteral("cannot write %1").arg(csvPath));
    out.close();
    printNote(QStringLiteral("csv: %1 rows for %2 office holders in office, %3 MB: %4")
                  .arg(rows).arg(persons.size()).arg(double(file.size()) / 1e6, 0, 'f', 1).arg(csvPath));

    const double ours = importInto(path, file, false, rows);
    printFigure(QStringLiteral("csv import of %1 nevenfuncties (rights, validation, audit, one transaction)").arg(rows),
                ours, QStringLiteral("s"));
    printFigure(QStringLiteral("csv import per row"), ours * 1e6 / rows, QStringLiteral("µs"));

    // sqlite3's shell: the same file, no checks, into a plain table. Its .import keeps the BOM in
    // the first column's name (harmless here) and needs the separator said.
    const QString plain = QDir::temp().filePath(QStringLiteral("integriteit-bench-plain.sqlite"));
    QFile::remove(plain);
    QProcess sqlite;
    QElapsedTimer timer;
    timer.start();
    sqlite.start(QStringLiteral("sqlite3"), {plain, QStringLiteral("-cmd"), QStringLiteral(".mode csv"), QStringLiteral("-cmd"),
                                             QStringLiteral(".separator ;"),
                                             QStringLiteral(".import %1 nevenfuncties").arg(csvPath)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0)
        throw Error(Error::Kind::File, QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromLocal8Bit(sqlite.readAllStandardError())));
    const double theirs = double(timer.nsecsElapsed()) / 1e9;
    printNote(QStringLiteral("sqlite3 .import: %1 s CPU (user + system)").arg(cpuSeconds(RUSAGE_CHILDREN), 0, 'f', 1));
    printFigure(QStringLiteral("sqlite3 .import of the same file into a plain table"), theirs, QStringLiteral("s"));
    printFigure(QStringLiteral("csv import / sqlite3 .import"), ours / theirs, QStringLiteral("x"), QStringLiteral("≤ 1.5"));
    QFile::remove(plain);

    // INTEGRITEIT_BENCH_CSV_ROWBYROW=N: also the first N rows through the service one by one (the
    // path before the bulk writer), in the same run, for the comparison per row.
    const int slowRows = qMin(rows, qEnvironmentVariableIntValue("INTEGRITEIT_BENCH_CSV_ROWBYROW"));
    if (slowRows > 0) {
        QByteArray part = file;
        qsizetype end = 0;
        for (int line = 0; line <= slowRows; ++line) // the header and slowRows rows
            end = part.indexOf('\n', end) + 1;
        part.truncate(end);
        const double slow = importInto(path, part, true, slowRows);
        const double fast = importInto(path, part, false, slowRows);
        printFigure(QStringLiteral("the same %1 rows row by row through the service, per row").arg(slowRows),
                    slow * 1e6 / slowRows, QStringLiteral("µs"));
        printFigure(QStringLiteral("the same %1 rows in bulk, per row").arg(slowRows), fast * 1e6 / slowRows,
                    QStringLiteral("µs"));
    }
}

} // namespace integriteit::bench
