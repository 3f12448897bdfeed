#pragma once
// Appends audit rows for many records inside one unit of work, as AuditLog::append() would write
// them one by one (same columns, JSON text and SHA-256 chain), but with one prepared statement and
// the previous hash kept in memory instead of read back for every row. Only valid while the
// caller's transaction (BEGIN IMMEDIATE) keeps every other writer out.

#include "storage/sqlitestatement.h"

#include <QJsonObject>
#include <QString>

namespace integriteit {

class UnitOfWork;

class BulkAudit
{
public:
    explicit BulkAudit(UnitOfWork &work);

    // `at` is the UTC time stamp text (Qt::ISODateWithMs), as append() takes it from the clock.
    void append(const QString &at, const QString &entity, qint64 entityId, const QString &action,
                const QJsonObject &before, const QJsonObject &after, qint64 personId);
    // The same with before and after already as AuditLog::jsonText() writes them.
    void appendText(const QString &at, const QString &entity, qint64 entityId, const QString &action,
                    const QString &beforeText, const QString &afterText, qint64 personId);

private:
    QString m_user;
    QString m_previous;
    SqliteStatement m_insert;
};

} // namespace integriteit
