#include "yearlyrecords.h"

#include "auth/session.h"
#include "common/error.h"
#include "registers/common/recordowner.h"
#include "storage/database.h"
#include "storage/unitofwork.h"
#include "common/currentdate.h"

#include <algorithm>

namespace integriteit {

YearlyRecords::YearlyRecords(Database &database, const Session &session, QString table, QString entity)
    : m_database(database)
    , m_session(session)
    , m_store(database, std::move(table), std::move(entity))
{
}

QDate YearlyRecords::referenceDate(int year)
{
    return std::min(QDate(year, 12, 31), currentDate());
}

bool YearlyRecords::mayEdit(qint64 personId, int year) const
{
    return RecordOwner(m_database.connection(), m_session).mayEdit(personId, referenceDate(year));
}

void YearlyRecords::requireEdit(qint64 personId, int year) const
{
    RecordOwner(m_database.connection(), m_session).requireEdit(personId, referenceDate(year));
}

bool YearlyRecords::exists(qint64 id) const
{
    return m_store.load(id).has_value();
}

qint64 YearlyRecords::insert(const QVariantMap &columns, qint64 personId, bool taken, const QString &takenMessage,
                             qint64 keepId)
{
    if (taken)
        throw Error::validation(QStringLiteral("year"), takenMessage);
    UnitOfWork work(m_database, m_session.actor());
    const qint64 id = m_store.insert(work, columns, QString(), personId, keepId);
    work.commit();
    return id;
}

void YearlyRecords::update(qint64 id, const QVariantMap &before, const QVariantMap &after, qint64 personId)
{
    UnitOfWork work(m_database, m_session.actor());
    m_store.update(work, id, before, after, QString(), personId);
    work.commit();
}

void YearlyRecords::remove(qint64 id, const QVariantMap &before, qint64 personId)
{
    UnitOfWork work(m_database, m_session.actor());
    m_store.remove(work, id, before, personId);
    work.commit();
}

} // namespace integriteit
