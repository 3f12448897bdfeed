#include "invitationservice.h"

#include "registers/invitations/invitationvalidator.h"
#include "common/currentdate.h"

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::InvitationService) };

RecordWrites<Invitation>::Spec spec(Database &database, const Session &session)
{
    RecordWrites<Invitation>::Spec s;
    s.table = QStringLiteral("invitations");
    s.entity = QStringLiteral("invitation");
    s.referenceDate = [](const Invitation &i) { return i.eventDate.isValid() ? i.eventDate : currentDate(); };
    s.validate = [database = &database, session = &session](const Invitation &i) {
        const auto appointment = RecordOwner(database->connection(), *session).appointmentAt(i.personId, i.eventDate);
        InvitationValidator::validate(i, appointment ? appointment->office() : Office::Griffie);
    };
    s.normalize = [](Invitation i) {
        i.host = i.host.trimmed();
        i.description = i.description.trimmed();
        i.decisionNotes = i.decisionNotes.trimmed();
        i.notes = i.notes.trimmed();
        return i;
    };
    s.notFound = Tr::tr("This invitation no longer exists.");
    s.exists = Tr::tr("This invitation already exists.");
    s.otherPerson = Tr::tr("Office holder: an invitation cannot move to another person.");
    return s;
}
} // namespace

InvitationService::InvitationService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_writes(database, session, spec(database, session))
{
}

Invitation InvitationService::invitation(qint64 id) const
{
    return m_writes.load(id);
}

int InvitationService::count(const RegisterFilter &filter) const
{
    m_session.requireLogin();
    return InvitationQuery(m_database.connection()).count(filter);
}

std::vector<InvitationRow> InvitationService::page(const RegisterFilter &filter, InvitationColumn sort,
                                                   Qt::SortOrder order, int offset, int limit) const
{
    m_session.requireLogin();
    return InvitationQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

std::vector<AuditEntry> InvitationService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), QStringLiteral("invitation"), id);
}

bool InvitationService::mayEdit(const Invitation &invitation) const
{
    return m_writes.mayEdit(invitation);
}

qint64 InvitationService::create(const Invitation &invitation)
{
    const qint64 id = m_writes.insert(invitation, false);
    Q_EMIT recordsChanged(invitation.personId);
    return id;
}

void InvitationService::restore(const Invitation &invitation)
{
    m_writes.insert(invitation, true);
    Q_EMIT recordsChanged(invitation.personId);
}

void InvitationService::update(const Invitation &invitation)
{
    const Invitation written = m_writes.write(m_writes.load(invitation.id), invitation, QStringLiteral("update"));
    Q_EMIT recordChanged(written.id, written.personId);
}

void InvitationService::decide(qint64 id, Verdict verdict, DecisionBody decidedBy, const QDate &date,
                               const QString &notes)
{
    const Invitation before = m_writes.load(id);
    Invitation after = before;
    after.decision = verdict;
    after.decidedBy = decidedBy;
    after.decisionDate = date;
    after.decisionNotes = notes;
    if (verdict == Verdict::Refused)
        after.accepted = false;
    m_writes.write(before, after, QStringLiteral("decide"));
    Q_EMIT recordChanged(id, before.personId);
}

void InvitationService::remove(qint64 id)
{
    const Invitation before = m_writes.remove(id);
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
