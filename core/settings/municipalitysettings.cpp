#include "municipalitysettings.h"

namespace integriteit {

QJsonObject MunicipalitySettings::toJson() const
{
    return {{QStringLiteral("municipality"), municipality}, {QStringLiteral("province"), province},
            {QStringLiteral("clerk"), clerk},               {QStringLiteral("secretary"), secretary},
            {QStringLiteral("mayor"), mayor},               {QStringLiteral("deputy_chair"), deputyChair}};
}

QStringList MunicipalitySettings::provinces()
{
    // Proper names: not translated.
    return {QStringLiteral("Drenthe"),       QStringLiteral("Flevoland"), QStringLiteral("Friesland"),
            QStringLiteral("Gelderland"),    QStringLiteral("Groningen"), QStringLiteral("Limburg"),
            QStringLiteral("Noord-Brabant"), QStringLiteral("Noord-Holland"), QStringLiteral("Overijssel"),
            QStringLiteral("Utrecht"),       QStringLiteral("Zeeland"),   QStringLiteral("Zuid-Holland")};
}

} // namespace integriteit
