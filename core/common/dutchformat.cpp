#include "dutchformat.h"

#include <QRegularExpression>

namespace integriteit::dutch {

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QString();
}

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QString();
}

std::optional<QDate> parseDate(const QString &input)
{
    const QString text = input.trimmed();
    static const QRegularExpression dmy(QStringLiteral(R"(^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$)"));
    static const QRegularExpression iso(QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})$)"));
    QDate result;
    if (auto m = dmy.match(text); m.hasMatch())
        result = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    else if (auto i = iso.match(text); i.hasMatch())
        result = QDate(i.captured(1).toInt(), i.captured(2).toInt(), i.captured(3).toInt());
    if (!result.isValid())
        return std::nullopt;
    return result;
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate fromIso(const QString &iso)
{
    return iso.isEmpty() ? QDate() : QDate::fromString(iso, Qt::ISODate);
}

} // namespace integriteit::dutch
