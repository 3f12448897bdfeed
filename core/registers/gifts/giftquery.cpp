#include "giftquery.h"

#include "common/dutchformat.h"
#include "registers/common/registersql.h"
#include "registers/gifts/giftthresholds.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
RegisterTable table()
{
    RegisterTable t;
    t.table = QStringLiteral("gifts");
    t.searchIndex = QStringLiteral("gifts_search");
    t.refDate = QStringLiteral("r.received_date");
    t.periodStart = QStringLiteral("r.received_date");
    t.periodEnd = QStringLiteral("r.received_date");
    t.activeSql = RegisterSql::personInOfficeSql();
    t.flagSql = GiftQuery::needsDestinationSql() + QStringLiteral(" OR ") + GiftQuery::needsBodyDecisionSql();
    return t;
}

QString orderExpression(GiftColumn column)
{
    switch (column) {
    case GiftColumn::Person: return RecordPerson::nameOrder();
    case GiftColumn::Role: return RecordPerson::roleOrder();
    case GiftColumn::Faction: return RecordPerson::factionOrder();
    case GiftColumn::Received: return QStringLiteral("r.received_date");
    case GiftColumn::Giver: return QStringLiteral("r.giver COLLATE NOCASE");
    case GiftColumn::Description: return QStringLiteral("r.description COLLATE NOCASE");
    case GiftColumn::Value: return QStringLiteral("r.value_cents");
    case GiftColumn::AtHome: return QStringLiteral("r.received_at_home");
    case GiftColumn::Destination: return QStringLiteral("coalesce(r.destination, '')");
    case GiftColumn::DecidedBy: return QStringLiteral("coalesce(r.decided_by, '')");
    case GiftColumn::Count: break;
    }
    return QStringLiteral("r.received_date");
}
} // namespace

QString GiftQuery::needsDestinationSql()
{
    return QStringLiteral("(r.destination IS NULL AND r.value_cents > %1)")
        .arg(GiftThresholds::thresholdSql(QStringLiteral("r.received_date")));
}

QString GiftQuery::needsBodyDecisionSql()
{
    return QStringLiteral("(r.received_at_home = 1 AND r.destination IS NULL)");
}

int GiftQuery::count(const RegisterFilter &filter) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.countSql());
    sql.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<GiftRow> GiftQuery::page(const RegisterFilter &filter, GiftColumn sort, Qt::SortOrder order, int offset,
                                     int limit) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.pageSql(QStringLiteral("r.id, r.received_date, r.giver, r.description, r.value_cents, r.occasion, "
                                    "r.received_at_home, r.reported_date, r.destination, r.decided_by, r.decision_date, "
                                    "r.notes, %1 AS threshold, %2")
                             .arg(GiftThresholds::thresholdSql(QStringLiteral("r.received_date")), RecordPerson::columns()),
                                 QStringLiteral("%1 %2, r.received_date, r.id").arg(orderExpression(sort), RegisterSql::direction(order)),
                                 false));
    sql.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<GiftRow> rows;
    while (q.next()) {
        GiftRow row;
        Gift &g = row.gift;
        g.id = q.value(0).toLongLong();
        g.received = dutch::fromIso(q.value(1).toString());
        g.giver = q.value(2).toString();
        g.description = q.value(3).toString();
        g.value = Money::fromCents(q.value(4).toLongLong());
        g.occasion = q.value(5).toString();
        g.receivedAtHome = q.value(6).toBool();
        g.reported = dutch::fromIso(q.value(7).toString());
        g.destination = giftDestinationFromCode(q.value(8).toString());
        g.decidedBy = decisionBodyFromCode(q.value(9).toString());
        g.decisionDate = dutch::fromIso(q.value(10).toString());
        g.notes = q.value(11).toString();
        row.threshold = Money::fromCents(q.value(12).toLongLong());
        row.person = RecordPerson::read(q, 13);
        g.personId = row.person.personId;
        row.aboveThreshold = g.value > row.threshold;
        row.needsDestination = row.aboveThreshold && !g.destination;
        row.needsBodyDecision = g.receivedAtHome && !g.destination;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace integriteit
