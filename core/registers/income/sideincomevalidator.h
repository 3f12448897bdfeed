#pragma once
// The field rules of a year's side income, checked against its position.

#include "registers/income/sideincome.h"
#include "registers/sidepositions/sideposition.h"
#include "common/currentdate.h"

namespace integriteit {

class SideIncomeValidator
{
public:
    static void validate(const SideIncome &income, const SidePosition &position,
                         const QDate &today = currentDate());
};

} // namespace integriteit
