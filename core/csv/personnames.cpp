#include "personnames.h"

#include "persons/person.h"
#include "storage/sqlquery.h"

namespace integriteit {

std::optional<QString> PersonNames::name(qint64 personId)
{
    if (const auto it = m_cache.constFind(personId); it != m_cache.constEnd())
        return *it;
    SqlQuery q(m_db, QStringLiteral("SELECT initials, first_name, name_prefix, last_name FROM persons WHERE id = :id"));
    q.bind(QStringLiteral(":id"), personId).exec();
    std::optional<QString> result;
    if (q.next()) {
        Person p;
        p.initials = q.value(0).toString();
        p.firstName = q.value(1).toString();
        p.namePrefix = q.value(2).toString();
        p.lastName = q.value(3).toString();
        result = p.displayName();
    }
    m_cache.insert(personId, result);
    return result;
}

bool PersonNames::sameName(const QString &typed, const QString &name)
{
    return typed.simplified().compare(name.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace integriteit
