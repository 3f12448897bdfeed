#include "giftservice.h"

#include "registers/gifts/giftthresholds.h"
#include "registers/gifts/giftvalidator.h"
#include "common/currentdate.h"

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::GiftService) };

RecordWrites<Gift>::Spec spec(Database &database, const Session &session)
{
    RecordWrites<Gift>::Spec s;
    s.table = QStringLiteral("gifts");
    s.entity = QStringLiteral("gift");
    s.referenceDate = [](const Gift &g) { return g.received.isValid() ? g.received : currentDate(); };
    s.validate = [database = &database, session = &session](const Gift &g) {
        const QSqlDatabase db = database->connection();
        const auto appointment = RecordOwner(db, *session).appointmentAt(g.personId, g.received);
        const Office office = appointment ? appointment->office() : Office::Griffie;
        GiftValidator::validate(g, GiftThresholds::thresholdFor(db, g.received.isValid() ? g.received.year() : 0), office);
    };
    s.normalize = [](Gift g) {
        g.giver = g.giver.trimmed();
        g.description = g.description.trimmed();
        g.occasion = g.occasion.trimmed();
        g.notes = g.notes.trimmed();
        return g;
    };
    s.notFound = Tr::tr("This gift no longer exists.");
    s.exists = Tr::tr("This gift already exists.");
    s.otherPerson = Tr::tr("Office holder: a gift cannot move to another person.");
    return s;
}
} // namespace

GiftService::GiftService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_writes(database, session, spec(database, session))
{
}

Gift GiftService::gift(qint64 id) const
{
    return m_writes.load(id);
}

int GiftService::count(const RegisterFilter &filter) const
{
    m_session.requireLogin();
    return GiftQuery(m_database.connection()).count(filter);
}

std::vector<GiftRow> GiftService::page(const RegisterFilter &filter, GiftColumn sort, Qt::SortOrder order, int offset,
                                       int limit) const
{
    m_session.requireLogin();
    return GiftQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

std::vector<AuditEntry> GiftService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), QStringLiteral("gift"), id);
}

bool GiftService::mayEdit(const Gift &gift) const
{
    return m_writes.mayEdit(gift);
}

bool GiftService::isAboveThreshold(const Gift &gift) const
{
    return gift.value > GiftThresholds::thresholdFor(m_database.connection(), gift.received.year());
}

qint64 GiftService::create(const Gift &gift)
{
    const qint64 id = m_writes.insert(gift, false);
    Q_EMIT recordsChanged(gift.personId);
    return id;
}

void GiftService::restore(const Gift &gift)
{
    m_writes.insert(gift, true);
    Q_EMIT recordsChanged(gift.personId);
}

void GiftService::update(const Gift &gift)
{
    const Gift written = m_writes.write(m_writes.load(gift.id), gift, QStringLiteral("update"));
    Q_EMIT recordChanged(written.id, written.personId);
}

void GiftService::decide(qint64 id, GiftDestination destination, DecisionBody decidedBy, const QDate &date)
{
    const Gift before = m_writes.load(id);
    Gift after = before;
    after.destination = destination;
    after.decidedBy = decidedBy;
    after.decisionDate = date;
    m_writes.write(before, after, QStringLiteral("decide"));
    Q_EMIT recordChanged(id, before.personId);
}

void GiftService::remove(qint64 id)
{
    const Gift before = m_writes.remove(id);
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
