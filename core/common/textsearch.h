#pragma once
// Search keys without case and diacritics, so "bruijn" finds "Bruïjn" and "oz" finds "Öz".

#include <QString>
#include <QStringList>

namespace integriteit::textsearch {

QString normalize(const QString &text);
// The words of a search box, normalized, each to be matched as a substring.
QStringList terms(const QString &query);
// Escapes % and _ for LIKE ... ESCAPE '\'.
QString likePattern(const QString &term);

} // namespace integriteit::textsearch
