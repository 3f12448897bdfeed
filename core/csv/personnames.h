#pragma once
// The display names of persons by id, read once each: export writes them next to persoon_nr, and
// import checks a persoon_naam column against the person the number names.

#include <QHash>
#include <QSqlDatabase>
#include <optional>

namespace integriteit {

class PersonNames
{
public:
    explicit PersonNames(const QSqlDatabase &db) : m_db(db) {}
    // "J.P. (Jan) van der Berg" as the window shows it; nullopt when there is no such person.
    std::optional<QString> name(qint64 personId);
    // Whether a typed name is that name: spaces and case do not count.
    static bool sameName(const QString &typed, const QString &name);

private:
    QSqlDatabase m_db;
    QHash<qint64, std::optional<QString>> m_cache;
};

} // namespace integriteit
