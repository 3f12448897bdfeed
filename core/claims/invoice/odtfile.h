#pragma once
// An OpenDocument text file (ODF 1.3) from a filled content.xml and styles.xml: the ZIP with the
// stored "mimetype" entry first, as the specification requires, then meta.xml and the manifest.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace integriteit::odt {

inline constexpr char kMimeType[] = "application/vnd.oasis.opendocument.text";

QByteArray package(const QByteArray &contentXml, const QByteArray &stylesXml, const QString &title,
                   const QDateTime &created = QDateTime::currentDateTimeUtc());
// Writes the package; throws Error(File) when it cannot be written.
void write(const QString &path, const QByteArray &contentXml, const QByteArray &stylesXml, const QString &title);

} // namespace integriteit::odt
