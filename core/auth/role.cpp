#include "role.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Role) };
}

QList<UserRole> allUserRoles()
{
    return {UserRole::Administrator, UserRole::Griffie, UserRole::Secretariat, UserRole::Integrity,
            UserRole::Auditor};
}

QString userRoleName(UserRole role)
{
    switch (role) {
    case UserRole::Administrator: return Tr::tr("Administrator");
    case UserRole::Griffie: return Tr::tr("Clerk's office");
    case UserRole::Secretariat: return Tr::tr("Secretariat");
    case UserRole::Integrity: return Tr::tr("Integrity (mayor or coordinator)");
    case UserRole::Auditor: return Tr::tr("Auditor (read-only)");
    }
    return {};
}

QString userRoleCode(UserRole role)
{
    switch (role) {
    case UserRole::Administrator: return QStringLiteral("beheerder");
    case UserRole::Griffie: return QStringLiteral("griffie");
    case UserRole::Secretariat: return QStringLiteral("secretarie");
    case UserRole::Integrity: return QStringLiteral("integriteit");
    case UserRole::Auditor: return QStringLiteral("auditor");
    }
    return {};
}

QString officeName(Office office)
{
    return office == Office::Griffie ? Tr::tr("Clerk's office") : Tr::tr("Secretariat");
}

} // namespace integriteit
