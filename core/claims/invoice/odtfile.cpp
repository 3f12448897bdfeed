#include "odtfile.h"

#include "common/error.h"
#include "common/zipwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace integriteit::odt {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::OdtFile) };

QByteArray metaXml(const QString &title, const QDateTime &created)
{
    const QString stamp = created.toUTC().toString(Qt::ISODate);
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
               "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
               "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.3\">"
               "<office:meta><meta:generator>Integriteit/%1</meta:generator><dc:title>%2</dc:title>"
               "<meta:creation-date>%3</meta:creation-date><dc:date>%3</dc:date><dc:language>nl-NL</dc:language>"
               "</office:meta></office:document-meta>\n")
        .arg(QCoreApplication::applicationVersion().toHtmlEscaped(), title.toHtmlEscaped(), stamp)
        .toUtf8();
}

QByteArray manifestXml()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.3\">\n"
        " <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.3\" "
        "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>\n"
        " <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\n"
        " <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\n"
        "</manifest:manifest>\n");
}
} // namespace

QByteArray package(const QByteArray &contentXml, const QByteArray &stylesXml, const QString &title, const QDateTime &created)
{
    ZipWriter zip;
    // The mimetype first and uncompressed: that is how tools recognise the file by its bytes.
    zip.add(QStringLiteral("mimetype"), QByteArray(kMimeType), ZipWriter::Method::Stored);
    zip.add(QStringLiteral("content.xml"), contentXml);
    zip.add(QStringLiteral("styles.xml"), stylesXml);
    zip.add(QStringLiteral("meta.xml"), metaXml(title, created));
    zip.add(QStringLiteral("META-INF/manifest.xml"), manifestXml());
    return zip.archive();
}

void write(const QString &path, const QByteArray &contentXml, const QByteArray &stylesXml, const QString &title)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(package(contentXml, stylesXml, title)) < 0 || !file.commit())
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 could not be written. Choose another folder.").arg(QDir::toNativeSeparators(path)),
                    file.errorString());
}

} // namespace integriteit::odt
