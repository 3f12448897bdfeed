#pragma once
// Office holders and their appointments: validation, rights (griffie keeps raad and commissie,
// secretarie keeps the college), one transaction with its audit row per action.

#include "persons/person.h"
#include "persons/personquery.h"
#include "storage/auditlog.h"

#include <QObject>
#include <vector>

namespace integriteit {

class Database;
class Session;

class PersonService : public QObject
{
    Q_OBJECT
public:
    PersonService(Database &database, const Session &session, QObject *parent = nullptr);

    // Reads: every logged-in user.
    Person person(qint64 id) const;
    std::vector<Appointment> appointments(qint64 personId) const;
    Appointment appointment(qint64 id) const;
    int count(const PersonFilter &filter) const;
    std::vector<PersonRow> page(const PersonFilter &filter, PersonColumn sort, Qt::SortOrder order, int offset,
                                int limit) const;
    QStringList factions() const;
    std::vector<OrganisationRef> organisations() const;
    std::vector<AuditEntry> history(qint64 personId) const;

    // Whether the logged-in user may change this person / an appointment for this role; the UI uses
    // these to enable buttons, the writes below check them again.
    bool mayEditPerson(qint64 personId) const;
    bool mayEditRole(HolderRole role) const;
    bool mayCreate() const;

    // Writes. Each is one unit of work with its audit row; throws Error.
    qint64 createPerson(const Person &person);
    void updatePerson(const Person &person);
    // Only a person without appointments can be removed (a mistaken entry); public record stays.
    void removePerson(qint64 id);
    // Puts back a removed person with his old id (undo).
    void restorePerson(const Person &person);

    qint64 addAppointment(const Appointment &appointment);
    void updateAppointment(const Appointment &appointment);
    void removeAppointment(qint64 id);
    void restoreAppointment(const Appointment &appointment);

Q_SIGNALS:
    // A person's own data or appointments changed (also emitted after undo).
    void personChanged(qint64 personId);
    // Persons were added or removed: lists re-query.
    void personsChanged();

private:
    void requireEdit(qint64 personId) const;
    void requireRole(HolderRole role) const;
    qint64 insertPerson(const Person &person, bool keepId);
    qint64 insertAppointment(const Appointment &appointment, bool keepId);
    // Recomputes the summary columns (latest appointment) and the search text of one person.
    void refreshSummary(qint64 personId);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
