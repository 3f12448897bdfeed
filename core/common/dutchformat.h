#pragma once
// Dutch dates "22-11-2026" and the parsing of the date forms people and other systems write.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace integriteit::dutch {

// "22-11-2026"; empty for a null date.
QString date(const QDate &date);
// Local time "22-11-2026 14:05" from a UTC time stamp (architecture rule 6).
QString dateTime(const QDateTime &utc);
// Accepts "22-11-2026", "2-1-2026", "22/11/2026", "22.11.2026" and ISO "2026-11-22".
std::optional<QDate> parseDate(const QString &text);
// ISO "2026-11-22" for storage; empty for a null date.
QString isoDate(const QDate &date);
QDate fromIso(const QString &iso);

} // namespace integriteit::dutch
