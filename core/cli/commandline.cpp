#include "commandline.h"

#include "auth/userservice.h"
#include "check/integritycheck.h"
#include "cli/csvverbs.h"
#include "cli/passwordprompt.h"
#include "common/error.h"
#include "demo/demogenerator.h"
#include "settings/municipalitysettings.h"
#include "storage/database.h"
#include "storage/databasesetup.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CommandLine) };

const QStringList kVerbs = {QStringLiteral("init"), QStringLiteral("demo"), QStringLiteral("check"),
                            QStringLiteral("import"), QStringLiteral("export")};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << QStringLiteral("integriteit: ") << message << Qt::endl;
    return 1;
}

QString password(const QString &prompt)
{
    const auto value = readPassword(prompt);
    if (!value)
        throw Error(Error::Kind::Authentication,
                    Tr::tr("no password: set INTEGRITEIT_PASSWORD or run the command on a terminal."));
    return *value;
}

QCommandLineOption dbOption() { return {QStringLiteral("db"), Tr::tr("The database file."), QStringLiteral("FILE")}; }
QCommandLineOption userOption() { return {QStringLiteral("user"), Tr::tr("Your user name."), QStringLiteral("NAME")}; }

bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

// Opens the database and logs the user in (verbs that read or write records require --user).
std::unique_ptr<Database> openAs(const QString &path, const QString &userName, Session &session)
{
    if (path.isEmpty())
        throw Error(Error::Kind::File, Tr::tr("--db FILE is required."));
    auto database = Database::open(path);
    if (userName.isEmpty())
        throw Error(Error::Kind::Authentication, Tr::tr("--user NAME is required."));
    UserService(*database, session).login(userName, password(Tr::tr("Password for %1: ").arg(userName)));
    return database;
}

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption municipality(QStringLiteral("municipality"), Tr::tr("Name of the municipality."), QStringLiteral("NAME"));
    const QCommandLineOption province(QStringLiteral("province"), Tr::tr("Province (default Utrecht)."), QStringLiteral("NAME"), QStringLiteral("Utrecht"));
    const QCommandLineOption admin(QStringLiteral("admin"), Tr::tr("User name of the first administrator."), QStringLiteral("USER"));
    const QCommandLineOption fullName(QStringLiteral("admin-name"), Tr::tr("Full name of the first administrator."), QStringLiteral("NAME"));
    const QCommandLineOption clerk(QStringLiteral("griffier"), Tr::tr("Name of the clerk of the council."), QStringLiteral("NAME"));
    const QCommandLineOption secretary(QStringLiteral("secretaris"), Tr::tr("Name of the municipal secretary."), QStringLiteral("NAME"));
    const QCommandLineOption mayor(QStringLiteral("burgemeester"), Tr::tr("Name of the mayor."), QStringLiteral("NAME"));
    const QCommandLineOption deputy(QStringLiteral("plv-voorzitter"), Tr::tr("Name of the deputy chair of the council."), QStringLiteral("NAME"));
    parser.addOptions({dbOption(), municipality, province, admin, fullName, clerk, secretary, mayor, deputy});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(municipality) || !parser.isSet(admin))
        return fail(Tr::tr("usage: integriteit init --db FILE --municipality NAME --admin USER"));

    MunicipalitySettings settings;
    settings.municipality = parser.value(municipality);
    settings.province = parser.value(province);
    // Names not given on the command line can be completed later in Settings; a placeholder
    // that says so is better than a refused init.
    const QString later = Tr::tr("(to be filled in)");
    settings.clerk = parser.isSet(clerk) ? parser.value(clerk) : later;
    settings.secretary = parser.isSet(secretary) ? parser.value(secretary) : later;
    settings.mayor = parser.isSet(mayor) ? parser.value(mayor) : later;
    settings.deputyChair = parser.isSet(deputy) ? parser.value(deputy) : later;
    User user;
    user.userName = parser.value(admin);
    user.fullName = parser.isSet(fullName) ? parser.value(fullName) : parser.value(admin);
    user.roles = UserRole::Administrator;
    const QString pw = password(Tr::tr("New password for %1: ").arg(user.userName));
    DatabaseSetup::createNew(parser.value(QStringLiteral("db")), settings, user, pw);
    out() << Tr::tr("Created %1 for %2.").arg(parser.value(QStringLiteral("db")), settings.municipality) << Qt::endl;
    return 0;
}

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(QStringLiteral("scale"), Tr::tr("small, large or national."), QStringLiteral("SCALE"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"), Tr::tr("Random seed (same seed, same data)."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({dbOption(), userOption(), scale, seed});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    DemoOptions options;
    if (!DemoGenerator::parseScale(parser.value(scale), &options.scale))
        return fail(Tr::tr("--scale must be small, large or national."));
    bool ok = false;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok)
        return fail(Tr::tr("--seed must be a whole number."));
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(Tr::tr("usage: integriteit demo --db FILE [--scale small|large|national] [--seed N]"));

    std::unique_ptr<Database> database;
    QString actor;
    if (!QFileInfo::exists(path)) {
        // A new demo database, with one account per role, all with the given password.
        const QString pw = password(Tr::tr("Password for the demo accounts: "));
        MunicipalitySettings settings;
        settings.municipality = options.scale == DemoOptions::Scale::Small ? QStringLiteral("Beek") : QStringLiteral("Leiderdorp");
        settings.province = options.scale == DemoOptions::Scale::Small ? QStringLiteral("Limburg") : QStringLiteral("Zuid-Holland");
        settings.clerk = QStringLiteral("mr. A.M. (Anke) Scheepers");
        settings.secretary = QStringLiteral("drs. H.J. (Henk) van Dijk");
        settings.mayor = QStringLiteral("C.W.M. (Christian) Dams");
        settings.deputyChair = QStringLiteral("P.J. (Pieter) Janssen");
        settings.address = QStringLiteral("Postbus 20");
        settings.postcodeCity = options.scale == DemoOptions::Scale::Small ? QStringLiteral("6190 AA Beek") : QStringLiteral("2350 AA Leiderdorp");
        settings.iban = QStringLiteral("NL61 BNGH 0285 0000 00");
        User admin{0, QStringLiteral("beheerder"), QStringLiteral("Beheerder Demo"), UserRole::Administrator, true};
        database = DatabaseSetup::createNew(path, settings, admin, pw);
        Session session;
        UserService users(*database, session);
        users.login(admin.userName, pw);
        const QList<User> accounts = {
            {0, QStringLiteral("griffier"), settings.clerk, UserRole::Griffie, true},
            {0, QStringLiteral("secretaris"), settings.secretary, UserRole::Secretariat, true},
            {0, QStringLiteral("burgemeester"), settings.mayor, UserRole::Integrity, true},
            {0, QStringLiteral("accountant"), QStringLiteral("M. (Mirjam) Öztürk-de Bruijn"), UserRole::Auditor, true},
        };
        for (const User &u : accounts)
            users.createUser(u, pw);
        actor = admin.userName;
    } else {
        Session session;
        database = openAs(path, parser.value(QStringLiteral("user")), session);
        session.require(UserRole::Administrator, Tr::tr("add demo data"));
        actor = session.actor();
    }
    const DemoStats stats = DemoGenerator::generate(*database, actor, options, [](int done, int total) {
        if (total > 20 && done % std::max(1, total / 20) != 0 && done != total)
            return;
        err() << Tr::tr("demo: body %1 of %2").arg(done).arg(total) << Qt::endl;
    });
    out() << Tr::tr("Demo data created. Bodies: %1, office holders: %2, appointments: %3.")
                 .arg(stats.organisations).arg(stats.persons).arg(stats.appointments)
          << Qt::endl;
    out() << Tr::tr("Side positions: %1, side income: %2, financial interests: %3, gifts: %4, invitations: %5, "
                    "trips: %6, claims: %7 with %8 lines, card payments: %9.")
                 .arg(stats.sidePositions).arg(stats.sideIncomes).arg(stats.interests).arg(stats.gifts)
                 .arg(stats.invitations).arg(stats.trips).arg(stats.claims).arg(stats.claimLines)
                 .arg(stats.cardPayments)
          << Qt::endl;
    return 0;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOptions({dbOption(), userOption()});
    QString error;
    if (!parse(parser, arguments, &error))
        return fail(error);
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty())
        return fail(Tr::tr("usage: integriteit check --db FILE"));
    auto database = Database::open(path);
    const CheckResult result = IntegrityCheck::run(*database);
    for (const QString &problem : result.problems)
        err() << problem << Qt::endl;
    if (!result.ok())
        return fail(Tr::tr("%1 problem(s) found in %2.").arg(result.problems.size()).arg(path));
    out() << Tr::tr("%1: structure, references and audit trail (%2 rows) are in order.")
                 .arg(path).arg(result.auditRows)
          << Qt::endl;
    return 0;
}
} // namespace

bool CommandLine::isCommand(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return kVerbs.contains(first) || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("help");
}

QString CommandLine::usage()
{
    return Tr::tr(
        "Usage:\n"
        "  integriteit [FILE]                 open the window (on FILE, or the last database)\n"
        "  integriteit init  --db FILE --municipality NAME --admin USER [--province NAME]\n"
        "                    [--admin-name NAME] [--griffier NAME] [--secretaris NAME]\n"
        "                    [--burgemeester NAME] [--plv-voorzitter NAME]\n"
        "                                     create a new database\n"
        "  integriteit demo  --db FILE [--scale small|large|national] [--seed N] [--user NAME]\n"
        "                                     realistic demo data (a new FILE gets demo accounts)\n"
        "  integriteit check --db FILE        integrity, foreign keys, audit chain\n"
        "  integriteit import --db FILE --user NAME --register NAME CSVFILE\n"
        "                                     a register's CSV file, all or nothing; problems\n"
        "                                     name row and column\n"
        "  integriteit export --db FILE --user NAME --register NAME [--public] [--year YYYY] CSVFILE\n"
        "                                     a register as CSV (UTF-8, ';'); --public: only the\n"
        "                                     public fields\n"
        "                    registers: personen (export only: the numbers for persoon_nr),\n"
        "                    nevenfuncties, neveninkomsten, financiele-belangen, geschenken,\n"
        "                    uitnodigingen, dienstreizen, creditcardbetalingen, declaraties and\n"
        "                    declaraties-totalen (export only, with --year)\n"
        "  integriteit --version\n"
        "\n"
        "Passwords are read from INTEGRITEIT_PASSWORD, or asked on the terminal; import and export\n"
        "also take the user name from INTEGRITEIT_USER.\n"
        "Exit status 0 on success; otherwise 1 with a one-line message.");
}

int CommandLine::run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    try {
        if (verb == QLatin1String("--version")) {
            out() << QStringLiteral("integriteit %1").arg(QStringLiteral(INTEGRITEIT_VERSION)) << Qt::endl;
            return 0;
        }
        if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
            out() << usage() << Qt::endl;
            return 0;
        }
        QStringList rest = arguments;
        rest.removeAt(1); // the parser sees "integriteit --db ..." as for a plain program
        if (verb == QLatin1String("init"))
            return runInit(rest);
        if (verb == QLatin1String("demo"))
            return runDemo(rest);
        if (verb == QLatin1String("check"))
            return runCheck(rest);
        if (verb == QLatin1String("import"))
            return cli::runImport(rest);
        if (verb == QLatin1String("export"))
            return cli::runExport(rest);
        return fail(Tr::tr("unknown command \"%1\"; see integriteit --help").arg(verb));
    } catch (const Error &error) {
        // Storage failures carry the driver's text, which an administrator needs; others say it all.
        const bool technical = error.kind() == Error::Kind::Storage && !error.detail().isEmpty();
        return fail(error.userMessage() + (technical ? QStringLiteral(" (") + error.detail() + QLatin1Char(')') : QString()));
    }
}

} // namespace integriteit
