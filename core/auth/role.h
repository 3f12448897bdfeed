#pragma once
// User roles (rights in the application) and the offices that administer office holders.

#include <QFlags>
#include <QString>

namespace integriteit {

// What a user account may do. A user can hold several roles (a griffier who is also beheerder).
enum class UserRole : unsigned {
    Administrator = 0x1, // beheerder: users, roles, settings
    Griffie = 0x2,       // griffie: registers of raad and commissieleden
    Secretariat = 0x4,   // secretarie: registers of the college, declaraties
    Integrity = 0x8,     // burgemeester or integriteitscoördinator: meldingen
    Auditor = 0x10,      // read-only: registers and declaraties, never meldingen
};
Q_DECLARE_FLAGS(UserRoles, UserRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(UserRoles)

constexpr unsigned kAllUserRoles = 0x1F;

// Griffie for the raad, secretarie for the college (domain.md "de griffier respectievelijk de secretaris").
enum class Office { Griffie, Secretariat };

QString userRoleName(UserRole role);     // translated, for the UI
QString userRoleCode(UserRole role);     // stable, for the command line
QString officeName(Office office);       // translated
QList<UserRole> allUserRoles();

} // namespace integriteit
