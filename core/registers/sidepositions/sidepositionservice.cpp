#include "sidepositionservice.h"

#include "auth/session.h"
#include "common/error.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "registers/sidepositions/sidepositionvalidator.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"
#include "common/currentdate.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SidePositionService) };

const QString kEntity = QStringLiteral("side_position");

SidePosition trimmed(SidePosition s)
{
    s.organisation = s.organisation.trimmed();
    s.description = s.description.trimmed();
    s.notes = s.notes.trimmed();
    return s;
}
} // namespace

SidePositionService::SidePositionService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

SidePosition SidePositionService::position(qint64 id) const
{
    m_session.requireLogin();
    const auto columns = RecordStore(m_database, QStringLiteral("side_positions"), kEntity, true).load(id);
    if (!columns)
        throw Error::notFound(Tr::tr("This side position no longer exists."), QStringLiteral("side_position %1").arg(id));
    return SidePosition::fromColumns(*columns);
}

int SidePositionService::count(const RegisterFilter &filter) const
{
    m_session.requireLogin();
    return SidePositionQuery(m_database.connection()).count(filter);
}

std::vector<SidePositionRow> SidePositionService::page(const RegisterFilter &filter, SidePositionColumn sort,
                                                       Qt::SortOrder order, int offset, int limit) const
{
    m_session.requireLogin();
    return SidePositionQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

std::vector<AuditEntry> SidePositionService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), kEntity, id);
}

bool SidePositionService::needsCollegeSteps(const SidePosition &s) const
{
    return s.lacksCollegeSteps()
        && RecordOwner(m_database.connection(), m_session).holdsCollegeOffice(s.personId, s.start, s.end);
}

QDate SidePositionService::referenceDate(const SidePosition &s) const
{
    return RecordOwner::periodReference(s.start, s.end, currentDate());
}

bool SidePositionService::mayEdit(const SidePosition &s) const
{
    return RecordOwner(m_database.connection(), m_session).mayEdit(s.personId, referenceDate(s));
}

qint64 SidePositionService::insert(const SidePosition &input, bool keepId)
{
    const RecordOwner owner(m_database.connection(), m_session);
    const SidePosition s = checkedForInsert(input, [&owner](qint64 personId, const QDate &date) {
        owner.requireEdit(personId, date);
    });
    UnitOfWork work(m_database, m_session.actor());
    const qint64 id = RecordStore(m_database, QStringLiteral("side_positions"), kEntity, true)
                          .insert(work, s.columns(), s.searchText(), s.personId, keepId ? s.id : 0);
    work.commit();
    Q_EMIT recordsChanged(s.personId);
    return id;
}

SidePosition SidePositionService::checkedForInsert(
    const SidePosition &input, const std::function<void(qint64 personId, const QDate &date)> &requireEdit) const
{
    const SidePosition s = trimmed(input);
    requireEdit(s.personId, referenceDate(s));
    SidePositionValidator::validate(s);
    return s;
}

qint64 SidePositionService::create(const SidePosition &position)
{
    return insert(position, false);
}

void SidePositionService::restore(const SidePosition &position)
{
    if (RecordStore(m_database, QStringLiteral("side_positions"), kEntity, true).load(position.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This side position already exists."));
    insert(position, true);
}

void SidePositionService::write(const SidePosition &before, const SidePosition &input, const QString &action)
{
    const SidePosition s = trimmed(input);
    const RecordOwner owner(m_database.connection(), m_session);
    owner.requireEdit(before.personId, referenceDate(before));
    if (s.personId != before.personId)
        throw Error::validation(QStringLiteral("person"), Tr::tr("Office holder: a side position cannot move to another person."));
    owner.requireEdit(s.personId, referenceDate(s));
    SidePositionValidator::validate(s);
    UnitOfWork work(m_database, m_session.actor());
    RecordStore(m_database, QStringLiteral("side_positions"), kEntity, true)
        .update(work, s.id, before.columns(), s.columns(), s.searchText(), s.personId, action);
    work.commit();
    Q_EMIT recordChanged(s.id, s.personId);
}

void SidePositionService::update(const SidePosition &s)
{
    write(position(s.id), s, QStringLiteral("update"));
}

void SidePositionService::end(qint64 id, const QDate &end)
{
    const SidePosition before = position(id);
    if (!end.isValid())
        throw Error::validation(QStringLiteral("end"), Tr::tr("End: fill in the date."));
    SidePosition after = before;
    after.end = end;
    write(before, after, QStringLiteral("end"));
}

void SidePositionService::remove(qint64 id)
{
    const SidePosition before = position(id);
    RecordOwner(m_database.connection(), m_session).requireEdit(before.personId, referenceDate(before));
    SqlQuery incomes(m_database.connection(), QStringLiteral("SELECT count(*) FROM side_incomes WHERE position_id = :id"),
                     SqlQuery::Reuse::Yes);
    incomes.bind(QStringLiteral(":id"), id).exec();
    if (incomes.next() && incomes.value(0).toInt() > 0)
        throw Error(Error::Kind::Conflict, Tr::tr("This side position has recorded income and stays on record. Remove "
                                                  "the income first if it was entered by mistake."));
    UnitOfWork work(m_database, m_session.actor());
    RecordStore(m_database, QStringLiteral("side_positions"), kEntity, true).remove(work, id, before.columns(), before.personId);
    work.commit();
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
