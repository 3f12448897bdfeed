#include "csvverbs.h"

#include "appcore.h"
#include "cli/passwordprompt.h"
#include "common/error.h"
#include "csv/csvexporter.h"
#include "csv/csvimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTextStream>

namespace integriteit::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CommandLine) };

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct Invocation
{
    QString database;
    QString file;
    QString registerName;
    QString user;
    bool publicOnly = false;
    int year = 0;
};

// `--db DATABASE FILE` as the other verbs, or `FILE DATABASE` as two plain arguments.
Invocation parse(const QStringList &arguments, bool exporting)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption db(QStringLiteral("db"), Tr::tr("The database file."), QStringLiteral("FILE"));
    const QCommandLineOption user(QStringLiteral("user"), Tr::tr("Your user name."), QStringLiteral("NAME"));
    const QCommandLineOption reg(QStringLiteral("register"), Tr::tr("The register."), QStringLiteral("NAME"));
    const QCommandLineOption pub(QStringLiteral("public"), Tr::tr("Only the public fields."));
    const QCommandLineOption year(QStringLiteral("year"), Tr::tr("Only this year."), QStringLiteral("YYYY"));
    parser.addOptions({db, user, reg});
    if (exporting)
        parser.addOptions({pub, year});
    const QString usage = exporting
        ? Tr::tr("usage: integriteit export --db DATABASE --user NAME --register NAME [--public] [--year YYYY] FILE")
        : Tr::tr("usage: integriteit import --db DATABASE --user NAME --register NAME FILE");
    if (!parser.parse(arguments))
        throw Error(Error::Kind::Validation, parser.errorText() + QLatin1Char('\n') + usage);
    Invocation in;
    const QStringList plain = parser.positionalArguments();
    in.database = parser.value(db);
    if (in.database.isEmpty() && plain.size() == 2) {
        in.file = plain.at(0);
        in.database = plain.at(1);
    } else if (!in.database.isEmpty() && plain.size() == 1) {
        in.file = plain.at(0);
    } else {
        throw Error(Error::Kind::Validation, usage);
    }
    in.registerName = parser.value(reg);
    if (!csvRegisterNames().contains(in.registerName))
        throw Error(Error::Kind::Validation, Tr::tr("--register must be one of: %1.").arg(csvRegisterNames().join(QStringLiteral(", "))));
    in.user = parser.isSet(user) ? parser.value(user) : qEnvironmentVariable("INTEGRITEIT_USER");
    if (in.user.isEmpty())
        throw Error(Error::Kind::Authentication, Tr::tr("--user NAME is required (or set INTEGRITEIT_USER)."));
    if (exporting) {
        in.publicOnly = parser.isSet(pub);
        if (parser.isSet(year)) {
            bool ok = false;
            in.year = parser.value(year).toInt(&ok);
            if (!ok || in.year < 1990 || in.year > 2200)
                throw Error(Error::Kind::Validation, Tr::tr("--year must be a year, e.g. 2026."));
        }
    }
    return in;
}

std::unique_ptr<AppCore> login(const Invocation &in)
{
    auto core = std::make_unique<AppCore>(Database::open(in.database));
    const auto password = readPassword(Tr::tr("Password for %1: ").arg(in.user));
    if (!password)
        throw Error(Error::Kind::Authentication,
                    Tr::tr("no password: set INTEGRITEIT_PASSWORD or run the command on a terminal."));
    core->users().login(in.user, *password);
    return core;
}

// Every tenth on standard error, so a long import shows it is alive.
auto tenths(const QString &verb)
{
    return [verb, last = -1](int done, int total) mutable {
        const int tenth = total > 0 ? done * 10 / total : 10;
        if (total >= 10000 && tenth != last) {
            last = tenth;
            err() << Tr::tr("%1: %2 of %3 rows").arg(verb).arg(done).arg(total) << Qt::endl;
        }
        return true;
    };
}
} // namespace

int runImport(const QStringList &arguments)
{
    const Invocation in = parse(arguments, false);
    QFile file(in.file);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::File, Tr::tr("%1 cannot be read: %2").arg(in.file, file.errorString()));
    const QByteArray bytes = file.readAll();
    auto core = login(in);
    auto target = createCsvRegister(in.registerName, *core);
    CsvImporter importer(core->database(), core->session(), *target);
    const CsvImportResult result = importer.run(bytes, tenths(QStringLiteral("import")));
    if (!result.ok()) {
        for (const CsvProblem &p : result.problems)
            err() << p.text() << Qt::endl;
        if (result.truncated)
            err() << Tr::tr("Stopped after %1 problems.").arg(CsvImporter::kMaxProblems) << Qt::endl;
        throw Error(Error::Kind::Validation,
                    Tr::tr("nothing was imported from %1: %n problem(s).", nullptr, int(result.problems.size())).arg(in.file));
    }
    QTextStream(stdout) << Tr::tr("%n record(s) imported into %1.", nullptr, result.imported).arg(in.registerName) << Qt::endl;
    return 0;
}

int runExport(const QStringList &arguments)
{
    const Invocation in = parse(arguments, true);
    auto core = login(in);
    auto target = createCsvRegister(in.registerName, *core);
    CsvExportOptions options;
    options.publicOnly = in.publicOnly;
    options.year = in.year;
    CsvExporter::columnsFor(*target, options); // refuses a wrong option before the file is touched
    // QSaveFile: a failed export never leaves half a file in place of a good one.
    QSaveFile file(in.file);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::File, Tr::tr("%1 cannot be written: %2").arg(in.file, file.errorString()));
    const int written = CsvExporter::run(core->database(), *target, options, file);
    if (!file.commit())
        throw Error(Error::Kind::File, Tr::tr("%1 cannot be written: %2").arg(in.file, file.errorString()));
    QTextStream(stdout) << Tr::tr("%n record(s) exported to %1.", nullptr, written).arg(in.file) << Qt::endl;
    return 0;
}

} // namespace integriteit::cli
