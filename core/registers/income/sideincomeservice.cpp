#include "sideincomeservice.h"

#include "auth/session.h"
#include "common/error.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "registers/income/sideincomevalidator.h"
#include "registers/sidepositions/sideposition.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"
#include "common/currentdate.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SideIncomeService) };

const QString kTable = QStringLiteral("side_incomes");
const QString kEntity = QStringLiteral("side_income");

QDate referenceDate(const SideIncome &i)
{
    return std::min(QDate(i.year, 12, 31), currentDate());
}
} // namespace

SideIncomeService::SideIncomeService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

SideIncome SideIncomeService::income(qint64 id) const
{
    m_session.requireLogin();
    const auto columns = RecordStore(m_database, kTable, kEntity).load(id);
    if (!columns)
        throw Error::notFound(Tr::tr("This income record no longer exists."), QStringLiteral("side_income %1").arg(id));
    return SideIncome::fromColumns(*columns);
}

std::optional<SideIncome> SideIncomeService::incomeFor(qint64 positionId, int year) const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT id FROM side_incomes WHERE position_id = :p AND year = :y"),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":p"), positionId).bind(QStringLiteral(":y"), year).exec();
    if (!q.next())
        return std::nullopt;
    return income(q.value(0).toLongLong());
}

int SideIncomeService::count(const RegisterFilter &filter) const
{
    m_session.requireLogin();
    return SideIncomeQuery(m_database.connection()).count(filter);
}

std::vector<SideIncomeRow> SideIncomeService::page(const RegisterFilter &filter, SideIncomeColumn sort,
                                                   Qt::SortOrder order, int offset, int limit) const
{
    m_session.requireLogin();
    return SideIncomeQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

std::vector<AuditEntry> SideIncomeService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), kEntity, id);
}

SidePosition SideIncomeService::positionOf(const SideIncome &i) const
{
    const auto columns = RecordStore(m_database, QStringLiteral("side_positions"), QStringLiteral("side_position"))
                             .load(i.positionId);
    if (!columns)
        throw Error::validation(QStringLiteral("position"), Tr::tr("Side position: choose the side position."));
    return SidePosition::fromColumns(*columns);
}

void SideIncomeService::requireEdit(const SideIncome &i, const SidePosition &position) const
{
    RecordOwner(m_database.connection(), m_session).requireEdit(position.personId, referenceDate(i));
}

bool SideIncomeService::mayEdit(const SideIncome &i) const
{
    const auto columns = RecordStore(m_database, QStringLiteral("side_positions"), QStringLiteral("side_position"))
                             .load(i.positionId);
    return columns
        && RecordOwner(m_database.connection(), m_session)
               .mayEdit(columns->value(QStringLiteral("person_id")).toLongLong(), referenceDate(i));
}

qint64 SideIncomeService::insert(const SideIncome &input, bool keepId)
{
    SideIncome i = input;
    i.notes = i.notes.trimmed();
    m_session.requireLogin();
    const SidePosition position = positionOf(i);
    requireEdit(i, position);
    SideIncomeValidator::validate(i, position);
    SqlQuery dup(m_database.connection(), QStringLiteral("SELECT count(*) FROM side_incomes WHERE position_id = :p AND year = :y"),
                 SqlQuery::Reuse::Yes);
    dup.bind(QStringLiteral(":p"), i.positionId).bind(QStringLiteral(":y"), i.year).exec();
    if (dup.next() && dup.value(0).toInt() > 0)
        throw Error::validation(QStringLiteral("year"),
                                Tr::tr("Year: the income of %1 for this position is already recorded; change that record.")
                                    .arg(i.year));
    UnitOfWork work(m_database, m_session.actor());
    const qint64 id = RecordStore(m_database, kTable, kEntity)
                          .insert(work, i.columns(), QString(), position.personId, keepId ? i.id : 0);
    work.commit();
    Q_EMIT recordsChanged(position.personId);
    return id;
}

qint64 SideIncomeService::create(const SideIncome &income)
{
    return insert(income, false);
}

void SideIncomeService::restore(const SideIncome &i)
{
    if (RecordStore(m_database, kTable, kEntity).load(i.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This income record already exists."));
    insert(i, true);
}

void SideIncomeService::write(const SideIncome &before, const SideIncome &input, const QString &action)
{
    SideIncome i = input;
    i.notes = i.notes.trimmed();
    if (i.positionId != before.positionId || i.year != before.year)
        throw Error::validation(QStringLiteral("year"),
                                Tr::tr("Year: the position and year of an income record cannot change; remove it and "
                                       "record the income anew."));
    const SidePosition position = positionOf(i);
    requireEdit(before, position);
    SideIncomeValidator::validate(i, position);
    UnitOfWork work(m_database, m_session.actor());
    RecordStore(m_database, kTable, kEntity)
        .update(work, i.id, before.columns(), i.columns(), QString(), position.personId, action);
    work.commit();
    Q_EMIT recordChanged(i.id, position.personId);
}

void SideIncomeService::update(const SideIncome &i)
{
    write(income(i.id), i, QStringLiteral("update"));
}

void SideIncomeService::publish(qint64 id, const QDate &published)
{
    const SideIncome before = income(id);
    if (!published.isValid())
        throw Error::validation(QStringLiteral("published"), Tr::tr("Published: fill in the date."));
    SideIncome after = before;
    after.published = published;
    write(before, after, QStringLiteral("publish"));
}

void SideIncomeService::remove(qint64 id)
{
    const SideIncome before = income(id);
    const SidePosition position = positionOf(before);
    requireEdit(before, position);
    UnitOfWork work(m_database, m_session.actor());
    RecordStore(m_database, kTable, kEntity).remove(work, id, before.columns(), position.personId);
    work.commit();
    Q_EMIT recordsChanged(position.personId);
}

} // namespace integriteit
