#include "tripservice.h"

#include "registers/trips/tripvalidator.h"
#include "common/currentdate.h"

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::TripService) };

RecordWrites<Trip>::Spec spec(Database &database, const Session &session)
{
    RecordWrites<Trip>::Spec s;
    s.table = QStringLiteral("trips");
    s.entity = QStringLiteral("trip");
    s.referenceDate = [](const Trip &t) { return t.departure.isValid() ? t.departure : currentDate(); };
    s.validate = [database = &database, session = &session](const Trip &t) {
        const auto appointment = RecordOwner(database->connection(), *session).appointmentAt(t.personId, t.departure);
        TripValidator::validate(t, appointment ? appointment->office() : Office::Griffie);
    };
    s.normalize = [](Trip t) {
        for (QString *text : {&t.destination, &t.purpose, &t.policyReasons, &t.party, &t.thirdParty, &t.thirdPersons,
                              &t.decisionNotes, &t.conflictTestNotes, &t.notes})
            *text = text->trimmed();
        return t;
    };
    s.notFound = Tr::tr("This trip no longer exists.");
    s.exists = Tr::tr("This trip already exists.");
    s.otherPerson = Tr::tr("Office holder: a trip cannot move to another person.");
    return s;
}
} // namespace

TripService::TripService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_writes(database, session, spec(database, session))
{
}

Trip TripService::trip(qint64 id) const
{
    return m_writes.load(id);
}

int TripService::count(const RegisterFilter &filter) const
{
    m_session.requireLogin();
    return TripQuery(m_database.connection()).count(filter);
}

std::vector<TripRow> TripService::page(const RegisterFilter &filter, TripColumn sort, Qt::SortOrder order, int offset,
                                       int limit) const
{
    m_session.requireLogin();
    return TripQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

std::vector<AuditEntry> TripService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), QStringLiteral("trip"), id);
}

bool TripService::mayEdit(const Trip &trip) const
{
    return m_writes.mayEdit(trip);
}

qint64 TripService::create(const Trip &trip)
{
    const qint64 id = m_writes.insert(trip, false);
    Q_EMIT recordsChanged(trip.personId);
    return id;
}

void TripService::restore(const Trip &trip)
{
    m_writes.insert(trip, true);
    Q_EMIT recordsChanged(trip.personId);
}

void TripService::change(const Trip &before, const Trip &after, const QString &action)
{
    const Trip written = m_writes.write(before, after, action);
    Q_EMIT recordChanged(written.id, written.personId);
}

void TripService::update(const Trip &trip)
{
    change(m_writes.load(trip.id), trip, QStringLiteral("update"));
}

void TripService::recordConflictTest(qint64 id, const QDate &date, const QString &outcome)
{
    const Trip before = m_writes.load(id);
    Trip after = before;
    after.conflictTestDate = date;
    after.conflictTestNotes = outcome;
    change(before, after, QStringLiteral("conflict_test"));
}

void TripService::decide(qint64 id, Verdict verdict, DecisionBody decidedBy, const QDate &date, const QString &notes)
{
    const Trip before = m_writes.load(id);
    Trip after = before;
    after.decision = verdict;
    after.decidedBy = decidedBy;
    after.decisionDate = date;
    after.decisionNotes = notes;
    change(before, after, QStringLiteral("decide"));
}

void TripService::remove(qint64 id)
{
    const Trip before = m_writes.remove(id);
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
