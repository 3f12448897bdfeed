#include "demo/demoreceipt.h"

#include "common/dutchformat.h"

#include <QList>

namespace integriteit::demo {

namespace {
// A PDF string in Helvetica's WinAnsiEncoding: Latin-1 as is, the euro sign at 0x80, anything
// else a question mark; the delimiters escaped.
QByteArray pdfString(const QString &text)
{
    QByteArray out = "(";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'(' || u == u')' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u == 0x20AC) {
            out += '\x80';
        } else if (u >= 0x20 && u <= 0xFF && !(u >= 0x7F && u < 0xA0)) {
            out += char(u);
        } else {
            out += '?';
        }
    }
    out += ')';
    return out;
}
} // namespace

QByteArray demoReceiptPdf(const DemoReceipt &receipt)
{
    // A till receipt's size (8 x 12 cm); the shop in bold, the date and amount below, the label
    // small at the foot.
    QByteArray content = "BT/F2 12 Tf 14 300 Td " + pdfString(receipt.shop) + "Tj/F1 10 Tf 0 -20 Td "
        + pdfString(dutch::date(receipt.date)) + "Tj 0 -16 Td " + pdfString(QStringLiteral("Totaal ") + receipt.amount.toDutch())
        + "Tj/F1 7 Tf 0 -30 Td " + pdfString(QStringLiteral("Bon ") + receipt.label) + "Tj ET";
    const QList<QByteArray> objects = {
        "<</Type/Catalog/Pages 2 0 R>>",
        "<</Type/Pages/Kids[3 0 R]/Count 1>>",
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 226 340]/Resources<</Font<</F1 4 0 R/F2 5 0 R>>>>/Contents 6 0 R>>",
        "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>",
        "<</Type/Font/Subtype/Type1/BaseFont/Helvetica-Bold/Encoding/WinAnsiEncoding>>",
        "<</Length " + QByteArray::number(content.size()) + ">>stream\n" + content + "\nendstream",
    };
    // The binary comment line tells transfer programs the file is binary (PDF 7.5.2).
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    // Each entry exactly 20 bytes: ten digits, generation, "n", and a two-byte end of line.
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<</Size " + QByteArray::number(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QString demoReceiptShop(const QString &description)
{
    static const std::pair<const char *, const char *> kShops[] = {
        {"Trein", "NS Reizigers"},          {"Parkeer", "Q-Park"},
        {"Taxi", "Taxicentrale Regio"},     {"Kilometer", "Eigen vervoer"},
        {"Hotel", "Hotel De Wereld"},       {"Lunch", "Brasserie Het Raadhuis"},
        {"Diner", "Restaurant De Zwaan"},   {"Congres", "Congrescentrum"},
        {"literatuur", "Boekhandel Van Gelder"}, {"Bloem", "Bloemsierkunst Roos"},
        {"Attentie", "Cadeauwinkel De Parel"}, {"Cursus", "Debatacademie"},
        {"Telefoon", "KPN Zakelijk"},       {"Inkt", "Kantoorvakhandel"},
    };
    for (const auto &[word, shop] : kShops)
        if (description.contains(QLatin1String(word), Qt::CaseInsensitive))
            return QString::fromUtf8(shop);
    return QStringLiteral("Kassabon");
}

} // namespace integriteit::demo
