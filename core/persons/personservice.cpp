#include "personservice.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/textsearch.h"
#include "persons/personvalidator.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QDateTime>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::PersonService) };

const QString kPerson = QStringLiteral("person");
const QString kAppointment = QStringLiteral("appointment");

QString now() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }

QString genderCode(Gender g)
{
    return g == Gender::Male ? QStringLiteral("m") : g == Gender::Female ? QStringLiteral("v") : QStringLiteral("x");
}

Person trimmed(Person p)
{
    p.initials = p.initials.trimmed();
    p.firstName = p.firstName.trimmed();
    p.namePrefix = p.namePrefix.trimmed();
    p.lastName = p.lastName.trimmed();
    p.email = p.email.trimmed();
    p.phone = p.phone.trimmed();
    return p;
}

void bindAppointment(SqlQuery &q, const Appointment &a)
{
    q.bind(QStringLiteral(":person"), a.personId)
        .bind(QStringLiteral(":org"), a.organisationId)
        .bind(QStringLiteral(":role"), holderRoleCode(a.role))
        .bind(QStringLiteral(":fraction"), a.role == HolderRole::Alderman ? QVariant(a.fractionPct) : QVariant(QMetaType(QMetaType::Int)))
        .bind(QStringLiteral(":deputy"), a.deputyChair)
        .bind(QStringLiteral(":leader"), a.groupLeader)
        .bind(QStringLiteral(":faction"), a.faction.trimmed())
        .bind(QStringLiteral(":start"), dateValue(a.start))
        .bind(QStringLiteral(":end"), dateValue(a.end))
        .bind(QStringLiteral(":reason"), a.endReason.trimmed())
        .bind(QStringLiteral(":oath"), dateValue(a.oathDate))
        .bind(QStringLiteral(":code"), dateValue(a.codeReceived))
        .bind(QStringLiteral(":protocol"), dateValue(a.protocolReceived))
        .bind(QStringLiteral(":screening"), dateValue(a.screeningDate))
        .bind(QStringLiteral(":screeningRef"), a.screeningReference.trimmed())
        .bind(QStringLiteral(":transitional"), a.transitionalSettlement);
}
} // namespace

PersonService::PersonService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

Person PersonService::person(qint64 id) const
{
    m_session.requireLogin();
    auto p = PersonQuery(m_database.connection()).person(id);
    if (!p)
        throw Error::notFound(Tr::tr("This office holder no longer exists."), QStringLiteral("person %1").arg(id));
    return *p;
}

std::vector<Appointment> PersonService::appointments(qint64 personId) const
{
    m_session.requireLogin();
    return PersonQuery(m_database.connection()).appointments(personId);
}

Appointment PersonService::appointment(qint64 id) const
{
    m_session.requireLogin();
    auto a = PersonQuery(m_database.connection()).appointment(id);
    if (!a)
        throw Error::notFound(Tr::tr("This appointment no longer exists."), QStringLiteral("appointment %1").arg(id));
    return *a;
}

int PersonService::count(const PersonFilter &filter) const
{
    m_session.requireLogin();
    return PersonQuery(m_database.connection()).count(filter);
}

std::vector<PersonRow> PersonService::page(const PersonFilter &filter, PersonColumn sort, Qt::SortOrder order,
                                           int offset, int limit) const
{
    m_session.requireLogin();
    return PersonQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

QStringList PersonService::factions() const
{
    m_session.requireLogin();
    return PersonQuery(m_database.connection()).factions();
}

std::vector<OrganisationRef> PersonService::organisations() const
{
    m_session.requireLogin();
    return PersonQuery(m_database.connection()).organisations();
}

std::vector<AuditEntry> PersonService::history(qint64 personId) const
{
    m_session.requireLogin();
    return AuditLog::personHistory(m_database.connection(), personId);
}

bool PersonService::mayCreate() const
{
    return m_session.administers(Office::Griffie) || m_session.administers(Office::Secretariat);
}

bool PersonService::mayEditRole(HolderRole role) const
{
    return m_session.administers(officeFor(role));
}

bool PersonService::mayEditPerson(qint64 personId) const
{
    // A person is kept by the office of any of his appointments; one without appointments by either.
    const auto list = PersonQuery(m_database.connection()).appointments(personId);
    if (list.empty())
        return mayCreate();
    for (const Appointment &a : list)
        if (m_session.administers(a.office()))
            return true;
    return false;
}

void PersonService::requireEdit(qint64 personId) const
{
    m_session.requireLogin();
    if (!mayEditPerson(personId))
        throw Error::permission(Tr::tr("You may not change this office holder: his records are kept by another office."));
}

void PersonService::requireRole(HolderRole role) const
{
    m_session.requireLogin();
    if (!mayEditRole(role))
        throw Error::permission(Tr::tr("You may not keep appointments as %1: those are kept by the %2.")
                                    .arg(holderRoleName(role).toLower(), officeName(officeFor(role)).toLower()));
}

qint64 PersonService::insertPerson(const Person &input, bool keepId)
{
    const Person p = trimmed(input);
    PersonValidator(m_database.connection()).validate(p);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery q(m_database.connection(), QStringLiteral(
        "INSERT INTO persons(id, initials, first_name, name_prefix, last_name, gender, email, phone, notes, "
        "sort_name, search_text, created_at, updated_at) VALUES (:id, :initials, :first, :prefix, :last, :gender, "
        ":email, :phone, :notes, :sort, :search, :at, :at)"));
    q.bind(QStringLiteral(":id"), keepId ? QVariant(p.id) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":initials"), p.initials)
        .bind(QStringLiteral(":first"), p.firstName)
        .bind(QStringLiteral(":prefix"), p.namePrefix)
        .bind(QStringLiteral(":last"), p.lastName)
        .bind(QStringLiteral(":gender"), genderCode(p.gender))
        .bind(QStringLiteral(":email"), p.email)
        .bind(QStringLiteral(":phone"), p.phone)
        .bind(QStringLiteral(":notes"), p.notes)
        .bind(QStringLiteral(":sort"), p.sortName())
        .bind(QStringLiteral(":search"), QString())
        .bind(QStringLiteral(":at"), now())
        .exec();
    const qint64 id = keepId ? p.id : q.lastInsertId();
    refreshSummary(id);
    work.audit(kPerson, id, keepId ? QStringLiteral("restore") : QStringLiteral("create"), {}, p.toJson(), id);
    work.commit();
    Q_EMIT personsChanged();
    return id;
}

qint64 PersonService::createPerson(const Person &person)
{
    m_session.requireLogin();
    if (!mayCreate())
        throw Error::permission(Tr::tr("You may not add office holders: that is done by the clerk's office or the secretariat."));
    return insertPerson(person, false);
}

void PersonService::restorePerson(const Person &person)
{
    if (!mayCreate())
        throw Error::permission(Tr::tr("You may not add office holders: that is done by the clerk's office or the secretariat."));
    if (PersonQuery(m_database.connection()).person(person.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This office holder already exists."));
    insertPerson(person, true);
}

void PersonService::updatePerson(const Person &input)
{
    requireEdit(input.id);
    const Person p = trimmed(input);
    const Person before = person(p.id);
    PersonValidator(m_database.connection()).validate(p);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral(
        "UPDATE persons SET initials = :initials, first_name = :first, name_prefix = :prefix, last_name = :last, "
        "gender = :gender, email = :email, phone = :phone, notes = :notes, sort_name = :sort, updated_at = :at "
        "WHERE id = :id"))
        .bind(QStringLiteral(":initials"), p.initials)
        .bind(QStringLiteral(":first"), p.firstName)
        .bind(QStringLiteral(":prefix"), p.namePrefix)
        .bind(QStringLiteral(":last"), p.lastName)
        .bind(QStringLiteral(":gender"), genderCode(p.gender))
        .bind(QStringLiteral(":email"), p.email)
        .bind(QStringLiteral(":phone"), p.phone)
        .bind(QStringLiteral(":notes"), p.notes)
        .bind(QStringLiteral(":sort"), p.sortName())
        .bind(QStringLiteral(":at"), now())
        .bind(QStringLiteral(":id"), p.id)
        .exec();
    refreshSummary(p.id);
    work.audit(kPerson, p.id, QStringLiteral("update"), before.toJson(), p.toJson(), p.id);
    work.commit();
    Q_EMIT personChanged(p.id);
}

void PersonService::removePerson(qint64 id)
{
    requireEdit(id);
    const Person before = person(id);
    if (!appointments(id).empty())
        throw Error(Error::Kind::Conflict,
                    Tr::tr("%1 has appointments and stays on record. Remove the appointments first if they were "
                           "entered by mistake.").arg(before.displayName()));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM persons WHERE id = :id"))
        .bind(QStringLiteral(":id"), id).exec();
    work.audit(kPerson, id, QStringLiteral("remove"), before.toJson(), {}, id);
    work.commit();
    Q_EMIT personsChanged();
}

qint64 PersonService::insertAppointment(const Appointment &a, bool keepId)
{
    // The role decides the office, not the person's earlier appointments: a raadslid who becomes
    // wethouder gets that appointment from the secretariat, which from then on keeps him as well.
    requireRole(a.role);
    PersonValidator(m_database.connection()).validate(a);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery q(m_database.connection(), QStringLiteral(
        "INSERT INTO appointments(id, person_id, organisation_id, role, fraction_pct, deputy_chair, group_leader, "
        "faction, start_date, end_date, end_reason, oath_date, code_received_date, protocol_received_date, "
        "screening_date, screening_reference, transitional_settlement) VALUES (:id, :person, :org, :role, :fraction, "
        ":deputy, :leader, :faction, :start, :end, :reason, :oath, :code, :protocol, :screening, :screeningRef, "
        ":transitional)"));
    q.bind(QStringLiteral(":id"), keepId ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)));
    bindAppointment(q, a);
    q.exec();
    const qint64 id = keepId ? a.id : q.lastInsertId();
    refreshSummary(a.personId);
    work.audit(kAppointment, id, keepId ? QStringLiteral("restore") : QStringLiteral("create"), {}, a.toJson(),
               a.personId);
    work.commit();
    Q_EMIT personChanged(a.personId);
    return id;
}

qint64 PersonService::addAppointment(const Appointment &appointment)
{
    return insertAppointment(appointment, false);
}

void PersonService::restoreAppointment(const Appointment &appointment)
{
    if (PersonQuery(m_database.connection()).appointment(appointment.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This appointment already exists."));
    insertAppointment(appointment, true);
}

void PersonService::updateAppointment(const Appointment &a)
{
    const Appointment before = appointment(a.id);
    requireRole(before.role);
    requireRole(a.role);
    if (before.personId != a.personId)
        throw Error::validation(QStringLiteral("person"), Tr::tr("An appointment cannot move to another person."));
    PersonValidator(m_database.connection()).validate(a);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery q(m_database.connection(), QStringLiteral(
        "UPDATE appointments SET person_id = :person, organisation_id = :org, role = :role, fraction_pct = :fraction, "
        "deputy_chair = :deputy, group_leader = :leader, faction = :faction, start_date = :start, end_date = :end, "
        "end_reason = :reason, oath_date = :oath, code_received_date = :code, protocol_received_date = :protocol, "
        "screening_date = :screening, screening_reference = :screeningRef, transitional_settlement = :transitional "
        "WHERE id = :id"));
    bindAppointment(q, a);
    q.bind(QStringLiteral(":id"), a.id).exec();
    refreshSummary(a.personId);
    work.audit(kAppointment, a.id, QStringLiteral("update"), before.toJson(), a.toJson(), a.personId);
    work.commit();
    Q_EMIT personChanged(a.personId);
}

void PersonService::removeAppointment(qint64 id)
{
    const Appointment before = appointment(id);
    requireRole(before.role);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM appointments WHERE id = :id"))
        .bind(QStringLiteral(":id"), id).exec();
    refreshSummary(before.personId);
    work.audit(kAppointment, id, QStringLiteral("remove"), before.toJson(), {}, before.personId);
    work.commit();
    Q_EMIT personChanged(before.personId);
}

void PersonService::refreshSummary(qint64 personId)
{
    const QSqlDatabase db = m_database.connection();
    // The one-row LEFT JOIN yields NULLs for a person without appointments, where a plain subquery
    // would yield no row and so a NULL latest_faction, which the column refuses.
    SqlQuery(db, QStringLiteral(
        "UPDATE persons SET (latest_role, latest_faction, latest_org_id, latest_start, latest_end) = "
        "(SELECT a.role, coalesce(a.faction, ''), a.organisation_id, a.start_date, a.end_date "
        " FROM (SELECT 1) AS one LEFT JOIN (SELECT * FROM appointments WHERE person_id = :id "
        "  ORDER BY (end_date IS NULL) DESC, coalesce(end_date, start_date) DESC, start_date DESC LIMIT 1) AS a) "
        "WHERE id = :id"))
        .bind(QStringLiteral(":id"), personId).exec();
    // The search text holds every name, party group and body the person is known by.
    SqlQuery q(db, QStringLiteral(
        "SELECT p.initials || ' ' || p.first_name || ' ' || p.name_prefix || ' ' || p.last_name || ' ' || p.email || ' ' || "
        "coalesce((SELECT group_concat(a.faction || ' ' || o.name || ' ' || a.role, ' ') FROM appointments a "
        "JOIN organisations o ON o.id = a.organisation_id WHERE a.person_id = p.id), '') FROM persons p WHERE p.id = :id"));
    q.bind(QStringLiteral(":id"), personId).exec();
    const QString text = q.next() ? textsearch::normalize(q.value(0).toString()) : QString();
    SqlQuery(db, QStringLiteral("UPDATE persons SET search_text = :text WHERE id = :id"))
        .bind(QStringLiteral(":text"), text).bind(QStringLiteral(":id"), personId).exec();
}

} // namespace integriteit
