#pragma once
// The person columns every register list shows: name, and the role and fractie of the appointment
// the record belongs to.

#include "persons/person.h"

#include <QString>
#include <optional>

namespace integriteit {

class SqlQuery;

struct RecordPerson
{
    qint64 personId = 0;
    QString displayName;
    QString sortName;
    std::optional<HolderRole> role; // none when the person has no appointment
    QString faction;

    // The select list that readRecordPerson() reads back (8 columns), for a RegisterSql query.
    static QString columns();
    static RecordPerson read(const SqlQuery &query, int offset);
    // Sort expressions of the shared columns.
    static QString nameOrder() { return QStringLiteral("p.sort_name COLLATE NOCASE"); }
    static QString roleOrder() { return QStringLiteral("ap.role"); }
    static QString factionOrder() { return QStringLiteral("ap.faction COLLATE NOCASE"); }
};

} // namespace integriteit
