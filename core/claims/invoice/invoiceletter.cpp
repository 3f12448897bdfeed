#include "invoiceletter.h"

#include "common/dutchformat.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::InvoiceLetter) };

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::File, Tr::tr("The letter template is missing from this installation."), path);
    return file.readAll();
}

// Replaces every {{key}} by its value, XML-escaped; an unknown key is a programming error that
// must not reach a letter.
QString fill(const QString &text, const QHash<QString, QString> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{([a-zA-Z.]+)\\}\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = values.constFind(m.captured(1));
        if (value == values.cend())
            throw Error(Error::Kind::File, Tr::tr("The letter template is damaged."), QStringLiteral("placeholder ") + m.captured(0));
        out += value->toHtmlEscaped();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
} // namespace

Money InvoiceLetter::total() const
{
    Money sum;
    for (const InvoiceLetterLine &line : lines)
        sum += line.charged;
    return sum;
}

QString InvoiceLetter::baseFileName() const
{
    QString name = Tr::tr("%1 Invoice %2").arg(number, holderSalutationName);
    static const QRegularExpression refused(QStringLiteral("[\\\\/:*?\"<>|]"));
    return name.replace(refused, QString()).simplified();
}

QByteArray InvoiceLetter::contentXml() const
{
    const QString municipalityName = municipality.municipality;
    const QHash<QString, QString> values = {
        {QStringLiteral("letterhead"), Tr::tr("Municipality of %1").arg(municipalityName)},
        {QStringLiteral("address"), municipality.address},
        {QStringLiteral("postcodeCity"), municipality.postcodeCity},
        {QStringLiteral("holder"), holderName},
        // Office holders receive their mail at the town hall: persons have no postal address here.
        {QStringLiteral("holderAddress"), Tr::tr("c/o town hall, %1").arg(municipalityName)},
        {QStringLiteral("title"), Tr::tr("Invoice for private costs paid with the municipal credit card")},
        {QStringLiteral("numberLabel"), Tr::tr("Invoice number")},
        {QStringLiteral("number"), number},
        {QStringLiteral("dateLabel"), Tr::tr("Invoice date")},
        {QStringLiteral("date"), dutch::date(date)},
        {QStringLiteral("dueLabel"), Tr::tr("Pay before")},
        {QStringLiteral("due"), dutch::date(dueDate)},
        {QStringLiteral("cardLabel"), Tr::tr("Credit card")},
        {QStringLiteral("card"), cardLabel},
        {QStringLiteral("salutation"), Tr::tr("Dear %1,").arg(holderSalutationName)},
        {QStringLiteral("intro"),
         Tr::tr("The check of the payments made with your municipal credit card showed that the costs below are for "
                "your own account (article 9.15 of the code of conduct). We therefore charge you this amount.")},
        {QStringLiteral("dateColumn"), Tr::tr("Date")},
        {QStringLiteral("descriptionColumn"), Tr::tr("Description")},
        {QStringLiteral("paidColumn"), Tr::tr("Paid by card")},
        {QStringLiteral("chargedColumn"), Tr::tr("For your account")},
        {QStringLiteral("totalLabel"), Tr::tr("Total to pay")},
        {QStringLiteral("total"), total().toDutch()},
        {QStringLiteral("explanation"), explanation.isEmpty() ? QString() : Tr::tr("Explanation: %1").arg(explanation)},
        {QStringLiteral("paymentRequest"),
         Tr::tr("Please transfer %1 before %2 to account %3 in the name of the municipality of %4, stating invoice "
                "number %5.")
             .arg(total().toDutch(), dutch::date(dueDate), municipality.iban, municipalityName, number)},
        {QStringLiteral("questions"), Tr::tr("If you have questions about this invoice, please contact %1.").arg(signer)},
        {QStringLiteral("closing"), Tr::tr("Yours sincerely,")},
        {QStringLiteral("signer"), signer},
        {QStringLiteral("signerFunction"), signerFunction},
    };

    const QString text = QString::fromUtf8(resource(QStringLiteral(":/templates/invoice-content.xml")));
    const QString begin = QStringLiteral("<!--BEGIN payments-->");
    const QString end = QStringLiteral("<!--END payments-->");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        throw Error(Error::Kind::File, Tr::tr("The letter template is damaged."), QStringLiteral("payments row markers"));
    const QString row = text.mid(from + begin.size(), to - from - begin.size());
    QString rows;
    for (const InvoiceLetterLine &line : lines) {
        rows += fill(row, {{QStringLiteral("row.date"), dutch::date(line.date)},
                           {QStringLiteral("row.description"), line.description},
                           {QStringLiteral("row.paid"), line.paid.toDutch()},
                           {QStringLiteral("row.charged"), line.charged.toDutch()}});
    }
    const QString filled = fill(text.left(from), values) + rows + fill(text.mid(to + end.size()), values);
    return filled.toUtf8();
}

QByteArray InvoiceLetter::stylesXml()
{
    return resource(QStringLiteral(":/templates/invoice-styles.xml"));
}

} // namespace integriteit
