#pragma once
// Nevenfuncties (GC 3): rights (the office of the person's appointment keeps the record), field
// rules, one unit of work with its audit row per action, and the GC 3.6 flag.

#include "registers/sidepositions/sidepositionquery.h"
#include "storage/auditlog.h"

#include <QObject>
#include <functional>
#include <vector>

namespace integriteit {

class Database;
class Session;

class SidePositionService : public QObject
{
    Q_OBJECT
public:
    SidePositionService(Database &database, const Session &session, QObject *parent = nullptr);

    // Reads: every logged-in user (the register is public).
    SidePosition position(qint64 id) const;
    int count(const RegisterFilter &filter) const;
    std::vector<SidePositionRow> page(const RegisterFilter &filter, SidePositionColumn sort, Qt::SortOrder order,
                                      int offset, int limit) const;
    std::vector<AuditEntry> history(qint64 id) const;
    // GC 3.6: a personal position of a wethouder or burgemeester without both dates.
    bool needsCollegeSteps(const SidePosition &position) const;

    // Whether the logged-in user keeps this record (for enabling buttons; writes check again).
    bool mayEdit(const SidePosition &position) const;

    // Writes: each one unit of work with its audit row; throw Error.
    qint64 create(const SidePosition &position);
    void update(const SidePosition &position);
    // Ends a running position on `end`.
    void end(qint64 id, const QDate &end);
    // A position with recorded income cannot be removed (remove the income first).
    void remove(qint64 id);
    // Puts a removed position back under its old id (undo).
    void restore(const SidePosition &position);

    // The record create() inserts, after its checks in its order; `requireEdit` is the rights check
    // (RecordOwner's here, the CSV bulk import's in-memory one that applies the same rule).
    SidePosition checkedForInsert(const SidePosition &position,
                                  const std::function<void(qint64 personId, const QDate &date)> &requireEdit) const;

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    // A record was added or removed: lists re-query.
    void recordsChanged(qint64 personId);

private:
    qint64 insert(const SidePosition &position, bool keepId);
    void write(const SidePosition &before, const SidePosition &after, const QString &action);
    QDate referenceDate(const SidePosition &position) const;

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
