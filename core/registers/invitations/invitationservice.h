#pragma once
// Uitnodigingen (GC 5.2): rights, rules, the prior decision on excursions and events, and one
// audited unit of work per action.

#include "registers/common/recordwrites.h"
#include "registers/invitations/invitationquery.h"
#include "storage/auditlog.h"

#include <QObject>

namespace integriteit {

class InvitationService : public QObject
{
    Q_OBJECT
public:
    InvitationService(Database &database, const Session &session, QObject *parent = nullptr);

    Invitation invitation(qint64 id) const;
    int count(const RegisterFilter &filter) const;
    std::vector<InvitationRow> page(const RegisterFilter &filter, InvitationColumn sort, Qt::SortOrder order,
                                    int offset, int limit) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(const Invitation &invitation) const;

    qint64 create(const Invitation &invitation);
    void update(const Invitation &invitation);
    // Records the decision of the seniorenconvent or college.
    void decide(qint64 id, Verdict verdict, DecisionBody decidedBy, const QDate &date, const QString &notes = {});
    void remove(qint64 id);
    void restore(const Invitation &invitation);

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);

private:
    Database &m_database;
    const Session &m_session;
    RecordWrites<Invitation> m_writes;
};

} // namespace integriteit
