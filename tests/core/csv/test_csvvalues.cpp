// The value forms of the CSV files: dates, amounts by the documented rule, ja/nee.
#include "csv/csvvalues.h"

#include <catch2/catch.hpp>

using namespace integriteit;

TEST_CASE("CSV dates: dd-mm-yyyy and ISO, nothing else, no impossible dates", "[csv]")
{
    CHECK(csv::parseDate(QStringLiteral("31-12-2026")) == QDate(2026, 12, 31));
    CHECK(csv::parseDate(QStringLiteral("1-2-2026")) == QDate(2026, 2, 1));
    CHECK(csv::parseDate(QStringLiteral(" 2026-12-31 ")) == QDate(2026, 12, 31));
    CHECK_FALSE(csv::parseDate(QStringLiteral("31-02-2026")));
    CHECK_FALSE(csv::parseDate(QStringLiteral("2026-02-30")));
    CHECK_FALSE(csv::parseDate(QStringLiteral("12/31/2026")));
    CHECK_FALSE(csv::parseDate(QStringLiteral("31.12.2026")));
    CHECK_FALSE(csv::parseDate(QStringLiteral("31-12-26")));
    CHECK(csv::formatDate(QDate(2026, 1, 2)) == QStringLiteral("02-01-2026"));
    CHECK(csv::formatDate(QDate()).isEmpty());
}

TEST_CASE("CSV amounts: Dutch and plain, ambiguous forms decided by the documented rule or refused", "[csv]")
{
    auto cents = [](const char *text) {
        const auto m = csv::parseAmount(QString::fromUtf8(text));
        return m ? m->cents() : -999999;
    };
    CHECK(cents("1.234,56") == 123456);
    CHECK(cents("€ 1.234,56") == 123456);
    CHECK(cents("12,5") == 1250);
    CHECK(cents("1234,56") == 123456);
    CHECK(cents("1234.56") == 123456);
    CHECK(cents("12.5") == 1250);
    CHECK(cents("0,01") == 1);
    // The rule: without a comma, a dot before exactly three digits groups thousands.
    CHECK(cents("1.234") == 123400);
    CHECK(cents("1.234.567") == 123456700);
    // Refused rather than guessed: three decimals after a comma, misplaced groups, letters.
    CHECK(cents("1,234") == -999999);
    CHECK(cents("12.34.56") == -999999);
    CHECK(cents("1.23,4") == -999999);
    CHECK(cents("1234.567") == -999999);
    CHECK(cents("twaalf") == -999999);
    CHECK(cents("") == -999999);
    CHECK(csv::formatAmount(Money::fromCents(123456)) == QStringLiteral("1.234,56"));
    CHECK(cents(csv::formatAmount(Money::fromCents(100000000)).toUtf8().constData()) == 100000000);
}

TEST_CASE("CSV yes/no", "[csv]")
{
    CHECK(csv::parseBool(QStringLiteral("Ja")) == true);
    CHECK(csv::parseBool(QStringLiteral("nee")) == false);
    CHECK(csv::parseBool(QStringLiteral("1")) == true);
    CHECK_FALSE(csv::parseBool(QStringLiteral("misschien")));
    CHECK(csv::formatBool(true) == QStringLiteral("ja"));
}
