// The invoice letter for private creditcard costs (GC 9.15): one template, written as an
// OpenDocument text and as a PDF, with the municipality, the holder, the payment and the amounts,
// every text XML-escaped; LibreOffice opens the ODT when it is installed.

#include "claimfixture.h"

#include "claims/invoice/invoiceletterservice.h"
#include "claims/invoice/odtrenderer.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace integriteit;
using namespace integriteit::test;

namespace {
const QDate kToday(2026, 11, 20);

struct InvoiceFixture : ClaimFixture
{
    qint64 person = holder(HolderRole::Alderman);
    User s1 = account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    User s2 = account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    qint64 invoiceId = 0;

    InvoiceFixture()
    {
        as(s1);
        CreditCard c;
        c.personId = person;
        c.issuer = QStringLiteral("ING Corporate Card");
        c.lastDigits = QStringLiteral("4321");
        c.issued = QDate(2026, 1, 15);
        c.allowedCategories = {QStringLiteral("representatie")};
        const qint64 cardId = svc().cards().createCard(c, kToday);
        const qint64 statementId = svc().cards().createStatement(CardStatement{0, cardId, QDate(2026, 10, 31), {}, {}}, kToday);
        const qint64 paymentId = svc().cards().addPayment(
            statementId,
            {QDate(2026, 10, 14), QStringLiteral("Bar & Bistro <De Zon>"), Money::fromCents(123456), {},
             QStringLiteral("Diner \"fractie\"")},
            kToday);
        as(s2);
        invoiceId = svc().cardPayments()
                        .judge(paymentId, CardJudgement::Private, Money::fromCents(123456),
                               QStringLiteral("Etentje met familie"), QDate(2026, 11, 18), kToday)
                        ->id;
    }

    InvoiceLetterService letters()
    {
        return InvoiceLetterService(svc().cardPayments(), svc().cards(), db.persons(), db.settings());
    }

    void setBankAccount()
    {
        db.loginAs(UserRole::Administrator);
        MunicipalitySettings s = db.settings().municipality();
        s.address = QStringLiteral("Postbus 20");
        s.postcodeCity = QStringLiteral("6190 AA Beek");
        s.iban = QStringLiteral("NL61 BNGH 0285 0000 00");
        db.settings().setMunicipality(s);
        as(s2);
    }
};

QString run(const QString &program, const QStringList &arguments, int timeoutMs = 30000)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

TEST_CASE("invoice: the settings validate the bank account", "[invoice]")
{
    CHECK(MunicipalitySettings::isValidIban(QStringLiteral("NL61 BNGH 0285 0000 00")));
    CHECK(MunicipalitySettings::isValidIban(QStringLiteral("nl20ingb0001234567")));
    CHECK_FALSE(MunicipalitySettings::isValidIban(QStringLiteral("NL62 BNGH 0285 0000 00")));
    CHECK_FALSE(MunicipalitySettings::isValidIban(QStringLiteral("0285000000")));
    InvoiceFixture f;
    f.db.loginAs(UserRole::Administrator);
    MunicipalitySettings s = f.db.settings().municipality();
    s.iban = QStringLiteral("NL62 BNGH 0285 0000 00");
    CHECK(expectError(Error::Kind::Validation, [&] { f.db.settings().setMunicipality(s); }).field() == QLatin1String("iban"));
}

TEST_CASE("invoice: the letter holds the municipality, the holder and the amounts, XML-escaped", "[invoice]")
{
    InvoiceFixture f;
    f.as(f.s2);
    // Without the municipality's account the invoice cannot say where to pay.
    CHECK(expectError(Error::Kind::Validation, [&] { f.letters().letter(f.invoiceId); }).field() == QLatin1String("iban"));
    f.setBankAccount();
    const InvoiceLetter letter = f.letters().letter(f.invoiceId);
    CHECK(letter.number == QLatin1String("F2026-0001"));
    CHECK(letter.total() == Money::fromCents(123456));
    CHECK(letter.signer == sampleSettings().secretary); // a wethouder's card: the gemeentesecretaris signs
    const QString xml = QString::fromUtf8(letter.contentXml());
    CHECK(xml.contains(QStringLiteral("J. (Jan) Jansen")));
    CHECK(xml.contains(QStringLiteral("€ 1.234,56")));
    CHECK(xml.contains(QStringLiteral("Bar &amp; Bistro &lt;De Zon&gt;: Diner &quot;fractie&quot;")));
    CHECK_FALSE(xml.contains(QStringLiteral("<De Zon>")));
    CHECK(xml.contains(QStringLiteral("14-10-2026")));
    CHECK(xml.contains(QStringLiteral("18-12-2026"))); // due after 30 days
    CHECK(xml.contains(QStringLiteral("NL61 BNGH 0285 0000 00")));
    CHECK(xml.contains(QStringLiteral("Postbus 20")));
    CHECK_FALSE(xml.contains(QStringLiteral("{{")));
    CHECK(letter.baseFileName() == QLatin1String("F2026-0001 Invoice J. Jansen"));

    // The PDF's document reads the same template.
    const auto doc = odt::toTextDocument(letter.contentXml());
    const QString plain = doc->toPlainText();
    CHECK(plain.contains(QStringLiteral("Bar & Bistro <De Zon>")));
    CHECK(plain.contains(QStringLiteral("€ 1.234,56")));
    // ... with the template's rules: under the headings and each payment, above the total; the
    // details table above has none.
    std::vector<QTextTable *> tables;
    for (QTextFrame *frame : doc->rootFrame()->childFrames())
        if (auto *table = qobject_cast<QTextTable *>(frame))
            tables.push_back(table);
    REQUIRE(tables.size() == 2);
    const QTextTable *details = tables.front();
    const QTextTable *payments = tables.back();
    CHECK(details->cellAt(0, 0).format().toTableCellFormat().bottomBorder() == 0);
    const QTextTableCellFormat heading = payments->cellAt(0, 0).format().toTableCellFormat();
    CHECK(heading.bottomBorder() > 0);
    CHECK(heading.bottomBorderBrush().color() == QColor(0x9a, 0x9a, 0x9a));
    CHECK(heading.topBorder() == 0);
    const QTextTableCellFormat payment = payments->cellAt(1, 1).format().toTableCellFormat();
    CHECK(payment.bottomBorder() == heading.bottomBorder());
    const QTextTableCellFormat total = payments->cellAt(payments->rows() - 1, 3).format().toTableCellFormat();
    CHECK(total.topBorder() == Approx(2 * heading.bottomBorder())); // 1pt against 0.5pt
    CHECK(total.topBorderBrush().color() == QColor(Qt::black));

    // Others' rights hold: the griffie keeps no college cards.
    f.db.loginAs(UserRole::Griffie);
    expectError(Error::Kind::Permission, [&] { f.letters().letter(f.invoiceId); });
}

TEST_CASE("invoice: the ODT is a valid package and LibreOffice opens it, the PDF shows the holder", "[invoice]")
{
    InvoiceFixture f;
    f.setBankAccount();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const InvoiceLetter letter = f.letters().letter(f.invoiceId);
    const QString odtPath = dir.filePath(letter.baseFileName() + QStringLiteral(".odt"));
    const QString pdfPath = dir.filePath(letter.baseFileName() + QStringLiteral(".pdf"));
    f.letters().write(letter, odtPath, pdfPath);

    // Sending the letter is on the invoice's record.
    const auto audit = f.lastAudit(QStringLiteral("private_invoice"), f.invoiceId);
    CHECK(audit.action == QLatin1String("letter"));

    QFile odtFile(odtPath);
    REQUIRE(odtFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = odtFile.readAll();
    CHECK(bytes.left(4) == QByteArray("PK\x03\x04", 4));
    CHECK(bytes.mid(30, 8) == QByteArray("mimetype"));
    CHECK(bytes.mid(38, 39) == QByteArray("application/vnd.oasis.opendocument.text"));
    QFile pdfFile(pdfPath);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));

    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty()) {
        WARN("python3 not installed: ODT package check skipped");
    } else {
        // Every XML part is well-formed and the manifest lists the parts.
        const QString out = run(python, {QStringLiteral("-c"), QStringLiteral(
            "import sys, zipfile, xml.dom.minidom as m\n"
            "z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\n"
            "for n in ('content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml'): m.parseString(z.read(n))\n"
            "print(z.namelist()[0], z.getinfo('mimetype').compress_type)\n"), odtPath});
        CHECK(out.trimmed() == QLatin1String("mimetype 0"));
    }

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext not installed: PDF text check skipped");
    } else {
        const QString text = run(pdftotext, {QStringLiteral("-layout"), pdfPath, QStringLiteral("-")});
        CHECK(text.contains(QStringLiteral("J. (Jan) Jansen")));
        CHECK(text.contains(QStringLiteral("1.234,56")));
        CHECK(text.contains(QStringLiteral("Bar & Bistro <De Zon>")));
    }

    // For looking at by hand: INTEGRITEIT_KEEP_LETTERS=folder keeps the PDFs and the ODT.
    const QString keep = qEnvironmentVariable("INTEGRITEIT_KEEP_LETTERS");
    if (!keep.isEmpty()) {
        QFile::copy(pdfPath, keep + QStringLiteral("/own.pdf"));
        QFile::copy(odtPath, keep + QStringLiteral("/letter.odt"));
    }

    QString office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
    if (office.isEmpty())
        office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty()) {
        WARN("LibreOffice not installed: ODT conversion check skipped");
        return;
    }
    const QString outDir = dir.filePath(QStringLiteral("libreoffice"));
    run(office, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                 QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                 QStringLiteral("--outdir"), outDir, odtPath},
        180000);
    const QString converted = outDir + QLatin1Char('/') + letter.baseFileName() + QStringLiteral(".pdf");
    REQUIRE(QFile::exists(converted));
    if (!pdftotext.isEmpty()) {
        const QString text = run(pdftotext, {QStringLiteral("-layout"), converted, QStringLiteral("-")});
        CHECK(text.contains(QStringLiteral("J. (Jan) Jansen")));
        CHECK(text.contains(QStringLiteral("1.234,56")));
    }
    if (!keep.isEmpty())
        QFile::copy(converted, keep + QStringLiteral("/libreoffice.pdf"));
}
