#include "receipt.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Receipt) };

bool startsWith(const QByteArray &data, const char *magic, int size, int offset = 0)
{
    return data.size() >= offset + size && data.mid(offset, size) == QByteArray::fromRawData(magic, size);
}
} // namespace

QString Receipt::sniffMimeType(const QByteArray &d)
{
    // Magic numbers, because a name ending in .pdf proves nothing about the bytes.
    if (startsWith(d, "%PDF-", 5))
        return QStringLiteral("application/pdf");
    if (startsWith(d, "\xFF\xD8\xFF", 3))
        return QStringLiteral("image/jpeg");
    if (startsWith(d, "\x89PNG\r\n\x1A\n", 8))
        return QStringLiteral("image/png");
    if (startsWith(d, "GIF87a", 6) || startsWith(d, "GIF89a", 6))
        return QStringLiteral("image/gif");
    if (startsWith(d, "II*\0", 4) || startsWith(d, "MM\0*", 4))
        return QStringLiteral("image/tiff");
    if (startsWith(d, "RIFF", 4) && startsWith(d, "WEBP", 4, 8))
        return QStringLiteral("image/webp");
    if (startsWith(d, "ftyp", 4, 4) && (startsWith(d, "heic", 4, 8) || startsWith(d, "heix", 4, 8)
                                        || startsWith(d, "mif1", 4, 8)))
        return QStringLiteral("image/heic");
    return {};
}

QString Receipt::sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Receipt Receipt::fromBytes(const QString &fileName, const QByteArray &data)
{
    const QString field = QStringLiteral("receipt");
    if (data.isEmpty())
        throw Error::validation(field, Tr::tr("Receipt: the file is empty."));
    if (data.size() > kMaxBytes)
        throw Error::validation(field, Tr::tr("Receipt: the file is larger than 20 MB; scan it at a lower resolution."));
    Receipt r;
    r.mimeType = sniffMimeType(data);
    if (r.mimeType.isEmpty())
        throw Error::validation(field, Tr::tr("Receipt: attach a PDF file or an image (JPEG, PNG, GIF, TIFF, WebP or HEIC)."));
    // Only the last part: a path says something about the user's disk, not about the receipt.
    r.fileName = QFileInfo(QString(fileName).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName().trimmed();
    if (r.fileName.isEmpty())
        throw Error::validation(field, Tr::tr("Receipt: the file has no name."));
    if (r.fileName.size() > 255)
        r.fileName = r.fileName.right(255);
    r.sha256 = sha256Hex(data);
    r.size = data.size();
    r.data = data;
    return r;
}

QJsonObject Receipt::toJson() const
{
    return {{QStringLiteral("receipt_id"), id},
            {QStringLiteral("sha256"), sha256},
            {QStringLiteral("file_name"), fileName},
            {QStringLiteral("mime_type"), mimeType},
            {QStringLiteral("size_bytes"), size}};
}

} // namespace integriteit
