#pragma once
// The write path every register shares: a record is a map of its table's columns (the same map is
// the audit row's before/after), inserted, updated or removed inside the caller's unit of work with
// one audit row that carries the person's id, so the person's history shows it.

#include <QJsonObject>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace integriteit {

class Database;
class UnitOfWork;

class RecordStore
{
public:
    // `searchable`: the table has a search_text column, written from the searchText arguments.
    RecordStore(Database &database, QString table, QString entity, bool searchable = false);

    std::optional<QVariantMap> load(qint64 id) const;
    // Inserts; `keepId` > 0 puts a removed record back under its old id (undo). Returns the id.
    qint64 insert(UnitOfWork &work, const QVariantMap &columns, const QString &searchText, qint64 personId,
                  qint64 keepId = 0);
    void update(UnitOfWork &work, qint64 id, const QVariantMap &before, const QVariantMap &after,
                const QString &searchText, qint64 personId, const QString &action = QStringLiteral("update"));
    void remove(UnitOfWork &work, qint64 id, const QVariantMap &before, qint64 personId);

    const QString &entity() const { return m_entity; }
    // Null values become JSON null, so the history shows "–" rather than 0 or "".
    static QJsonObject toJson(const QVariantMap &columns);

private:
    Database &m_database;
    QString m_table;
    QString m_entity;
    bool m_searchable = false;
};

// UTC time stamp text for created_at / updated_at.
QString nowUtcText();
// Column values for nullable fields.
QVariant nullableDate(const QDate &date);
QVariant nullableCents(const std::optional<qint64> &cents);
QVariant nullableText(const QString &text); // NULL for an empty text

} // namespace integriteit
