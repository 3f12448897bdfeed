#include "invoiceletterservice.h"

#include "claims/cardpaymentservice.h"
#include "claims/creditcardservice.h"
#include "claims/invoice/odtfile.h"
#include "claims/invoice/odtrenderer.h"
#include "common/error.h"
#include "persons/personservice.h"
#include "settings/settingsservice.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::InvoiceLetterService) };

QString formalName(const Person &p)
{
    QStringList parts;
    for (const QString &part : {p.initials, p.namePrefix, p.lastName})
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts.join(QLatin1Char(' '));
}
} // namespace

InvoiceLetterService::InvoiceLetterService(CardPaymentService &payments, CreditCardService &cards, PersonService &persons,
                                           SettingsService &settings)
    : m_payments(payments)
    , m_cards(cards)
    , m_persons(persons)
    , m_settings(settings)
{
}

InvoiceLetter InvoiceLetterService::letter(qint64 invoiceId) const
{
    const PrivateInvoice invoice = m_payments.invoice(invoiceId);
    const CardPayment payment = m_payments.payment(invoice.paymentId);
    InvoiceLetter l;
    l.municipality = m_settings.municipality();
    if (l.municipality.iban.trimmed().isEmpty())
        throw Error::validation(QStringLiteral("iban"),
                                Tr::tr("The municipality's bank account (IBAN) is not in the settings yet, so the invoice "
                                       "cannot say where to pay. Ask the administrator to fill it in under Settings."));
    const Person holder = m_persons.person(invoice.personId);
    l.holderName = holder.displayName();
    l.holderSalutationName = formalName(holder);
    l.cardLabel = m_cards.card(payment.cardId).label();
    l.number = invoice.number();
    l.date = invoice.invoiceDate;
    l.dueDate = invoice.dueDate;
    QString description = payment.merchant;
    if (!payment.description.trimmed().isEmpty())
        description += QStringLiteral(": ") + payment.description.trimmed();
    l.lines.push_back({payment.date, description, payment.amount, invoice.amount});
    l.explanation = payment.judgementNote;

    // GC 9.10: the griffier keeps the cards of the raad, the gemeentesecretaris those of the college.
    Office office = Office::Secretariat;
    for (const Appointment &a : m_persons.appointments(invoice.personId))
        if (a.isActiveOn(payment.date))
            office = a.office();
    l.signer = office == Office::Griffie ? l.municipality.clerk : l.municipality.secretary;
    l.signerFunction = office == Office::Griffie ? Tr::tr("Clerk of the council") : Tr::tr("Municipal secretary");
    return l;
}

void InvoiceLetterService::write(const InvoiceLetter &letter, const QString &odtPath, const QString &pdfPath) const
{
    const QByteArray content = letter.contentXml();
    const QString title = Tr::tr("Invoice %1").arg(letter.number);
    odt::write(odtPath, content, InvoiceLetter::stylesXml(), title);
    odt::writePdf(pdfPath, content, title);
}

} // namespace integriteit
