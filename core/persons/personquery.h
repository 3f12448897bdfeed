#pragma once
// Read side of the office holders: filtered, sorted pages for the lazy list model, and single records.

#include "persons/person.h"
#include "common/currentdate.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace integriteit {

struct PersonFilter
{
    enum class Status { All, Active, Former };
    QString text;                       // words matched against name, fractie, organisation, e-mail
    Status status = Status::All;
    std::optional<HolderRole> role;
    qint64 organisationId = 0;          // 0: all
    QString faction;                    // empty: all
    QDate today = currentDate(); // "active" is judged on this day
};

// The list's columns; the model names its columns by this enum (architecture rule 7).
enum class PersonColumn { Name, Role, Faction, Organisation, Start, End, Status, Count };

struct PersonRow
{
    qint64 id = 0;
    QString sortName;
    QString displayName;
    std::optional<HolderRole> role;
    QString faction;
    QString organisation;
    QDate start;
    QDate end;
    bool active = false;
};

struct OrganisationRef
{
    qint64 id = 0;
    QString name;
};

class PersonQuery
{
public:
    explicit PersonQuery(const QSqlDatabase &db) : m_db(db) {}

    int count(const PersonFilter &filter) const;
    std::vector<PersonRow> page(const PersonFilter &filter, PersonColumn sort, Qt::SortOrder order,
                                int offset, int limit) const;
    std::optional<Person> person(qint64 id) const;
    std::vector<Appointment> appointments(qint64 personId) const;
    std::optional<Appointment> appointment(qint64 id) const;
    QStringList factions() const;
    std::vector<OrganisationRef> organisations() const;

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
