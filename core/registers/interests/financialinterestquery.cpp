#include "financialinterestquery.h"

#include "common/dutchformat.h"
#include "registers/common/recordowner.h"
#include "registers/common/registersql.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
RegisterTable table()
{
    RegisterTable t;
    t.table = QStringLiteral("financial_interests");
    t.searchIndex = QStringLiteral("financial_interests_search");
    t.refDate = RecordOwner::periodReferenceSql(QStringLiteral("r.acquired_date"), QStringLiteral("r.end_date"));
    t.periodStart = QStringLiteral("r.acquired_date");
    t.periodEnd = QStringLiteral("r.end_date");
    t.activeSql = QStringLiteral("r.acquired_date <= :today AND (r.end_date IS NULL OR r.end_date >= :today)");
    t.flagSql = QStringLiteral("r.reported_date IS NULL");
    return t;
}

QString orderExpression(FinancialInterestColumn column)
{
    switch (column) {
    case FinancialInterestColumn::Person: return RecordPerson::nameOrder();
    case FinancialInterestColumn::Role: return RecordPerson::roleOrder();
    case FinancialInterestColumn::Faction: return RecordPerson::factionOrder();
    case FinancialInterestColumn::Organisation: return QStringLiteral("r.organisation COLLATE NOCASE");
    case FinancialInterestColumn::Kind: return QStringLiteral("r.kind");
    case FinancialInterestColumn::Description: return QStringLiteral("r.description COLLATE NOCASE");
    case FinancialInterestColumn::Acquired: return QStringLiteral("r.acquired_date");
    case FinancialInterestColumn::Reported: return QStringLiteral("coalesce(r.reported_date, '')");
    case FinancialInterestColumn::End: return QStringLiteral("coalesce(r.end_date, '9999-12-31')");
    case FinancialInterestColumn::Count: break;
    }
    return QStringLiteral("r.acquired_date");
}
} // namespace

int FinancialInterestQuery::count(const RegisterFilter &filter) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.countSql());
    sql.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<FinancialInterestRow> FinancialInterestQuery::page(const RegisterFilter &filter, FinancialInterestColumn sort,
                                                               Qt::SortOrder order, int offset, int limit) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.pageSql(QStringLiteral("r.id, r.organisation, r.kind, r.description, r.acquired_date, r.reported_date, "
                                    "r.end_date, r.notes, %1").arg(RecordPerson::columns()),
                                 QStringLiteral("%1 %2, p.sort_name COLLATE NOCASE, r.acquired_date, r.id").arg(orderExpression(sort), RegisterSql::direction(order)),
                                 false));
    sql.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<FinancialInterestRow> rows;
    while (q.next()) {
        FinancialInterestRow row;
        FinancialInterest &f = row.interest;
        f.id = q.value(0).toLongLong();
        f.organisation = q.value(1).toString();
        f.kind = interestKindFromCode(q.value(2).toString()).value_or(InterestKind::Other);
        f.description = q.value(3).toString();
        f.acquired = dutch::fromIso(q.value(4).toString());
        f.reported = dutch::fromIso(q.value(5).toString());
        f.end = dutch::fromIso(q.value(6).toString());
        f.notes = q.value(7).toString();
        row.person = RecordPerson::read(q, 8);
        f.personId = row.person.personId;
        row.active = f.isActiveOn(filter.today);
        row.unreported = !f.reported.isValid();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace integriteit
