#include "recordstore.h"

#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QDateTime>
#include <QSqlRecord>

namespace integriteit {

namespace {
const QStringList kBookkeeping{QStringLiteral("id"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
                               QStringLiteral("search_text")};
}

QString nowUtcText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant nullableDate(const QDate &date)
{
    return dateValue(date);
}

QVariant nullableCents(const std::optional<qint64> &cents)
{
    return cents ? QVariant(*cents) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

RecordStore::RecordStore(Database &database, QString table, QString entity, bool searchable)
    : m_database(database)
    , m_table(std::move(table))
    , m_entity(std::move(entity))
    , m_searchable(searchable)
{
}

std::optional<QVariantMap> RecordStore::load(qint64 id) const
{
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT * FROM %1 WHERE id = :id").arg(m_table));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    const QSqlRecord record = q.raw().record();
    QVariantMap map;
    for (int i = 0; i < record.count(); ++i)
        if (!kBookkeeping.contains(record.fieldName(i)) || record.fieldName(i) == QLatin1String("id"))
            map.insert(record.fieldName(i), record.value(i));
    return map;
}

qint64 RecordStore::insert(UnitOfWork &work, const QVariantMap &input, const QString &searchText, qint64 personId,
                           qint64 keepId)
{
    QVariantMap columns = input;
    columns.remove(QStringLiteral("id"));
    QStringList names = columns.keys();
    QStringList holders;
    for (const QString &name : names)
        holders << QLatin1Char(':') + name;
    names << QStringLiteral("id") << QStringLiteral("created_at") << QStringLiteral("updated_at");
    holders << QStringLiteral(":id") << QStringLiteral(":now") << QStringLiteral(":now");
    if (m_searchable) {
        names << QStringLiteral("search_text");
        holders << QStringLiteral(":search_text");
    }
    SqlQuery q(m_database.connection(),
               QStringLiteral("INSERT INTO %1(%2) VALUES (%3)").arg(m_table, names.join(QLatin1Char(',')),
                                                                    holders.join(QLatin1Char(','))),
               SqlQuery::Reuse::Yes);
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        q.bind(QLatin1Char(':') + it.key(), it.value());
    q.bind(QStringLiteral(":id"), keepId > 0 ? QVariant(keepId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":now"), nowUtcText());
    if (m_searchable)
        q.bind(QStringLiteral(":search_text"), searchText);
    q.exec();
    const qint64 id = keepId > 0 ? keepId : q.lastInsertId();
    columns.insert(QStringLiteral("id"), id);
    work.audit(m_entity, id, keepId > 0 ? QStringLiteral("restore") : QStringLiteral("create"), {}, toJson(columns),
               personId);
    return id;
}

void RecordStore::update(UnitOfWork &work, qint64 id, const QVariantMap &before, const QVariantMap &input,
                         const QString &searchText, qint64 personId, const QString &action)
{
    QVariantMap columns = input;
    columns.remove(QStringLiteral("id"));
    QStringList sets;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        sets << QStringLiteral("%1 = :%1").arg(it.key());
    sets << QStringLiteral("updated_at = :now");
    if (m_searchable)
        sets << QStringLiteral("search_text = :search_text");
    SqlQuery q(m_database.connection(),
               QStringLiteral("UPDATE %1 SET %2 WHERE id = :id").arg(m_table, sets.join(QLatin1Char(','))));
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        q.bind(QLatin1Char(':') + it.key(), it.value());
    q.bind(QStringLiteral(":now"), nowUtcText()).bind(QStringLiteral(":id"), id);
    if (m_searchable)
        q.bind(QStringLiteral(":search_text"), searchText);
    q.exec();
    columns.insert(QStringLiteral("id"), id);
    work.audit(m_entity, id, action, toJson(before), toJson(columns), personId);
}

void RecordStore::remove(UnitOfWork &work, qint64 id, const QVariantMap &before, qint64 personId)
{
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_table))
        .bind(QStringLiteral(":id"), id)
        .exec();
    work.audit(m_entity, id, QStringLiteral("remove"), toJson(before), {}, personId);
}

QJsonObject RecordStore::toJson(const QVariantMap &columns)
{
    QJsonObject o;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        o.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue::fromVariant(it.value()));
    return o;
}

} // namespace integriteit
