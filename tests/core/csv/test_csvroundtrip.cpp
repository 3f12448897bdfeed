// Export -> import into a new database -> export gives the same bytes; --public leaves out the
// private columns; creditcard statements and the public declaraties.
#include "csvfixture.h"

#include "claims/claimservices.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
// The same office holders, in the same order, in every database of these tests.
struct People
{
    qint64 councillor = 0;
    qint64 alderman = 0;
};

People people(CsvFixture &f)
{
    People p;
    p.councillor = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"), QDate(2022, 3, 30));
    p.alderman = f.holder(HolderRole::Alderman, QStringLiteral("de Vries"), QDate(2022, 6, 1));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    return p;
}

QByteArray files(const People &p, const QString &registerName)
{
    const QByteArray c = QByteArray::number(p.councillor);
    const QByteArray a = QByteArray::number(p.alderman);
    if (registerName == QLatin1String("nevenfuncties"))
        return "persoon_nr,organisatie,functie,ambtshalve,bezoldigd,begindatum,einddatum,notities\n"
            + c + ",=cmd|' /C calc'!A0,+1,nee,ja,2023-01-01,,\"-1, en \"\"@SUM(A1)\"\"\nop twee regels\"\n"
            + c + ",@SUM(A1:A2),Lid; raad van toezicht,ja,nee,01-02-2023,31-12-2024,'t Hoogt\n"
            + a + ",Stichting Harmonie,Voorzitter,ja,nee,01-07-2022,,\n";
    if (registerName == QLatin1String("geschenken"))
        return "persoon_nr;datum;gever;omschrijving;waarde;aanleiding;gemeld;bestemming;besloten_door;besluitdatum\n"
            + c + ";03-03-2025;Rotary Beek;Boek;€ 25,00;Lezing;;;;\n"
            + a + ";2025-04-04;Woningstichting;Wijn;75,5;Opening;05-04-2025;gemeente;secretaris;06-04-2025\n";
    if (registerName == QLatin1String("financiele-belangen"))
        return "persoon_nr;organisatie;soort;omschrijving;verkregen;gemeld;beeindigd\n"
            + c + ";Shell plc;aandelen;100 aandelen;01-01-2023;02-01-2023;\n"
            + a + ";Bouwbedrijf Beek BV;overig;Lening;01-01-2022;;31-12-2024\n";
    if (registerName == QLatin1String("uitnodigingen"))
        return "persoon_nr;datum;gastheer;omschrijving;soort;functioneel;aangenomen;waarde\n"
            + c + ";10-10-2025;Kamer van Koophandel;Nieuwjaarsreceptie;receptie;ja;ja;\n"
            + a + ";11-10-2025;Provincie Limburg;Diner;diner;ja;nee;45,00\n";
    if (registerName == QLatin1String("dienstreizen"))
        return "persoon_nr;bestemming;doel;beleidsoverwegingen;gezelschap;vertrek;terugkeer;geraamde_kosten;betaald_door;besloten_door;besluitdatum;besluit\n"
            + a + ";Aken;Euregio-overleg;Grensoverschrijdende samenwerking;Wethouder en ambtenaar;01-09-2025;03-09-2025;1.250,00;gemeente;college;01-08-2025;toegestaan\n";
    return {};
}
} // namespace

TEST_CASE("Export, import into a new database and export again gives the same file byte for byte", "[csv]")
{
    const QStringList registers = {QStringLiteral("nevenfuncties"), QStringLiteral("geschenken"),
                                   QStringLiteral("financiele-belangen"), QStringLiteral("uitnodigingen"),
                                   QStringLiteral("dienstreizen")};
    for (const QString &name : registers) {
        DYNAMIC_SECTION(name.toStdString())
        {
            CsvFixture first;
            const People p1 = people(first);
            const CsvImportResult in = first.import(name, files(p1, name));
            INFO(allProblems(in).toStdString());
            REQUIRE(in.ok());
            const QByteArray exported = first.exportFile(name);
            CHECK(exported.startsWith("\xEF\xBB\xBF"));

            CsvFixture second;
            const People p2 = people(second);
            REQUIRE(p2.councillor == p1.councillor);
            const CsvImportResult again = second.import(name, exported);
            INFO(allProblems(again).toStdString());
            REQUIRE(again.ok());
            CHECK(second.exportFile(name) == exported);
        }
    }
}

TEST_CASE("Formula cells are guarded in the file and come back as typed", "[csv]")
{
    CsvFixture f;
    const People p = people(f);
    REQUIRE(f.import(QStringLiteral("nevenfuncties"), files(p, QStringLiteral("nevenfuncties"))).ok());
    const QString text = QString::fromUtf8(f.exportFile(QStringLiteral("nevenfuncties")));
    CHECK(text.contains(QStringLiteral(";'=cmd|' /C calc'!A0;'+1;")));
    CHECK(text.contains(QStringLiteral(";'@SUM(A1:A2);\"Lid; raad van toezicht\";")));
    CHECK(text.contains(QStringLiteral("\"'-1, en \"\"@SUM(A1)\"\"\nop twee regels\"")));
    const SidePosition first = f.reg.sidePositions().position(1);
    CHECK(first.organisation == QStringLiteral("=cmd|' /C calc'!A0"));
    CHECK(first.description == QStringLiteral("+1"));
    CHECK(first.notes == QStringLiteral("-1, en \"@SUM(A1)\"\nop twee regels"));
}

TEST_CASE("A public export leaves out the private columns, a year export selects the records of that year", "[csv]")
{
    CsvFixture f;
    const People p = people(f);
    REQUIRE(f.import(QStringLiteral("geschenken"), files(p, QStringLiteral("geschenken"))).ok());
    CsvExportOptions publicOnly;
    publicOnly.publicOnly = true;
    const QString text = QString::fromUtf8(f.exportFile(QStringLiteral("geschenken"), publicOnly));
    const QString header = text.section(QStringLiteral("\r\n"), 0, 0);
    CHECK(header == QStringLiteral("persoon_naam;datum;gever;omschrijving;waarde;aanleiding;bestemming"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("J. (Jan) de Vries;04-04-2025;Woningstichting;Wijn;75,50;Opening;gemeente")));
    CHECK_FALSE(text.contains(QStringLiteral("secretaris")));

    REQUIRE(f.import(QStringLiteral("nevenfuncties"), files(p, QStringLiteral("nevenfuncties"))).ok());
    CsvExportOptions year;
    year.year = 2025; // the position ended in 2024 is not in it
    const QString positions = QString::fromUtf8(f.exportFile(QStringLiteral("nevenfuncties"), year));
    CHECK(positions.count(QStringLiteral("\r\n")) == 3);
    CHECK_FALSE(positions.contains(QStringLiteral("SUM(A1:A2)")));

    auto cards = createCsvRegister(QStringLiteral("creditcardbetalingen"), f.db.core());
    CHECK_THROWS_AS(CsvExporter::columnsFor(*cards, publicOnly), Error);
    auto claims = createCsvRegister(QStringLiteral("declaraties"), f.db.core());
    CHECK_THROWS_AS(CsvExporter::columnsFor(*claims, {}), Error); // a year is needed
}

TEST_CASE("Creditcard statement lines find the card by its last four digits", "[csv]")
{
    auto setUp = [](CsvFixture &f) {
        const People p = people(f);
        CreditCard card;
        card.personId = p.alderman;
        card.issuer = QStringLiteral("ING Corporate Card");
        card.lastDigits = QStringLiteral("4321");
        card.issued = QDate(2024, 1, 1);
        card.allowedCategories = {QStringLiteral("reis"), QStringLiteral("representatie")};
        f.db.core().claims().cards().createCard(card);
        return p;
    };
    CsvFixture f;
    setUp(f);
    const QByteArray file = "kaart;afschriftdatum;datum;bedrag;winkelier;omschrijving\n"
                            "4321;31-01-2025;05-01-2025;12,50;NS;Trein\n"
                            "4321;31-01-2025;06-01-2025;1.045,00;Hotel Arcen;Overnachting\n"
                            "4321;28-02-2025;03-02-2025;30,00;Bistro;Lunch\n";
    const CsvImportResult result = f.import(QStringLiteral("creditcardbetalingen"), file);
    INFO(allProblems(result).toStdString());
    REQUIRE(result.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM card_statements")) == 2);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM card_payments")) == 3);
    // The same statement again is refused, naming its first row.
    const CsvImportResult twice = f.import(QStringLiteral("creditcardbetalingen"), file);
    REQUIRE(twice.problems.size() == 2);
    CHECK(twice.problems[0].row == 2);
    CHECK(twice.problems[1].row == 4);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM card_payments")) == 3);
    const CsvImportResult unknown = f.import(QStringLiteral("creditcardbetalingen"),
                                             "kaart;afschriftdatum;datum;bedrag;winkelier\n9999;31-03-2025;05-03-2025;12,50;NS\n");
    CHECK(allProblems(unknown).contains(QStringLiteral("Row 2, column 1 (kaart): no card ending in 9999")));

    const QByteArray exported = f.exportFile(QStringLiteral("creditcardbetalingen"));
    CsvFixture second;
    setUp(second);
    REQUIRE(second.import(QStringLiteral("creditcardbetalingen"), exported).ok());
    CHECK(second.exportFile(QStringLiteral("creditcardbetalingen")) == exported);
}

TEST_CASE("Declaraties export the public lines of one year", "[csv]")
{
    CsvFixture f;
    people(f);
    CsvExportOptions options;
    options.year = 2025;
    const QByteArray bytes = f.exportFile(QStringLiteral("declaraties"), options);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes); // drops the BOM
    CHECK(text == QStringLiteral("persoon_naam;rol;declaratie;datum;soort;omschrijving;bedrag;creditcard\r\n"));
    const QString totals = QString::fromUtf8(f.exportFile(QStringLiteral("declaraties-totalen"), options));
    CHECK(totals.startsWith(QStringLiteral("persoon_naam;rol;jaar;soort;")));
}

TEST_CASE("The personen export lists the numbers to fill in as persoon_nr", "[csv]")
{
    CsvFixture f;
    const People p = people(f);
    const QString text = QString::fromUtf8(f.exportFile(QStringLiteral("personen")));
    CHECK(text == QStringLiteral("persoon_nr;persoon_naam;rol;fractie\r\n%1;J. (Jan) Jansen;raadslid;CDA\r\n"
                                 "%2;J. (Jan) de Vries;wethouder;CDA\r\n")
                      .arg(p.councillor)
                      .arg(p.alderman));
    CHECK_THROWS_AS(f.import(QStringLiteral("personen"), "persoon_nr\n1\n"), Error);
}
