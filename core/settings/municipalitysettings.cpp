#include "municipalitysettings.h"

namespace integriteit {

QJsonObject MunicipalitySettings::toJson() const
{
    return {{QStringLiteral("municipality"), municipality}, {QStringLiteral("province"), province},
            {QStringLiteral("clerk"), clerk},               {QStringLiteral("secretary"), secretary},
            {QStringLiteral("mayor"), mayor},               {QStringLiteral("deputy_chair"), deputyChair},
            {QStringLiteral("address"), address},           {QStringLiteral("postcode_city"), postcodeCity},
            {QStringLiteral("iban"), iban}};
}

QStringList MunicipalitySettings::provinces()
{
    // Proper names: not translated.
    return {QStringLiteral("Drenthe"),       QStringLiteral("Flevoland"), QStringLiteral("Friesland"),
            QStringLiteral("Gelderland"),    QStringLiteral("Groningen"), QStringLiteral("Limburg"),
            QStringLiteral("Noord-Brabant"), QStringLiteral("Noord-Holland"), QStringLiteral("Overijssel"),
            QStringLiteral("Utrecht"),       QStringLiteral("Zeeland"),   QStringLiteral("Zuid-Holland")};
}

bool MunicipalitySettings::isValidIban(const QString &input)
{
    QString iban = input;
    iban.remove(QLatin1Char(' '));
    iban = iban.toUpper();
    if (iban.size() < 15 || iban.size() > 34 || !iban.at(0).isLetter() || !iban.at(1).isLetter())
        return false;
    // Move the country and check digits to the end, letters become 10..35, the number mod 97 is 1.
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        if (c.isDigit())
            remainder = (remainder * 10 + c.digitValue()) % 97;
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            remainder = (remainder * 100 + (c.unicode() - 'A' + 10)) % 97;
        else
            return false;
    }
    return remainder == 1;
}

} // namespace integriteit
