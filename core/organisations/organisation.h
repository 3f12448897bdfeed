#pragma once
// A body whose office holders are kept: gemeente, provincie or waterschap.

#include <QString>

namespace integriteit {

enum class OrganisationKind { Municipality, Province, WaterBoard };

struct Organisation
{
    qint64 id = 0;
    QString name;
    OrganisationKind kind = OrganisationKind::Municipality;
    QString province;
    int seats = 0;
};

QString organisationKindCode(OrganisationKind kind); // "gemeente", "provincie", "waterschap"
OrganisationKind organisationKindFromCode(const QString &code);

} // namespace integriteit
