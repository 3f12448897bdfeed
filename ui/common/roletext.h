#pragma once
// How a user's roles read in lists, the status bar and the About box.

#include "auth/role.h"

#include <QString>

namespace integriteit {

// "Administrator, Clerk's office", in the order of allUserRoles().
QString userRolesText(UserRoles roles);

} // namespace integriteit
