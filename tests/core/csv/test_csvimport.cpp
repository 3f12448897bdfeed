// Importing and exporting registers: all or nothing, row and column in every problem, the person
// by number only, rights as in the window, and export -> import -> export byte for byte.
#include "csvfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
const QByteArray kHeader = "persoon_nr;persoon_naam;organisatie;functie;ambtshalve;bezoldigd;begindatum;einddatum\r\n";

QByteArray row(qint64 person, const QString &organisation, const QString &start)
{
    return QStringLiteral("%1;;%2;Bestuurslid;nee;nee;%3;\r\n").arg(person).arg(organisation, start).toUtf8();
}
} // namespace

TEST_CASE("A file of 10,000 rows with one impossible date is refused whole and changes nothing", "[csv]")
{
    CsvFixture f;
    const qint64 a = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 b = f.holder(HolderRole::Councillor, QStringLiteral("Pietersen"));
    QByteArray file = "\xEF\xBB\xBF" + kHeader;
    for (int i = 2; i <= 10001; ++i) // spreadsheet rows 2..10001
        file += row(i % 2 ? a : b, QStringLiteral("Stichting %1").arg(i), i == 7341 ? QStringLiteral("31-02-2024")
                                                                                 : QStringLiteral("01-04-2024"));
    f.db.loginAs(UserRole::Griffie);
    const qint64 positionsBefore = f.count(QStringLiteral("SELECT count(*) FROM side_positions"));
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const QString lastHash = f.count(QStringLiteral("SELECT max(id) FROM audit_log")) > 0
        ? SqlQuery::scalar(f.db.database().connection(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
        : QString();

    const CsvImportResult result = f.import(QStringLiteral("nevenfuncties"), file);
    INFO(allProblems(result).toStdString());
    CHECK(result.rows == 10000);
    CHECK_FALSE(result.ok());
    CHECK(result.imported == 0);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].row == 7341);
    CHECK(result.problems[0].column == 7);
    CHECK(result.problems[0].columnName == QStringLiteral("begindatum"));
    CHECK(result.problems[0].text().startsWith(QStringLiteral("Row 7341, column 7 (begindatum): \"31-02-2024\"")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == positionsBefore);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);
    CHECK(SqlQuery::scalar(f.db.database().connection(), QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString() == lastHash);

    // The same file with the date corrected goes in whole, one audit row per record.
    file.replace("31-02-2024", "01-04-2024");
    const CsvImportResult fixed = f.import(QStringLiteral("nevenfuncties"), file);
    INFO(allProblems(fixed).toStdString());
    CHECK(fixed.ok());
    CHECK(fixed.imported == 10000);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == positionsBefore + 10000);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'side_position' AND action = 'create'")) == 10000);
}

TEST_CASE("Problems of many rows are all reported, with a wrong amount named by row and column", "[csv]")
{
    CsvFixture f;
    const qint64 a = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const QByteArray file = "persoon_nr;datum;gever;omschrijving;waarde\n"
                            + QByteArray::number(a) + ";2025-05-01;Rotary;Boek;1,234\n"
                            + QByteArray::number(a) + ";01-05-2025;Rotary;Boek;€ 12,50\n"
                            + QByteArray::number(a) + ";1 mei 2025;Rotary;Boek;12,50\n"
                            + "abc;01-05-2025;;Boek;12,50\n";
    const CsvImportResult result = f.import(QStringLiteral("geschenken"), file);
    const QString text = allProblems(result);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Row 2, column 5 (waarde): \"1,234\" is not an amount")));
    CHECK(text.contains(QStringLiteral("Row 4, column 2 (datum)")));
    CHECK(text.contains(QStringLiteral("Row 5, column 1 (persoon_nr)")));
    CHECK(text.contains(QStringLiteral("Row 5, column 3 (gever)")));
    CHECK_FALSE(text.contains(QStringLiteral("Row 3")));
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM gifts")) == 0);
}

TEST_CASE("The person is named by persoon_nr, a persoon_naam that is someone else's is an error", "[csv]")
{
    CsvFixture f;
    const qint64 jansen = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    f.holder(HolderRole::Councillor, QStringLiteral("Pietersen"));
    f.db.loginAs(UserRole::Griffie);
    const QByteArray file = kHeader + QByteArray::number(jansen) + ";J. (Jan) Pietersen;Harmonie;Lid;nee;nee;01-04-2024;\r\n"
        + QByteArray::number(jansen) + ";  j. (jan)   JANSEN ;Harmonie;Voorzitter;nee;nee;01-04-2024;\r\n"
        + "9999;;Harmonie;Lid;nee;nee;01-04-2024;\r\n";
    const CsvImportResult result = f.import(QStringLiteral("nevenfuncties"), file);
    const QString text = allProblems(result);
    INFO(text.toStdString());
    REQUIRE(result.problems.size() == 2);
    CHECK(text.contains(QStringLiteral("Row 2, column 2 (persoon_naam): \"J. (Jan) Pietersen\" is not the name of office holder %1 (J. (Jan) Jansen)").arg(jansen)));
    CHECK(result.problems[1].row == 4);
    CHECK(result.problems[1].column == 1); // no such person: the service names the person column
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 0);
}

TEST_CASE("Import goes through the rights: the griffie cannot import a wethouder's records", "[csv]")
{
    CsvFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const QByteArray file = kHeader + row(councillor, QStringLiteral("Harmonie"), QStringLiteral("01-04-2024"))
        + row(alderman, QStringLiteral("Voetbalclub"), QStringLiteral("01-04-2024"));
    f.db.loginAs(UserRole::Griffie);
    const CsvImportResult griffie = f.import(QStringLiteral("nevenfuncties"), file);
    INFO(allProblems(griffie).toStdString());
    REQUIRE(griffie.problems.size() == 1);
    CHECK(griffie.problems[0].row == 3);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 0);

    f.db.loginAs(UserRole::Auditor);
    CHECK(f.import(QStringLiteral("nevenfuncties"), file).problems.size() == 2);
    f.db.logout();
    CHECK_THROWS_AS(f.import(QStringLiteral("nevenfuncties"), file), Error);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 0);

    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    CHECK(f.import(QStringLiteral("nevenfuncties"), file).ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 2);
}

TEST_CASE("Cancelling an import rolls everything back", "[csv]")
{
    CsvFixture f;
    const qint64 a = f.holder(HolderRole::Councillor);
    QByteArray file = kHeader;
    for (int i = 0; i < 1000; ++i)
        file += row(a, QStringLiteral("Stichting %1").arg(i), QStringLiteral("01-04-2024"));
    f.db.loginAs(UserRole::Griffie);
    const CsvImportResult result = f.import(QStringLiteral("nevenfuncties"), file, [](int done, int) { return done < 500; });
    CHECK(result.cancelled);
    CHECK(result.imported == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'side_position'")) == 0);
}

TEST_CASE("The header is checked: unknown, doubled and missing columns", "[csv]")
{
    CsvFixture f;
    f.db.loginAs(UserRole::Griffie);
    const CsvImportResult result = f.import(QStringLiteral("nevenfuncties"), "persoon_nr;organisatie;organisatie;kleur\n1;a;b;c\n");
    const QString text = allProblems(result);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Row 1, column 3 (organisatie): this column appears twice.")));
    CHECK(text.contains(QStringLiteral("Row 1, column 4 (kleur): unknown column")));
    CHECK(text.contains(QStringLiteral("Row 1: the column begindatum is missing.")));
    CHECK_THROWS_AS(f.import(QStringLiteral("declaraties"), "a\n"), Error);
}
