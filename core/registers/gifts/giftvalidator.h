#pragma once
// The rules of a geschenk: reporting above the year's threshold, the destination and who decides.

#include "auth/role.h"
#include "registers/gifts/gift.h"
#include "common/currentdate.h"

namespace integriteit {

class GiftValidator
{
public:
    // `threshold` is that of the year of receipt; `office` keeps the person's records and so
    // decides who may take the decision (griffier or seniorenconvent, secretaris or college).
    static void validate(const Gift &gift, Money threshold, Office office, const QDate &today = currentDate());
};

} // namespace integriteit
