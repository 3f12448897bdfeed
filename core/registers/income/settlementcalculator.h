#pragma once
// Verrekening van neveninkomsten, as a pure function: for a full-time wethouder or the burgemeester
// not under overgangsrecht, the income of personal (non-q.q.) positions above the free part of the
// salary (default 14 % of the yearly salary including holiday allowance) is deducted at the rate
// (default 50 %). Income of q.q. positions goes to the municipality entirely.
//
// Rounding: every step rounds to the nearest cent, halves away from zero, so the figures in the
// college decision can be recomputed by hand. The deduction never exceeds the salary.

#include "common/money.h"

namespace integriteit {

struct SettlementInput
{
    Money salary;               // salary earned in the year, already pro-rated for a part year
    Money personalIncome;       // income of non-q.q. positions in the year
    Money exOfficioIncome;      // income of q.q. positions in the year
    int freePartBasisPoints = 1400; // 14 %
    int rateBasisPoints = 5000;     // 50 %
};

struct SettlementResult
{
    Money salary;
    Money freePart;       // vrije voet
    Money personalIncome;
    Money excess;         // personal income above the free part
    Money deduction;      // te verrekenen: deducted from the salary
    Money exOfficioIncome; // af te dragen aan de gemeente
    bool nothingToSettle() const { return deduction.cents() == 0 && exOfficioIncome.cents() == 0; }
};

class SettlementCalculator
{
public:
    static SettlementResult compute(const SettlementInput &input);
    // A yearly amount for `days` of a year of `daysInYear` days.
    static Money prorate(Money yearly, int days, int daysInYear);
    // `basisPoints` / 10000 of an amount.
    static Money percentage(Money amount, int basisPoints);
    // a * b / c rounded to the nearest integer, halves away from zero, without overflow for cents.
    static qint64 mulDivRound(qint64 a, qint64 b, qint64 c);
};

} // namespace integriteit
