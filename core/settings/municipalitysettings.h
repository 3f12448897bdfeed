#pragma once
// The municipality's own data from the first-run wizard, editable later by the administrator.

#include <QJsonObject>
#include <QString>

namespace integriteit {

struct MunicipalitySettings
{
    QString municipality;  // gemeente
    QString province;
    QString clerk;         // griffier
    QString secretary;     // gemeentesecretaris
    QString mayor;         // burgemeester
    QString deputyChair;   // plaatsvervangend voorzitter van de raad
    // For the letterhead and the invoices for private creditcard costs (GC 9.15); optional until
    // the first invoice is made.
    QString address;       // postadres, "Postbus 20"
    QString postcodeCity;  // "6190 AA Beek"
    QString iban;          // the account invoices are paid to, "NL61 BNGH 0285 0000 00"

    QJsonObject toJson() const;
    static QStringList provinces();
    // Whether an IBAN's check digits are right (ISO 13616 mod 97); spaces are ignored.
    static bool isValidIban(const QString &iban);
};

} // namespace integriteit
