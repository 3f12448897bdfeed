#include "csvvalues.h"

#include "common/dutchformat.h"

#include <QRegularExpression>

namespace integriteit::csv {

std::optional<QDate> parseDate(const QString &input)
{
    // Only the two forms the README documents: a "22.11.2026" or "22/11/2026" is no CSV date here,
    // so an export from one tool does not silently mean something else in another.
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})-(\d{1,2})-(\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    const QString text = input.trimmed();
    QDate result;
    if (const auto m = dmy.match(text); m.hasMatch())
        result = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (const auto i = iso.match(text); i.hasMatch())
        result = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    if (!result.isValid())
        return std::nullopt;
    return result;
}

QString formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

std::optional<Money> parseAmount(const QString &text)
{
    // Money::parse implements exactly the rule documented in the header (tests pin each case).
    return Money::parse(text);
}

QString formatAmount(Money amount)
{
    return amount.toDutchPlain();
}

std::optional<bool> parseBool(const QString &input)
{
    const QString text = input.trimmed().toLower();
    if (text == QLatin1String("ja") || text == QLatin1String("j") || text == QLatin1String("1")
        || text == QLatin1String("true") || text == QLatin1String("yes"))
        return true;
    if (text == QLatin1String("nee") || text == QLatin1String("n") || text == QLatin1String("0")
        || text == QLatin1String("false") || text == QLatin1String("no"))
        return false;
    return std::nullopt;
}

QString formatBool(bool value)
{
    return value ? QStringLiteral("ja") : QStringLiteral("nee");
}

} // namespace integriteit::csv
