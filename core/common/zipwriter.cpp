#include "zipwriter.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <array>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ZipWriter) };

void put16(QByteArray &out, quint16 v)
{
    out.append(char(v & 0xff)).append(char(v >> 8));
}

void put32(QByteArray &out, quint32 v)
{
    put16(out, quint16(v & 0xffff));
    put16(out, quint16(v >> 16));
}

// 1 January 1980 00:00 in DOS format: a fixed stamp keeps equal documents byte-identical.
constexpr quint16 kDosTime = 0;
constexpr quint16 kDosDate = (0 << 9) | (1 << 5) | 1;
constexpr quint16 kVersion = 20;   // 2.0: deflate
constexpr quint16 kUtf8Names = 1 << 11;
} // namespace

quint32 ZipWriter::crc32(const QByteArray &data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

void ZipWriter::add(const QString &name, const QByteArray &data, Method method)
{
    Entry e;
    e.name = name.toUtf8();
    e.crc = crc32(data);
    e.size = quint32(data.size());
    // Nothing to compress: qCompress gives no stream for empty input, and ZIP stores it as is.
    if (method == Method::Deflated && !data.isEmpty()) {
        // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate and a 4-byte Adler-32;
        // ZIP wants the raw deflate only.
        const QByteArray z = qCompress(data, 9);
        e.payload = z.mid(6, z.size() - 10);
        e.method = 8;
    } else {
        e.payload = data;
    }
    m_entries.push_back(std::move(e));
}

QByteArray ZipWriter::archive() const
{
    QByteArray out;
    QByteArray directory;
    for (const Entry &e : m_entries) {
        const quint32 offset = quint32(out.size());
        const auto header = [&](QByteArray &b, bool central) {
            put32(b, central ? 0x02014b50u : 0x04034b50u);
            if (central)
                put16(b, kVersion);
            put16(b, kVersion);
            put16(b, kUtf8Names);
            put16(b, e.method);
            put16(b, kDosTime);
            put16(b, kDosDate);
            put32(b, e.crc);
            put32(b, quint32(e.payload.size()));
            put32(b, e.size);
            put16(b, quint16(e.name.size()));
            put16(b, 0); // extra field
            if (central) {
                put16(b, 0); // comment
                put16(b, 0); // disk
                put16(b, 0); // internal attributes
                put32(b, 0); // external attributes
                put32(b, offset);
            }
            b.append(e.name);
        };
        header(out, false);
        out.append(e.payload);
        header(directory, true);
    }
    const quint32 directoryOffset = quint32(out.size());
    out.append(directory);
    put32(out, 0x06054b50u);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(m_entries.size()));
    put16(out, quint16(m_entries.size()));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

void ZipWriter::write(const QString &path) const
{
    // QSaveFile: a half-written document never replaces a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(archive()) < 0 || !file.commit())
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 could not be written. Choose another folder.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
}

} // namespace integriteit
