#include "organisation.h"

namespace integriteit {

QString organisationKindCode(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Municipality: return QStringLiteral("gemeente");
    case OrganisationKind::Province: return QStringLiteral("provincie");
    case OrganisationKind::WaterBoard: return QStringLiteral("waterschap");
    }
    return {};
}

OrganisationKind organisationKindFromCode(const QString &code)
{
    if (code == QLatin1String("provincie"))
        return OrganisationKind::Province;
    if (code == QLatin1String("waterschap"))
        return OrganisationKind::WaterBoard;
    return OrganisationKind::Municipality;
}

} // namespace integriteit
