// The ZIP writer behind the OpenDocument files: its CRC-32 against the standard check value, and
// archives that the system's own tools (unzip, Python's zipfile) accept byte for byte.
#include "common/zipwriter.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace integriteit;

namespace {
QByteArray binary(int size)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes.append(char((i * 7919) % 251));
    return bytes;
}
} // namespace

TEST_CASE("zip: CRC-32 is the standard one", "[zip]")
{
    CHECK(ZipWriter::crc32(QByteArray("123456789")) == 0xCBF43926u);
    CHECK(ZipWriter::crc32(QByteArray()) == 0u);
}

TEST_CASE("zip: stored and deflated entries unzip with the system's tools", "[zip]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    ZipWriter zip;
    zip.add(QStringLiteral("mimetype"), QByteArray("application/vnd.oasis.opendocument.text"), ZipWriter::Method::Stored);
    zip.add(QStringLiteral("empty.txt"), QByteArray());
    zip.add(QStringLiteral("tekst/één.xml"), QStringLiteral("<a>Bar &amp; Bistro</a>\n").repeated(500).toUtf8());
    zip.add(QStringLiteral("binary.bin"), binary(70000), ZipWriter::Method::Stored);
    zip.add(QStringLiteral("binary-deflated.bin"), binary(70000));
    const QString path = dir.filePath(QStringLiteral("test.zip"));
    zip.write(path);
    const QByteArray archive = zip.archive();
    // The first entry's name and data sit at fixed offsets: that is how a mimetype is sniffed.
    CHECK(archive.left(4) == QByteArray("PK\x03\x04", 4));
    CHECK(archive.mid(30, 8) == QByteArray("mimetype"));
    CHECK(archive.mid(38, 39) == QByteArray("application/vnd.oasis.opendocument.text"));

    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty()) {
        WARN("unzip not installed: archive test with unzip skipped");
    } else {
        QProcess p;
        p.start(unzip, {QStringLiteral("-t"), path});
        REQUIRE(p.waitForFinished(30000));
        INFO(p.readAllStandardOutput().toStdString());
        CHECK(p.exitCode() == 0);
    }

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("python3 not installed: archive test with zipfile skipped");
        return;
    }
    const QString script = QStringLiteral(
        "import sys, zipfile\n"
        "z = zipfile.ZipFile(sys.argv[1])\n"
        "assert z.testzip() is None\n"
        "print('|'.join(z.namelist()))\n"
        "print(len(z.read('binary-deflated.bin')), z.getinfo('binary-deflated.bin').compress_type,"
        " z.getinfo('mimetype').compress_type)\n"
        "assert z.read('binary.bin') == z.read('binary-deflated.bin')\n");
    QProcess p;
    p.start(python, {QStringLiteral("-c"), script, path});
    REQUIRE(p.waitForFinished(30000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(out.contains(QStringLiteral("mimetype|empty.txt|tekst/één.xml|binary.bin|binary-deflated.bin")));
    CHECK(out.contains(QStringLiteral("70000 8 0")));
    // The bytes Python reads back are the bytes given.
    QProcess same;
    same.start(python, {QStringLiteral("-c"),
                        QStringLiteral("import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read('binary-deflated.bin'))"),
                        path});
    REQUIRE(same.waitForFinished(30000));
    CHECK(same.readAllStandardOutput() == binary(70000));
}
