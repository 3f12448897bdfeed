#pragma once
// Verrekening: the yearly parameters, the computed case of one person and year, and the college's
// decision (also when nothing is to be settled).

#include "registers/income/settlementcalculator.h"

#include <QDate>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace integriteit {

// Per body and year. The salary is per role, not per person: the Rechtspositiebesluit fixes it per
// role and size class of the municipality, so every full-time wethouder of a body earns the same.
struct SettlementParameters
{
    qint64 organisationId = 1;
    int year = 0;
    std::optional<Money> aldermanSalary; // wethouder, full-time, yearly, holiday allowance included
    std::optional<Money> mayorSalary;    // burgemeester, idem
    int freePartBasisPoints = 1400;      // vrije voet: 14 %
    int rateBasisPoints = 5000;          // verrekenpercentage: 50 %
    bool stored = false;                 // false: the defaults, no row for this year yet

    QVariantMap columns() const;
};

// The computation for one person and year, ready to be shown and decided on.
struct SettlementCase
{
    qint64 personId = 0;
    int year = 0;
    // Full-time wethouder or burgemeester, not under overgangsrecht, during part of the year.
    bool applies = false;
    int daysInOffice = 0;      // days of the year in such an office: the salary is pro-rated by them
    int daysInYear = 365;
    SettlementResult result;
};

struct SettlementDecision
{
    qint64 id = 0;
    qint64 personId = 0;
    int year = 0;
    Money computed;          // what the application computed when the decision was recorded
    Money settled;           // what the college decided to deduct
    Money exOfficio;         // q.q. income paid to the municipality
    bool nothingToSettle = false;
    QDate decisionDate;
    QString decisionText;    // reference or summary of the college decision

    QVariantMap columns() const;
    static SettlementDecision fromColumns(const QVariantMap &columns);
};

} // namespace integriteit
