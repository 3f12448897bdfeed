#pragma once
// The field rules of a financieel belang.

#include "registers/interests/financialinterest.h"
#include "common/currentdate.h"

namespace integriteit {

class FinancialInterestValidator
{
public:
    static void validate(const FinancialInterest &interest, const QDate &today = currentDate());
};

} // namespace integriteit
