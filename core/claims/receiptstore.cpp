#include "receiptstore.h"

#include "registers/common/recordstore.h"
#include "storage/sqlquery.h"

namespace integriteit {

qint64 ReceiptStore::insert(const Receipt &r, qint64 keepId)
{
    SqlQuery q(m_db, QStringLiteral("INSERT INTO attachments(id, sha256, file_name, mime_type, size_bytes, data, created_at) "
                                    "VALUES (:id, :sha, :name, :mime, :size, :data, :at)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), keepId > 0 ? QVariant(keepId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":sha"), r.sha256)
        .bind(QStringLiteral(":name"), r.fileName)
        .bind(QStringLiteral(":mime"), r.mimeType)
        .bind(QStringLiteral(":size"), r.size)
        .bind(QStringLiteral(":data"), r.data)
        .bind(QStringLiteral(":at"), r.createdAt.isValid() ? r.createdAt.toString(Qt::ISODateWithMs) : nowUtcText())
        .exec();
    return keepId > 0 ? keepId : q.lastInsertId();
}

std::optional<Receipt> ReceiptStore::load(qint64 id, bool withData) const
{
    // Two fixed texts, so each is prepared once per connection.
    SqlQuery q(m_db,
               withData ? QStringLiteral("SELECT id, sha256, file_name, mime_type, size_bytes, created_at, data "
                                         "FROM attachments WHERE id = :id")
                        : QStringLiteral("SELECT id, sha256, file_name, mime_type, size_bytes, created_at "
                                         "FROM attachments WHERE id = :id"),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    Receipt r;
    r.id = q.value(0).toLongLong();
    r.sha256 = q.value(1).toString();
    r.fileName = q.value(2).toString();
    r.mimeType = q.value(3).toString();
    r.size = q.value(4).toLongLong();
    r.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    r.createdAt.setTimeSpec(Qt::UTC);
    if (withData)
        r.data = q.value(6).toByteArray();
    return r;
}

void ReceiptStore::remove(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM attachments WHERE id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), id).exec();
}

} // namespace integriteit
