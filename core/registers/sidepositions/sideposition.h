#pragma once
// Nevenfunctie (GC 3): a side position of an office holder, as reported to the griffier or the
// gemeentesecretaris (GC 3.2, 3.3 a-d).

#include "registers/common/recordperson.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

namespace integriteit {

struct SidePosition
{
    qint64 id = 0;
    qint64 personId = 0;
    QString organisation;   // GC 3.3 b
    QString description;    // GC 3.3 a
    bool exOfficio = false; // ambtshalve, q.q. "uit hoofde van het ambt" (GC 3.3 c)
    bool paid = false;      // bezoldigd (GC 3.3 d)
    QDate start;
    QDate end;              // null while the position runs
    QDate reported;         // gemeld bij griffier/secretaris
    QDate raadNotified;     // voornemen gemeld aan de raad (GC 3.6, Gemeentewet 41b)
    QDate collegeDiscussed; // besproken in het college (GC 3.6)
    QString notes;

    QVariantMap columns() const;
    static SidePosition fromColumns(const QVariantMap &columns);
    QString searchText() const;
    bool isActiveOn(const QDate &day) const { return start <= day && (!end.isValid() || end >= day); }
    // A personal position that still lacks one of the two GC 3.6 dates (flagged only when the
    // person holds a college office during the position).
    bool lacksCollegeSteps() const { return !exOfficio && (!raadNotified.isValid() || !collegeDiscussed.isValid()); }
};

enum class SidePositionColumn {
    Person, Role, Faction, Organisation, Description, ExOfficio, Paid, Start, End, Reported, Flag, Count
};

struct SidePositionRow
{
    SidePosition position;
    RecordPerson person;
    bool active = false;
    bool needsCollegeSteps = false; // GC 3.6 flag
};

} // namespace integriteit
