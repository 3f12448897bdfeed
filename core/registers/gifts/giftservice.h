#pragma once
// Geschenken (GC 5.1): the register of gifts with their destination, kept by the griffier
// respectievelijk the secretaris (GC 5.1.6). Rights, rules and one audited unit of work per action.

#include "registers/common/recordwrites.h"
#include "registers/gifts/giftquery.h"
#include "storage/auditlog.h"

#include <QObject>

namespace integriteit {

class GiftService : public QObject
{
    Q_OBJECT
public:
    GiftService(Database &database, const Session &session, QObject *parent = nullptr);

    Gift gift(qint64 id) const;
    int count(const RegisterFilter &filter) const;
    std::vector<GiftRow> page(const RegisterFilter &filter, GiftColumn sort, Qt::SortOrder order, int offset,
                              int limit) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(const Gift &gift) const;
    // Whether the gift's value exceeds the threshold of the year it was received.
    bool isAboveThreshold(const Gift &gift) const;

    qint64 create(const Gift &gift);
    void update(const Gift &gift);
    // Records the destination and who decided it, on `date`.
    void decide(qint64 id, GiftDestination destination, DecisionBody decidedBy, const QDate &date);
    void remove(qint64 id);
    void restore(const Gift &gift);

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);

private:
    Database &m_database;
    const Session &m_session;
    RecordWrites<Gift> m_writes;
};

} // namespace integriteit
