#pragma once
// The field rules of a nevenfunctie. Rights and the person's appointment are checked by the
// service (RecordOwner); this checks what the form holds.

#include "registers/sidepositions/sideposition.h"
#include "common/currentdate.h"

namespace integriteit {

class SidePositionValidator
{
public:
    static void validate(const SidePosition &position, const QDate &today = currentDate());
};

} // namespace integriteit
