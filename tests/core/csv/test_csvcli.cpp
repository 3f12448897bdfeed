// `integriteit import` and `integriteit export` as a script runs them: exit status and effect.
#include "csvfixture.h"

#include "cli/commandline.h"

#include <QFile>

using namespace integriteit;
using namespace integriteit::test;

namespace {
int run(QStringList arguments)
{
    arguments.prepend(QStringLiteral("integriteit"));
    return CommandLine::run(arguments);
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
} // namespace

TEST_CASE("import and export on the command line: exit status, all or nothing, --public", "[csv][cli]")
{
    CsvFixture f;
    const qint64 a = f.holder(HolderRole::Councillor);
    qputenv("INTEGRITEIT_PASSWORD", kPassword.toUtf8());
    const QString good = f.db.folder() + QStringLiteral("/goed.csv");
    const QString bad = f.db.folder() + QStringLiteral("/fout.csv");
    const QString out = f.db.folder() + QStringLiteral("/uit.csv");
    const QByteArray header = "persoon_nr;organisatie;functie;ambtshalve;bezoldigd;begindatum;notities\n";
    write(good, header + QByteArray::number(a) + ";Harmonie;Voorzitter;nee;nee;01-04-2024;geheim\n");
    write(bad, header + QByteArray::number(a) + ";Harmonie;Voorzitter;nee;nee;01-04-2024;\n"
                   + QByteArray::number(a) + ";Harmonie;Lid;nee;nee;30-02-2024;\n");
    const QString griffie = userNameFor(UserRole::Griffie);

    CHECK(run({QStringLiteral("import"), QStringLiteral("--db"), f.db.path(), QStringLiteral("--user"), griffie,
               QStringLiteral("--register"), QStringLiteral("nevenfuncties"), bad}) == 1);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 0);
    CHECK(run({QStringLiteral("import"), QStringLiteral("--user"), griffie, QStringLiteral("--register"),
               QStringLiteral("onbekend"), good, f.db.path()}) == 1);
    // FILE DATABASE as two plain arguments works as well as --db.
    CHECK(run({QStringLiteral("import"), QStringLiteral("--user"), griffie, QStringLiteral("--register"),
               QStringLiteral("nevenfuncties"), good, f.db.path()}) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 1);

    CHECK(run({QStringLiteral("export"), QStringLiteral("--db"), f.db.path(), QStringLiteral("--user"), griffie,
               QStringLiteral("--register"), QStringLiteral("nevenfuncties"), QStringLiteral("--public"), out}) == 0);
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.contains("Harmonie"));
    CHECK_FALSE(bytes.contains("geheim"));
    CHECK_FALSE(bytes.contains("persoon_nr"));
    CHECK(run({QStringLiteral("export"), QStringLiteral("--db"), f.db.path(), QStringLiteral("--user"), griffie,
               QStringLiteral("--register"), QStringLiteral("declaraties"), out}) == 1); // needs --year
    qunsetenv("INTEGRITEIT_PASSWORD");
}
