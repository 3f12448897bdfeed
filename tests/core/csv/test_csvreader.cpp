// The CSV reader and writer: the files Excel and LibreOffice make, and what Excel must read back.
#include "common/error.h"
#include "csv/csvreader.h"
#include "csv/csvwriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace integriteit;

namespace {
QString problemOf(const QByteArray &bytes)
{
    try {
        CsvReader::parse(bytes);
    } catch (const Error &e) {
        return e.userMessage();
    }
    return {};
}
} // namespace

TEST_CASE("The reader takes UTF-8 with or without BOM, semicolon or comma, and CRLF or LF", "[csv]")
{
    const QByteArray semicolons = "naam;plaats\r\nJansen;Beek\r\nD\xC3\xBCrst;Elsloo\r\n";
    const QByteArray commas = "\xEF\xBB\xBFnaam,plaats\nJansen,Beek\nD\xC3\xBCrst,Elsloo";
    for (const QByteArray &bytes : {semicolons, commas}) {
        const CsvTable t = CsvReader::parse(bytes);
        CHECK(t.header == QStringList{QStringLiteral("naam"), QStringLiteral("plaats")});
        REQUIRE(t.rows.size() == 2);
        CHECK(t.rows[0].number == 2);
        CHECK(t.rows[1].cells == QStringList{QStringLiteral("Dürst"), QStringLiteral("Elsloo")});
    }
    CHECK(CsvReader::parse(semicolons).separator == QLatin1Char(';'));
    CHECK(CsvReader::parse(commas).separator == QLatin1Char(','));
    // The header's own separators decide, not those in quoted names.
    CHECK(CsvReader::detectSeparator(u"\"a,b,c\";d") == QLatin1Char(';'));
    CHECK(CsvReader::detectSeparator(u"a,b,c") == QLatin1Char(','));
    CHECK(CsvReader::detectSeparator(u"a,b;c,d") == QLatin1Char(';')); // any ; decides
    CHECK(CsvReader::detectSeparator(u"b\",x,y;z") == QLatin1Char(';')); // a quote inside a cell opens nothing
}

TEST_CASE("Quoted cells keep doubled quotes, separators and line breaks, rows count as the spreadsheet does", "[csv]")
{
    const QByteArray bytes = "a;b\r\n\"Lid \"\"raad\"\" van toezicht\";\"x;y\"\r\n\"twee\r\nregels\";z\r\n\r\nlaatste;\"\"\r\n\r\n";
    const CsvTable t = CsvReader::parse(bytes);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].cells == QStringList{QStringLiteral("Lid \"raad\" van toezicht"), QStringLiteral("x;y")});
    CHECK(t.rows[1].cells.first() == QStringLiteral("twee\r\nregels")); // as written: no change of the text
    CHECK(t.rows[1].number == 3);
    // The blank line is row 4 in the spreadsheet; it is skipped but counted.
    CHECK(t.rows[2].number == 5);
    CHECK(t.rows[2].cells == QStringList{QStringLiteral("laatste"), QString()});
}

TEST_CASE("The reader names row and column of a broken quote and refuses non-UTF-8", "[csv]")
{
    CHECK(problemOf("a;b\n1;2\n3;\"open\n").contains(QStringLiteral("Row 3, column 2")));
    CHECK(problemOf("a;b\n\"x\"y;2\n").contains(QStringLiteral("Row 2, column 1")));
    CHECK(problemOf("a;b\n\xE9t\xE9;2\n").contains(QStringLiteral("UTF-8")));
    CHECK(problemOf("").isEmpty());
    CHECK(CsvReader::parse("").header.isEmpty());
}

TEST_CASE("The writer writes BOM, semicolons and CRLF, quotes only where needed", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    writer.writeRow({QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("\"q\""), QStringLiteral("x\ny"), QString()});
    CHECK(buffer.data() == QByteArray("\xEF\xBB\xBF" "a;\"b;c\";\"\"\"q\"\"\";\"x\ny\";\r\n"));
    const CsvTable back = CsvReader::parse(buffer.data());
    CHECK(back.header == QStringList{QStringLiteral("a"), QStringLiteral("b;c"), QStringLiteral("\"q\""),
                                     QStringLiteral("x\ny"), QString()});
}

TEST_CASE("Formula injection: =, +, -, @, tab and CR get an apostrophe that import removes again", "[csv]")
{
    const QStringList risky = {QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("+1"), QStringLiteral("-1"),
                               QStringLiteral("@SUM(A1:A9)"), QStringLiteral("\tx"), QStringLiteral("\rx")};
    for (const QString &cell : risky) {
        CHECK(csv::escapeCell(cell) == QLatin1Char('\'') + cell);
        CHECK(csv::unescapeCell(csv::escapeCell(cell)) == cell);
    }
    // Harmless cells stay as they are, and a cell that already starts with an apostrophe before a
    // formula character gets one more, so every text comes back as it was.
    for (const QString &cell : {QStringLiteral("Jansen"), QStringLiteral("'t Hoogt"), QStringLiteral("'=x"),
                                QStringLiteral("''+1"), QStringLiteral("'"), QStringLiteral("a=b"), QString()}) {
        INFO(cell.toStdString());
        CHECK(csv::unescapeCell(csv::escapeCell(cell)) == cell);
    }
    CHECK(csv::escapeCell(QStringLiteral("'t Hoogt")) == QStringLiteral("'t Hoogt"));
    CHECK(csv::escapeCell(QStringLiteral("'=x")) == QStringLiteral("''=x"));
    CHECK(CsvWriter::line({QStringLiteral("=1+2"), QStringLiteral("@A")}) == QByteArray("'=1+2;'@A\r\n"));
}
