#include "settlementcalculator.h"

#include <algorithm>

namespace integriteit {

qint64 SettlementCalculator::mulDivRound(qint64 a, qint64 b, qint64 c)
{
    // Amounts are validated below EUR 10 million (1e9 cents) and multipliers are at most 10000 basis
    // points or 366 days, so the product stays far below the 64-bit limit (9.2e18).
    const qint64 product = a * b;
    const qint64 half = c / 2;
    return product >= 0 ? (product + half) / c : (product - half) / c;
}

Money SettlementCalculator::prorate(Money yearly, int days, int daysInYear)
{
    if (daysInYear <= 0 || days <= 0)
        return Money();
    return Money::fromCents(mulDivRound(yearly.cents(), std::min(days, daysInYear), daysInYear));
}

Money SettlementCalculator::percentage(Money amount, int basisPoints)
{
    return Money::fromCents(mulDivRound(amount.cents(), basisPoints, 10000));
}

SettlementResult SettlementCalculator::compute(const SettlementInput &in)
{
    SettlementResult r;
    r.salary = in.salary;
    r.freePart = percentage(in.salary, in.freePartBasisPoints);
    r.personalIncome = in.personalIncome;
    r.excess = Money::fromCents(std::max<qint64>(0, in.personalIncome.cents() - r.freePart.cents()));
    r.deduction = Money::fromCents(std::min(percentage(r.excess, in.rateBasisPoints).cents(), in.salary.cents()));
    r.exOfficioIncome = in.exOfficioIncome;
    return r;
}

} // namespace integriteit
