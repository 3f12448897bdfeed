#include "roletext.h"

#include <QStringList>

namespace integriteit {

QString userRolesText(UserRoles roles)
{
    QStringList names;
    for (const UserRole role : allUserRoles())
        if (roles.testFlag(role))
            names << userRoleName(role);
    return names.join(QStringLiteral(", "));
}

} // namespace integriteit
