#include "session.h"

#include "common/error.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Session) };
}

void Session::requireLogin() const
{
    if (!isLoggedIn())
        throw Error::permission(Tr::tr("You are not logged in."));
}

void Session::require(UserRole role, const QString &whatFor) const
{
    requireLogin();
    if (!has(role))
        throw Error::permission(Tr::tr("You may not %1: that needs the role \"%2\".").arg(whatFor, userRoleName(role)));
}

} // namespace integriteit
