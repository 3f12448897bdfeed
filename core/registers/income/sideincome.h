#pragma once
// Neveninkomsten: the income of one side position in one calendar year, and its publication
// (full-time wethouders and the burgemeester publish the previous year's income before 1 April).

#include "common/money.h"
#include "registers/common/recordperson.h"

#include <QDate>
#include <QVariantMap>

namespace integriteit {

struct SideIncome
{
    qint64 id = 0;
    qint64 positionId = 0;
    int year = 0;
    Money amount;
    QDate published; // openbaar gemaakt
    QString notes;

    QVariantMap columns() const;
    static SideIncome fromColumns(const QVariantMap &columns);
    // The last day to publish: 31 March of the next year ("before 1 April").
    QDate publishBy() const { return QDate(year + 1, 3, 31); }
};

enum class SideIncomeColumn { Person, Role, Faction, Organisation, Description, ExOfficio, Year, Amount, Published, Flag, Count };

struct SideIncomeRow
{
    SideIncome income;
    RecordPerson person;
    qint64 personId = 0;
    QString organisation;
    QString description;
    bool exOfficio = false;
    bool mustPublish = false;        // full-time wethouder or burgemeester during the year
    bool publicationOverdue = false; // must publish, not published, and 1 April has passed
};

} // namespace integriteit
