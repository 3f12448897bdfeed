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

    QJsonObject toJson() const;
    static QStringList provinces();
};

} // namespace integriteit
