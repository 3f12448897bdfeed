#pragma once
// Makes the invoice letter for private creditcard costs (GC 9.15) of a recorded invoice: gathers the
// municipality, the holder, the card and the payment through the services (which check the
// user's rights), and writes it as an OpenDocument text and a PDF from the one template.

#include "claims/invoice/invoiceletter.h"

namespace integriteit {

class CardPaymentService;
class CreditCardService;
class PersonService;
class SettingsService;

class InvoiceLetterService
{
public:
    InvoiceLetterService(CardPaymentService &payments, CreditCardService &cards, PersonService &persons,
                         SettingsService &settings);

    // Throws Error(Validation) on field "iban" when the municipality's bank account is not in the
    // settings yet: an invoice without it cannot be paid.
    InvoiceLetter letter(qint64 invoiceId) const;
    // Both files, or an Error(File) naming the one that failed.
    void write(const InvoiceLetter &letter, const QString &odtPath, const QString &pdfPath) const;

private:
    CardPaymentService &m_payments;
    CreditCardService &m_cards;
    PersonService &m_persons;
    SettingsService &m_settings;
};

} // namespace integriteit
