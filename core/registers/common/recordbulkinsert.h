#pragma once
// The fast path of a CSV import into a one-table register: the same rights rule, validation and
// audit rows as the register's service writes one record at a time, for many records inside the
// importer's single unit of work. The persons and their appointments are read once per person and
// kept; the rights decision itself is RecordOwner's (pick() and decide()). The INSERT and the audit
// INSERT are prepared once with positional binds (SqliteStatement) and the audit chain's previous
// hash is kept in memory (BulkAudit). A larger page cache for the one big transaction keeps the
// indexes' pages in memory instead of spilling them to the WAL again and again; journaling and
// synchronous stay as they are.
//
// The table's search index (migration 0005) is filled in one statement at the end instead of by
// its insert trigger per row: FTS5 writes its pending terms to disk at every statement's
// savepoint, so a trigger per row made a new index segment per row (a third of the import's time).
// The trigger is dropped inside the import's transaction and created again, from its own text in
// the schema, by finish(); a rolled-back import rolls the drop back with everything else.

#include "persons/person.h"
#include "storage/bulkaudit.h"
#include "storage/sqlitestatement.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace integriteit {

class Session;
class UnitOfWork;

// RecordOwner::requireEdit over every person and appointment read in two queries up front (the
// import changes neither): same rule, same errors. An appointment holds the fields the rule reads.
class BulkOwnerCheck
{
public:
    BulkOwnerCheck(const QSqlDatabase &db, const Session &session);
    Appointment requireEdit(qint64 personId, const QDate &date) const;

private:
    const Session &m_session;
    std::unordered_map<qint64, std::vector<Appointment>> m_persons; // every person, with or without
};

// One record as the service would insert it: the table's columns (Record::columns()), its search
// text and the office holder it concerns.
struct BulkRecord
{
    qint64 personId = 0;
    QVariantMap columns;
    QString searchText;
};

using OwnerCheck = std::function<void(qint64 personId, const QDate &date)>;

struct RecordBulkSpec
{
    QString table;
    QString entity;
    bool searchable = true;
    // Turns one parsed row into the record the service inserts, with the service's own checks in
    // its order; `requireEdit` is the rights check. Throws Error as the service does.
    std::function<BulkRecord(const QVariantMap &values, const OwnerCheck &requireEdit)> prepare;
    // After the commit, once per office holder with new records: the service's change signal.
    std::function<void(qint64 personId)> changed;
};

class RecordBulkInsert
{
public:
    RecordBulkInsert(UnitOfWork &work, const Session &session, RecordBulkSpec spec);
    ~RecordBulkInsert();

    // Checks and inserts one row with its audit row; returns the new id. Nothing is written for a
    // row that is refused.
    qint64 insert(const QVariantMap &values);
    // Call before the importer's commit: fills the search index with the new records and restores
    // its trigger.
    void finish();
    // Call after the importer's commit.
    void announce() const;
    // AuditLog::jsonText(RecordStore::toJson(columns)), the same text, written directly when every
    // value is null, a bool, an integer or a text without characters JSON escapes.
    static QString auditJson(const QVariantMap &columns);

private:
    void prepareStatement(const QStringList &names);
    void deferSearchIndex();
    QString nowText();

    UnitOfWork &m_work;
    RecordBulkSpec m_spec;
    std::optional<qint64> m_cacheSize; // the connection's own, to restore afterwards
    BulkOwnerCheck m_owner;
    OwnerCheck m_check;
    BulkAudit m_audit;
    QStringList m_names;
    std::unique_ptr<SqliteStatement> m_insert;
    std::vector<qint64> m_persons;
    QString m_searchTriggerSql; // the dropped insert trigger's CREATE statement, until finish()
    qint64 m_idsAbove = 0;      // the highest id before the import
    qint64 m_nowMs = -1;
    qint64 m_nowDay = -1;
    QString m_now;
    QString m_today;
};

} // namespace integriteit
