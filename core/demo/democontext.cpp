#include "democontext.h"

namespace integriteit::demo {

QString DemoBody::aldermanTitle() const
{
    switch (kind) {
    case OrganisationKind::Municipality:
        break;
    case OrganisationKind::Province:
        return QStringLiteral("gedeputeerde");
    case OrganisationKind::WaterBoard:
        return QStringLiteral("lid van het dagelijks bestuur");
    }
    return QStringLiteral("wethouder");
}

QString DemoBody::mayorTitle() const
{
    switch (kind) {
    case OrganisationKind::Municipality:
        break;
    case OrganisationKind::Province:
        return QStringLiteral("Commissaris van de Koning");
    case OrganisationKind::WaterBoard:
        return QStringLiteral("dijkgraaf");
    }
    return QStringLiteral("burgemeester");
}

QString DemoBody::councillorTitle() const
{
    switch (kind) {
    case OrganisationKind::Municipality:
        break;
    case OrganisationKind::Province:
        return QStringLiteral("statenlid");
    case OrganisationKind::WaterBoard:
        return QStringLiteral("lid van het algemeen bestuur");
    }
    return QStringLiteral("raadslid");
}

QString DemoBody::movedAwayReason() const
{
    switch (kind) {
    case OrganisationKind::Municipality:
        break;
    case OrganisationKind::Province:
        return QStringLiteral("Vertrek uit de provincie");
    case OrganisationKind::WaterBoard:
        return QStringLiteral("Vertrek uit het beheergebied");
    }
    return QStringLiteral("Vertrek uit de gemeente");
}

} // namespace integriteit::demo
