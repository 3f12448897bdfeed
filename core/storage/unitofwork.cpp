#include "unitofwork.h"

#include "common/error.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::UnitOfWork) };
}

UnitOfWork::UnitOfWork(Database &database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{
    if (m_database.m_depth == 0) {
        m_database.ensureVerified(); // nothing is written before a deferred quick_check said "ok"
        SqlQuery::run(m_database.connection(), QStringLiteral("BEGIN IMMEDIATE"));
        m_outer = true;
        m_database.m_rollbackOnly = false;
    }
    ++m_database.m_depth;
}

UnitOfWork::~UnitOfWork()
{
    if (m_done)
        return;
    --m_database.m_depth;
    if (m_outer) {
        QSqlQuery rollback(m_database.connection());
        rollback.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails
    } else {
        m_database.m_rollbackOnly = true;
    }
}

void UnitOfWork::audit(const QString &entity, qint64 entityId, const QString &action,
                       const QJsonObject &before, const QJsonObject &after, qint64 personId)
{
    AuditLog::append(m_database.connection(), m_actor, entity, entityId, action, before, after, personId);
}

void UnitOfWork::commit()
{
    if (m_done)
        return;
    if (!m_outer) {
        --m_database.m_depth;
        m_done = true;
        return;
    }
    if (m_database.m_rollbackOnly)
        throw Error::storage(Tr::tr("The action was not completed; nothing was saved."),
                             QStringLiteral("inner unit of work abandoned"));
    QSqlQuery commitQuery(m_database.connection());
    if (!commitQuery.exec(QStringLiteral("COMMIT"))) {
        // The destructor rolls back; the caller shows the message and keeps the user's edit.
        throw Error::storage(Tr::tr("The database refused to save the change. Nothing was saved; "
                                    "your input is still there."),
                             commitQuery.lastError().text());
    }
    --m_database.m_depth;
    m_done = true;
}

} // namespace integriteit
