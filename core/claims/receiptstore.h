#pragma once
// The attachments table: receipts of claim lines and card payments. Writes run inside the caller's
// unit of work; the caller audits them with the record they belong to.

#include "claims/receipt.h"

#include <QSqlDatabase>
#include <optional>

namespace integriteit {

class ReceiptStore
{
public:
    explicit ReceiptStore(const QSqlDatabase &db) : m_db(db) {}

    // Returns the id; `keepId` > 0 puts a removed receipt back under its old id (undo).
    qint64 insert(const Receipt &receipt, qint64 keepId = 0);
    // With or without the bytes (lists need only the name and size).
    std::optional<Receipt> load(qint64 id, bool withData) const;
    void remove(qint64 id);

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
