#pragma once
// Dienstreizen (GC 6): rights, rules, the prior permission and the conflict-of-interest test, one
// audited unit of work per action.

#include "registers/common/recordwrites.h"
#include "registers/trips/tripquery.h"
#include "storage/auditlog.h"

#include <QObject>

namespace integriteit {

class TripService : public QObject
{
    Q_OBJECT
public:
    TripService(Database &database, const Session &session, QObject *parent = nullptr);

    Trip trip(qint64 id) const;
    int count(const RegisterFilter &filter) const;
    std::vector<TripRow> page(const RegisterFilter &filter, TripColumn sort, Qt::SortOrder order, int offset,
                              int limit) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(const Trip &trip) const;

    qint64 create(const Trip &trip);
    void update(const Trip &trip);
    // Records the conflict-of-interest test (GC 6.4).
    void recordConflictTest(qint64 id, const QDate &date, const QString &outcome);
    // Records the permission or refusal of the college or seniorenconvent.
    void decide(qint64 id, Verdict verdict, DecisionBody decidedBy, const QDate &date, const QString &notes = {});
    void remove(qint64 id);
    void restore(const Trip &trip);

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);

private:
    void change(const Trip &before, const Trip &after, const QString &action);

    Database &m_database;
    const Session &m_session;
    RecordWrites<Trip> m_writes;
};

} // namespace integriteit
