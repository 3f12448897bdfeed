#include "bulkaudit.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

namespace integriteit {

BulkAudit::BulkAudit(UnitOfWork &work)
    : m_user(work.actor())
    , m_previous(AuditLog::lastHash(work.database().connection()))
    , m_insert(SqliteStatement::handle(work.database().connection()),
               QStringLiteral("INSERT INTO audit_log(at_utc, user_name, entity, entity_id, action, before_json, "
                              "after_json, person_id, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"))
{
}

void BulkAudit::append(const QString &at, const QString &entity, qint64 entityId, const QString &action,
                       const QJsonObject &before, const QJsonObject &after, qint64 personId)
{
    appendText(at, entity, entityId, action, AuditLog::jsonText(before), AuditLog::jsonText(after), personId);
}

void BulkAudit::appendText(const QString &at, const QString &entity, qint64 entityId, const QString &action,
                           const QString &beforeText, const QString &afterText, qint64 personId)
{
    QString hash = AuditLog::rowHash(m_previous, at, m_user, entity, entityId, action, beforeText, afterText, personId);
    m_insert.bindText(1, at);
    m_insert.bindText(2, m_user);
    m_insert.bindText(3, entity);
    m_insert.bindInt(4, entityId);
    m_insert.bindText(5, action);
    m_insert.bindText(6, beforeText);
    m_insert.bindText(7, afterText);
    if (personId > 0)
        m_insert.bindInt(8, personId);
    else
        m_insert.bindNull(8);
    m_insert.bindText(9, m_previous);
    m_insert.bindText(10, hash);
    m_insert.run();
    // Only once the row is in: a refused row leaves the chain where the database has it.
    m_previous = std::move(hash);
}

} // namespace integriteit
