#include "money.h"

#include <QRegularExpression>

namespace integriteit {

namespace {
QString groupThousands(std::uint64_t euros)
{
    QString digits = QString::number(euros);
    for (int pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, QLatin1Char('.'));
    return digits;
}
} // namespace

QString Money::toDutchPlain() const
{
    const std::uint64_t abs = m_cents < 0 ? std::uint64_t(-(m_cents + 1)) + 1 : std::uint64_t(m_cents);
    const QString text = groupThousands(abs / 100) + QLatin1Char(',')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return m_cents < 0 ? QLatin1Char('-') + text : text;
}

QString Money::toDutch() const
{
    return QStringLiteral("€ ") + toDutchPlain();
}

QString Money::toPlain() const
{
    const std::uint64_t abs = m_cents < 0 ? std::uint64_t(-(m_cents + 1)) + 1 : std::uint64_t(m_cents);
    const QString text = QString::number(abs / 100) + QLatin1Char('.')
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    return m_cents < 0 ? QLatin1Char('-') + text : text;
}

std::optional<Money> Money::parse(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QChar(0x20AC)); // euro sign
    text.remove(QStringLiteral("EUR"), Qt::CaseInsensitive);
    text.remove(QChar(0x00A0));
    text = text.trimmed();
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return std::nullopt;

    // Dutch: dots group thousands (only in threes), the comma separates cents.
    static const QRegularExpression dutch(
        QStringLiteral(R"(^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$)"));
    // Plain: digits with an optional decimal point; also "1,234.56" as English systems write it.
    // Comma grouping only with a decimal point: a Dutch "1,234" has three decimals, not a thousand.
    static const QRegularExpression plain(
        QStringLiteral(R"(^(\d{1,3}(?:,\d{3})+(?=\.)|\d+)(?:\.(\d{1,2}))?$)"));

    QString whole;
    QString fraction;
    if (auto m = dutch.match(text); m.hasMatch()) {
        whole = m.captured(1).remove(QLatin1Char('.'));
        fraction = m.captured(2);
    } else if (auto p = plain.match(text); p.hasMatch()) {
        whole = p.captured(1).remove(QLatin1Char(','));
        fraction = p.captured(2);
    } else {
        return std::nullopt;
    }
    if (whole.size() > 15)
        return std::nullopt;
    if (fraction.size() == 1)
        fraction += QLatin1Char('0');
    const std::int64_t cents = whole.toLongLong() * 100 + (fraction.isEmpty() ? 0 : fraction.toInt());
    return Money::fromCents(negative ? -cents : cents);
}

} // namespace integriteit
