// The demo's proofs of payment are real PDFs: the cross-reference table points at every object,
// each line's receipt differs, and poppler's pdftotext (when installed) reads the shop, the date
// and the amount back.

#include "demo/demoreceipt.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace integriteit;
using namespace integriteit::demo;

namespace {
DemoReceipt sample(const QString &label = QStringLiteral("3-1021-2"))
{
    return {QStringLiteral("Brasserie (Het) Raadhuis"), QDate(2025, 3, 14), Money::fromCents(12345), label};
}
} // namespace

TEST_CASE("demo receipt: the cross-reference table points at each object", "[demo][receipt]")
{
    const QByteArray pdf = demoReceiptPdf(sample());
    REQUIRE(pdf.startsWith("%PDF-1.4\n"));
    REQUIRE(pdf.endsWith("%%EOF\n"));
    const qsizetype start = pdf.lastIndexOf("startxref\n");
    REQUIRE(start > 0);
    const qsizetype xref = pdf.mid(start + 10).split('\n').first().toLongLong();
    REQUIRE(pdf.mid(xref, 5) == "xref\n");
    const QList<QByteArray> lines = pdf.mid(xref).split('\n');
    REQUIRE(lines.at(1) == "0 7");
    CHECK(lines.at(2) == "0000000000 65535 f ");
    for (int object = 1; object <= 6; ++object) {
        const QByteArray entry = lines.at(2 + object);
        INFO("object " << object << ": " << entry.toStdString());
        CHECK(entry.size() + 1 == 20); // each entry 20 bytes with its end of line
        const qsizetype offset = entry.left(10).toLongLong();
        CHECK(pdf.mid(offset, QByteArray::number(object).size() + 6) == QByteArray::number(object) + " 0 obj");
    }
    // The stream's /Length is the content's size.
    const QRegularExpressionMatch length
        = QRegularExpression(QStringLiteral("/Length (\\d+)>>stream\\n")).match(QString::fromLatin1(pdf));
    REQUIRE(length.hasMatch());
    const qsizetype begin = length.capturedEnd();
    CHECK(pdf.indexOf("\nendstream", begin) - begin == length.captured(1).toLongLong());
    CHECK(pdf.size() < 1000); // a national demo attaches a million of them
}

TEST_CASE("demo receipt: every line's receipt differs", "[demo][receipt]")
{
    CHECK(demoReceiptPdf(sample(QStringLiteral("1-1-1"))) != demoReceiptPdf(sample(QStringLiteral("1-1-2"))));
    CHECK(demoReceiptPdf(sample()) == demoReceiptPdf(sample())); // the same seed, the same demo
    CHECK(demoReceiptShop(QStringLiteral("Treinreis Beek - Den Haag v.v.")) == QLatin1String("NS Reizigers"));
    CHECK(demoReceiptShop(QStringLiteral("Iets anders")) == QLatin1String("Kassabon"));
}

TEST_CASE("demo receipt: poppler reads the shop, date and amount back", "[demo][receipt]")
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is not installed: the text check is skipped");
        return;
    }
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("bon.pdf"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(demoReceiptPdf(sample()));
    file.close();
    QProcess process;
    // Poppler complains on standard error about a damaged file even when it recovers: catch both.
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAll());
    INFO(text.toStdString());
    CHECK(process.exitCode() == 0);
    CHECK_FALSE(text.contains(QLatin1String("Syntax Error"), Qt::CaseInsensitive));
    CHECK_FALSE(text.contains(QLatin1String("xref"), Qt::CaseInsensitive)); // no "rebuilding xref table"
    CHECK(text.contains(QLatin1String("Brasserie (Het) Raadhuis")));
    CHECK(text.contains(QLatin1String("14-03-2025")));
    CHECK(text.contains(QStringLiteral("€ 123,45")));
    CHECK(text.contains(QLatin1String("Bon 3-1021-2")));
}
