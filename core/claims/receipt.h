#pragma once
// Betalingsbewijs (Receipt): the scanned proof of payment of a claim line or a card payment, a PDF
// or an image, kept in the database byte for byte with its SHA-256.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace integriteit {

struct Receipt
{
    qint64 id = 0;
    QString sha256;   // lower-case hex of the bytes
    QString fileName; // the name without folders, as the user attached it
    QString mimeType; // from the bytes, not the name
    qint64 size = 0;
    QByteArray data;  // empty when loaded without the bytes
    QDateTime createdAt;

    // Checks and describes the bytes of a file. Throws Error(Validation) on field "receipt" for an
    // empty or too large file or one that is not a PDF or an image.
    static Receipt fromBytes(const QString &fileName, const QByteArray &data);
    // The MIME type by the file's first bytes; empty when it is not a PDF or a supported image.
    static QString sniffMimeType(const QByteArray &data);
    static QString sha256Hex(const QByteArray &data);
    static constexpr qint64 kMaxBytes = 20 * 1024 * 1024;

    // For audit rows: everything but the bytes.
    QJsonObject toJson() const;
};

} // namespace integriteit
