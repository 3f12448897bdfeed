#include "recordperson.h"

#include "storage/sqlquery.h"

namespace integriteit {

QString RecordPerson::columns()
{
    return QStringLiteral("r.person_id, p.initials, p.first_name, p.name_prefix, p.last_name, p.sort_name, ap.role, "
                          "coalesce(ap.faction, '')");
}

RecordPerson RecordPerson::read(const SqlQuery &q, int offset)
{
    RecordPerson r;
    r.personId = q.value(offset).toLongLong();
    Person p;
    p.initials = q.value(offset + 1).toString();
    p.firstName = q.value(offset + 2).toString();
    p.namePrefix = q.value(offset + 3).toString();
    p.lastName = q.value(offset + 4).toString();
    r.displayName = p.displayName();
    r.sortName = q.value(offset + 5).toString();
    r.role = holderRoleFromCode(q.value(offset + 6).toString());
    r.faction = q.value(offset + 7).toString();
    return r;
}

} // namespace integriteit
