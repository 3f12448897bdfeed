#include "invitationquery.h"

#include "common/dutchformat.h"
#include "registers/common/registersql.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
RegisterTable table()
{
    RegisterTable t;
    t.table = QStringLiteral("invitations");
    t.searchIndex = QStringLiteral("invitations_search");
    t.refDate = QStringLiteral("r.event_date");
    t.periodStart = QStringLiteral("r.event_date");
    t.periodEnd = QStringLiteral("r.event_date");
    t.activeSql = RegisterSql::personInOfficeSql();
    t.flagSql = InvitationQuery::needsDecisionSql();
    return t;
}

QString orderExpression(InvitationColumn column)
{
    switch (column) {
    case InvitationColumn::Person: return RecordPerson::nameOrder();
    case InvitationColumn::Role: return RecordPerson::roleOrder();
    case InvitationColumn::Faction: return RecordPerson::factionOrder();
    case InvitationColumn::Date: return QStringLiteral("r.event_date");
    case InvitationColumn::Host: return QStringLiteral("r.host COLLATE NOCASE");
    case InvitationColumn::Description: return QStringLiteral("r.description COLLATE NOCASE");
    case InvitationColumn::Kind: return QStringLiteral("r.kind");
    case InvitationColumn::Functional: return QStringLiteral("r.functional");
    case InvitationColumn::Accepted: return QStringLiteral("r.accepted");
    case InvitationColumn::Decision: return QStringLiteral("coalesce(r.decision, '')");
    case InvitationColumn::Count: break;
    }
    return QStringLiteral("r.event_date");
}
} // namespace

QString InvitationQuery::needsDecisionSql()
{
    return QStringLiteral("(r.kind IN ('excursie', 'evenement') AND r.decision IS NULL)");
}

int InvitationQuery::count(const RegisterFilter &filter) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.countSql());
    sql.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<InvitationRow> InvitationQuery::page(const RegisterFilter &filter, InvitationColumn sort,
                                                 Qt::SortOrder order, int offset, int limit) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.pageSql(QStringLiteral("r.id, r.event_date, r.host, r.description, r.kind, r.functional, r.accepted, "
                                    "r.value_cents, r.decided_by, r.decision_date, r.decision, r.decision_notes, r.notes, %1")
                             .arg(RecordPerson::columns()),
                                 QStringLiteral("%1 %2, r.event_date, r.id").arg(orderExpression(sort), RegisterSql::direction(order)),
                                 false));
    sql.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<InvitationRow> rows;
    while (q.next()) {
        InvitationRow row;
        Invitation &i = row.invitation;
        i.id = q.value(0).toLongLong();
        i.eventDate = dutch::fromIso(q.value(1).toString());
        i.host = q.value(2).toString();
        i.description = q.value(3).toString();
        i.kind = invitationKindFromCode(q.value(4).toString()).value_or(InvitationKind::Other);
        i.functional = q.value(5).toBool();
        i.accepted = q.value(6).toBool();
        if (!q.value(7).isNull())
            i.value = Money::fromCents(q.value(7).toLongLong());
        i.decidedBy = decisionBodyFromCode(q.value(8).toString());
        i.decisionDate = dutch::fromIso(q.value(9).toString());
        i.decision = verdictFromCode(q.value(10).toString());
        i.decisionNotes = q.value(11).toString();
        i.notes = q.value(12).toString();
        row.person = RecordPerson::read(q, 13);
        i.personId = row.person.personId;
        row.needsDecision = i.needsPriorDecision() && !i.decision;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace integriteit
