// Money, Dutch dates and search keys: the small value types every register relies on.
#include "common/dutchformat.h"
#include "common/money.h"
#include "common/textsearch.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <limits>

using namespace integriteit;

namespace {
struct MoneyText { std::int64_t cents; const char *dutch; const char *plain; };
struct ParseCase { const char *text; std::int64_t cents; };
} // namespace

TEST_CASE("Money formats in the Dutch way", "[money]")
{
    const auto c = GENERATE(values<MoneyText>({
        {0, "€ 0,00", "0.00"},
        {5, "€ 0,05", "0.05"},
        {100, "€ 1,00", "1.00"},
        {123456, "€ 1.234,56", "1234.56"},
        {100000000, "€ 1.000.000,00", "1000000.00"},
        {-5, "€ -0,05", "-0.05"},
        {-123456, "€ -1.234,56", "-1234.56"},
        {std::numeric_limits<std::int64_t>::min(), "€ -92.233.720.368.547.758,08", "-92233720368547758.08"},
    }));
    const Money m = Money::fromCents(c.cents);
    CHECK(m.toDutch() == QString::fromUtf8(c.dutch));
    CHECK(m.toDutchPlain() == QString::fromUtf8(c.dutch).mid(2));
    CHECK(m.toPlain() == QLatin1String(c.plain));
}

TEST_CASE("Money parses what people and other systems write", "[money]")
{
    const auto c = GENERATE(values<ParseCase>({
        {"1.234,56", 123456},
        {"1234,56", 123456},
        {"1234,5", 123450},
        {"12", 1200},
        {"0,05", 5},
        {"€ 12", 1200},
        {"€12,00", 1200},
        {"€\u00A012,00", 1200},
        {"EUR 10", 1000},
        {"  1.234.567,89  ", 123456789},
        {"1.234", 123400},      // Dutch first: a dot groups thousands
        {"1234.56", 123456},    // plain, from other systems
        {"1.23", 123},
        {"1,234.56", 123456},   // English grouping with decimals
        {"-12,50", -1250},
        {"€ -1.234,56", -123456},
        {"- 7", -700},
    }));
    INFO(c.text);
    const auto parsed = Money::parse(QString::fromUtf8(c.text));
    REQUIRE(parsed.has_value());
    CHECK(parsed->cents() == c.cents);
}

TEST_CASE("Money refuses what is not an amount", "[money]")
{
    const char *text = GENERATE(
        "", " ", "€", "abc", "12a", "1,234",   // three decimals in Dutch, not a thousand
        "12,345", "1.2345", "1,2,3", "1.23.456", "--5", "1e5", "12,", ",5x", "1 234",
        "1234567890123456");                   // more than 15 digits of euros
    INFO(text);
    CHECK_FALSE(Money::parse(QString::fromUtf8(text)).has_value());
}

TEST_CASE("Money survives its own formats", "[money]")
{
    const std::int64_t cents = GENERATE(0, 1, 99, 100, 999999, 123456789, -1, -100000);
    const Money m = Money::fromCents(cents);
    CHECK(Money::parse(m.toDutch()) == m);
    CHECK(Money::parse(m.toDutchPlain()) == m);
    CHECK(Money::parse(m.toPlain()) == m);
}

TEST_CASE("Money adds and compares in cents", "[money]")
{
    Money total = Money::fromCents(1999);
    total += Money::fromCents(1);
    CHECK(total == Money::fromCents(2000));
    CHECK(Money::fromCents(5) - Money::fromCents(7) == Money::fromCents(-2));
    CHECK(Money::fromCents(-1) < Money());
}

TEST_CASE("Dutch dates are written day-month-year", "[dutch]")
{
    CHECK(dutch::date(QDate(2026, 11, 22)) == QLatin1String("22-11-2026"));
    CHECK(dutch::date(QDate(2026, 1, 2)) == QLatin1String("02-01-2026"));
    CHECK(dutch::date(QDate()).isEmpty());
    CHECK(dutch::isoDate(QDate(2026, 1, 2)) == QLatin1String("2026-01-02"));
    CHECK(dutch::isoDate(QDate()).isEmpty());
    CHECK(dutch::fromIso(QStringLiteral("2026-01-02")) == QDate(2026, 1, 2));
    CHECK(dutch::fromIso(QString()).isNull());
    CHECK(dutch::dateTime(QDateTime()).isEmpty());
    // The local time depends on the machine's zone, so only the shape is fixed.
    const QString stamp = dutch::dateTime(QDateTime(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC));
    CHECK(QRegularExpression(QStringLiteral(R"(^\d\d-\d\d-\d{4} \d\d:\d\d$)")).match(stamp).hasMatch());
}

TEST_CASE("Dutch dates parse the forms people write", "[dutch]")
{
    const char *text = GENERATE("22-11-2026", "22/11/2026", "22.11.2026", "2026-11-22", " 22-11-2026 ");
    INFO(text);
    CHECK(dutch::parseDate(QString::fromLatin1(text)) == QDate(2026, 11, 22));
    CHECK(dutch::parseDate(QStringLiteral("2-1-2026")) == QDate(2026, 1, 2));
}

TEST_CASE("Dutch dates refuse what is not a date", "[dutch]")
{
    const char *text = GENERATE("", "abc", "31-02-2026", "32-01-2026", "22-13-2026", "22-11-26", "2026/11/22",
                                "2026-13-01", "2026-1-2", "22-11-2026x");
    INFO(text);
    CHECK_FALSE(dutch::parseDate(QString::fromLatin1(text)).has_value());
}

TEST_CASE("Search keys ignore case, diacritics and extra spaces", "[textsearch]")
{
    CHECK(textsearch::normalize(QStringLiteral("Bruïjn")) == QLatin1String("bruijn"));
    CHECK(textsearch::normalize(QStringLiteral("Öztürk-de Bruijn")) == QLatin1String("ozturk-de bruijn"));
    CHECK(textsearch::normalize(QStringLiteral("  Van   der\tBerg ")) == QLatin1String("van der berg"));
    CHECK(textsearch::normalize(QStringLiteral("Élise Ĳsselstein")) == QLatin1String("elise ijsselstein"));
    CHECK(textsearch::terms(QStringLiteral(" Öz  bruïjn ")) == QStringList{QStringLiteral("oz"), QStringLiteral("bruijn")});
    CHECK(textsearch::terms(QStringLiteral("   ")).isEmpty());
    CHECK(textsearch::likePattern(QStringLiteral("50%_a\\")) == QLatin1String("%50\\%\\_a\\\\%"));
}
