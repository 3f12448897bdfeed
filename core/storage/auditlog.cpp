#include "auditlog.h"

#include "storage/sqlquery.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

namespace integriteit {

namespace {
QString compact(const QJsonObject &object)
{
    return object.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString chainHash(const QString &previous, const QString &at, const QString &user, const QString &entity,
                  qint64 id, const QString &action, const QString &before, const QString &after, qint64 personId)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QChar sep(0x1F); // unit separator: cannot occur in our JSON or names
    const QString material = QStringList{previous, at, user, entity, QString::number(id), action, before, after,
                                             QString::number(personId)}
                                 .join(sep);
    hash.addData(material.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

void AuditLog::append(const QSqlDatabase &db, const QString &user, const QString &entity, qint64 entityId,
                      const QString &action, const QJsonObject &before, const QJsonObject &after,
                      qint64 personId)
{
    // Reused statements: an import appends one row per record.
    SqlQuery last(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1"), SqlQuery::Reuse::Yes);
    last.exec();
    const QString previous = last.next() ? last.value(0).toString() : QString();
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString beforeText = compact(before);
    const QString afterText = compact(after);
    SqlQuery(db, QStringLiteral(
        "INSERT INTO audit_log(at_utc, user_name, entity, entity_id, action, before_json, after_json, person_id, "
        "prev_hash, hash) VALUES (:at, :user, :entity, :id, :action, :before, :after, :person, :prev, :hash)"),
             SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":at"), at)
        .bind(QStringLiteral(":user"), user)
        .bind(QStringLiteral(":entity"), entity)
        .bind(QStringLiteral(":id"), entityId)
        .bind(QStringLiteral(":action"), action)
        .bind(QStringLiteral(":before"), beforeText)
        .bind(QStringLiteral(":after"), afterText)
        .bind(QStringLiteral(":person"), personId > 0 ? QVariant(personId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":prev"), previous)
        .bind(QStringLiteral(":hash"),
              chainHash(previous, at, user, entity, entityId, action, beforeText, afterText, personId))
        .exec();
}

namespace {
const char *const kColumns = "SELECT id, at_utc, user_name, entity, entity_id, action, before_json, after_json, "
                             "person_id FROM audit_log ";

std::vector<AuditEntry> readEntries(SqlQuery &q)
{
    q.exec();
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.atUtc = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.atUtc.setTimeSpec(Qt::UTC);
        e.user = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.entityId = q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.before = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.after = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.personId = q.value(8).toLongLong();
        entries.push_back(std::move(e));
    }
    return entries;
}
} // namespace

std::vector<AuditEntry> AuditLog::history(const QSqlDatabase &db, const QString &entity, qint64 entityId, int limit)
{
    SqlQuery q(db, QLatin1String(kColumns)
                       + QLatin1String("WHERE entity = :entity AND entity_id = :id ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":entity"), entity).bind(QStringLiteral(":id"), entityId).bind(QStringLiteral(":limit"), limit);
    return readEntries(q);
}

std::vector<AuditEntry> AuditLog::personHistory(const QSqlDatabase &db, qint64 personId, int limit)
{
    SqlQuery q(db, QLatin1String(kColumns) + QLatin1String("WHERE person_id = :id ORDER BY id DESC LIMIT :limit"));
    q.bind(QStringLiteral(":id"), personId).bind(QStringLiteral(":limit"), limit);
    return readEntries(q);
}

qint64 AuditLog::verifyChain(const QSqlDatabase &db)
{
    SqlQuery q(db, QStringLiteral(
        "SELECT id, at_utc, user_name, entity, entity_id, action, before_json, after_json, prev_hash, hash, "
        "person_id FROM audit_log ORDER BY id"));
    q.exec();
    QString previous;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString expected = chainHash(previous, q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString(),
                                           q.value(6).toString(), q.value(7).toString(), q.value(10).toLongLong());
        if (q.value(8).toString() != previous || q.value(9).toString() != expected)
            return id;
        previous = expected;
    }
    return 0;
}

QString AuditLog::lastHash(const QSqlDatabase &db)
{
    return SqlQuery::scalar(db, QStringLiteral("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
}

QString AuditLog::jsonText(const QJsonObject &object)
{
    return compact(object);
}

QString AuditLog::rowHash(const QString &previous, const QString &at, const QString &user, const QString &entity,
                          qint64 entityId, const QString &action, const QString &before, const QString &after,
                          qint64 personId)
{
    return chainHash(previous, at, user, entity, entityId, action, before, after, personId);
}

QStringList AuditLog::describeChanges(const AuditEntry &entry)
{
    QStringList keys = entry.after.keys() + entry.before.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList lines;
    for (const QString &key : keys) {
        const QJsonValue was = entry.before.value(key);
        const QJsonValue now = entry.after.value(key);
        if (was == now)
            continue;
        const auto text = [](const QJsonValue &v) {
            return v.isUndefined() || v.isNull() ? QStringLiteral("–") : v.toVariant().toString();
        };
        lines << QStringLiteral("%1: %2 → %3").arg(key, text(was), text(now));
    }
    return lines;
}

} // namespace integriteit
