#pragma once
// The invoice for private creditcard costs (GC 9.15) as data: what the letter says, before it is
// rendered as an OpenDocument text or a PDF from the one template (resources/templates/).

#include "common/money.h"
#include "settings/municipalitysettings.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <vector>

namespace integriteit {

struct InvoiceLetterLine
{
    QDate date;
    QString description; // the merchant, and what was bought
    Money paid;          // the card payment
    Money charged;       // the part for the holder's account
};

struct InvoiceLetter
{
    MunicipalitySettings municipality;
    QString holderName;
    QString holderSalutationName; // "J. Jansen": the name in "Dear ..."
    QString cardLabel;
    QString number; // "F2026-0001", also the payment reference
    QDate date;
    QDate dueDate;
    std::vector<InvoiceLetterLine> lines;
    QString explanation; // why the costs are private: the judgement's note
    QString signer;
    QString signerFunction;

    Money total() const;
    // "F2026-0001 Factuur J. Jansen": a file name without folders, no characters Windows refuses.
    QString baseFileName() const;

    // content.xml of the letter: the template with every placeholder filled, XML-escaped.
    QByteArray contentXml() const;
    // styles.xml: the page and the paragraph styles.
    static QByteArray stylesXml();
};

} // namespace integriteit
