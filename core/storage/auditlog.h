#pragma once
// The audit trail: every write adds a row in the same transaction. Rows form a SHA-256 hash chain,
// so `integriteit check` can prove that nobody edited or removed a row afterwards.

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <vector>

namespace integriteit {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime atUtc;
    QString user;
    QString entity;
    qint64 entityId = 0;
    QString action;
    QJsonObject before;
    QJsonObject after;
    qint64 personId = 0; // the office holder the record concerns, 0 for none
};

class AuditLog
{
public:
    static void append(const QSqlDatabase &db, const QString &user, const QString &entity, qint64 entityId,
                       const QString &action, const QJsonObject &before, const QJsonObject &after,
                       qint64 personId);
    // The rows about one record, newest first.
    static std::vector<AuditEntry> history(const QSqlDatabase &db, const QString &entity, qint64 entityId,
                                           int limit = 500);
    // Everything recorded about one office holder and his records, newest first.
    static std::vector<AuditEntry> personHistory(const QSqlDatabase &db, qint64 personId, int limit = 500);
    // Recomputes the chain; returns the id of the first broken row, or 0 when the chain holds.
    static qint64 verifyChain(const QSqlDatabase &db);
    // For a writer that appends many rows in one transaction (the bulk import, BulkAudit): the
    // last row's hash, and the texts append() stores, so its rows chain and verify the same.
    static QString lastHash(const QSqlDatabase &db);
    static QString jsonText(const QJsonObject &object);
    static QString rowHash(const QString &previous, const QString &at, const QString &user, const QString &entity,
                           qint64 entityId, const QString &action, const QString &before, const QString &after,
                           qint64 personId);
    // Before/after as one readable line per changed field, for the history pane.
    static QStringList describeChanges(const AuditEntry &entry);
};

} // namespace integriteit
