#pragma once
// Read side of the uitnodigingen.

#include "registers/common/registerfilter.h"
#include "registers/invitations/invitation.h"

#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class InvitationQuery
{
public:
    explicit InvitationQuery(const QSqlDatabase &db) : m_db(db) {}

    int count(const RegisterFilter &filter) const;
    std::vector<InvitationRow> page(const RegisterFilter &filter, InvitationColumn sort, Qt::SortOrder order,
                                    int offset, int limit) const;
    // Condition on alias r: an excursion or event without a decision (GC 5.2.2).
    static QString needsDecisionSql();

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
