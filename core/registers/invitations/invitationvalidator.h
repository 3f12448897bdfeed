#pragma once
// The rules of an uitnodiging (GC 5.2).

#include "auth/role.h"
#include "registers/invitations/invitation.h"
#include "common/currentdate.h"

namespace integriteit {

class InvitationValidator
{
public:
    // `office` keeps the person's records: the seniorenconvent decides for the raad side, the
    // college for the college side.
    static void validate(const Invitation &invitation, Office office, const QDate &today = currentDate());
};

} // namespace integriteit
