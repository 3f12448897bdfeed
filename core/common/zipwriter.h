#pragma once
// A minimal ZIP writer for the documents the application produces (OpenDocument files): entries
// stored or deflated, CRC-32 computed here, no ZIP64 (documents are far below 4 GB). Qt has no
// public ZIP API, and a few dozen lines beat a dependency.

#include <QByteArray>
#include <QString>
#include <vector>

namespace integriteit {

class ZipWriter
{
public:
    enum class Method { Stored, Deflated };

    // Entries keep the order they are added in: OpenDocument needs "mimetype" first and stored.
    void add(const QString &name, const QByteArray &data, Method method = Method::Deflated);
    // The complete archive.
    QByteArray archive() const;
    // Writes the archive; throws Error(File) when the file cannot be written.
    void write(const QString &path) const;

    static quint32 crc32(const QByteArray &data);

private:
    struct Entry
    {
        QByteArray name;
        QByteArray payload; // as stored in the archive
        quint32 crc = 0;
        quint32 size = 0;
        quint16 method = 0;
    };
    std::vector<Entry> m_entries;
};

} // namespace integriteit
