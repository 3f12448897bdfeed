#include "sidepositionquery.h"

#include "common/dutchformat.h"
#include "registers/common/recordowner.h"
#include "registers/common/registersql.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
RegisterTable table()
{
    RegisterTable t;
    t.table = QStringLiteral("side_positions");
    t.searchIndex = QStringLiteral("side_positions_search");
    t.refDate = RecordOwner::periodReferenceSql(QStringLiteral("r.start_date"), QStringLiteral("r.end_date"));
    t.periodStart = QStringLiteral("r.start_date");
    t.periodEnd = QStringLiteral("r.end_date");
    t.activeSql = QStringLiteral("r.start_date <= :today AND (r.end_date IS NULL OR r.end_date >= :today)");
    t.flagSql = SidePositionQuery::flagSql();
    return t;
}

QString orderExpression(SidePositionColumn column)
{
    switch (column) {
    case SidePositionColumn::Person: return RecordPerson::nameOrder();
    case SidePositionColumn::Role: return RecordPerson::roleOrder();
    case SidePositionColumn::Faction: return RecordPerson::factionOrder();
    case SidePositionColumn::Organisation: return QStringLiteral("r.organisation COLLATE NOCASE");
    case SidePositionColumn::Description: return QStringLiteral("r.description COLLATE NOCASE");
    case SidePositionColumn::ExOfficio: return QStringLiteral("r.ex_officio");
    case SidePositionColumn::Paid: return QStringLiteral("r.paid");
    case SidePositionColumn::Start: return QStringLiteral("r.start_date");
    case SidePositionColumn::End: return QStringLiteral("coalesce(r.end_date, '9999-12-31')");
    case SidePositionColumn::Reported: return QStringLiteral("coalesce(r.reported_date, '')");
    case SidePositionColumn::Flag: return QStringLiteral("flagged");
    case SidePositionColumn::Count: break;
    }
    return QStringLiteral("r.start_date");
}

// Ties go by name, except in the start date: there by the record's id, so that the index on
// (start_date, id) gives every page, however deep, without sorting all nevenfuncties.
QString orderBy(SidePositionColumn column, Qt::SortOrder order)
{
    const QString direction = RegisterSql::direction(order);
    if (column == SidePositionColumn::Start)
        return QStringLiteral("r.start_date %1, r.id %1").arg(direction);
    return QStringLiteral("%1 %2, p.sort_name COLLATE NOCASE, r.start_date, r.id").arg(orderExpression(column), direction);
}

const char *const kColumns = "r.id, r.person_id, r.organisation, r.description, r.ex_officio, r.paid, r.start_date, "
                             "r.end_date, r.reported_date, r.raad_notified_date, r.college_discussed_date, r.notes";

SidePosition readPosition(const SqlQuery &q)
{
    SidePosition s;
    s.id = q.value(0).toLongLong();
    s.personId = q.value(1).toLongLong();
    s.organisation = q.value(2).toString();
    s.description = q.value(3).toString();
    s.exOfficio = q.value(4).toBool();
    s.paid = q.value(5).toBool();
    s.start = dutch::fromIso(q.value(6).toString());
    s.end = dutch::fromIso(q.value(7).toString());
    s.reported = dutch::fromIso(q.value(8).toString());
    s.raadNotified = dutch::fromIso(q.value(9).toString());
    s.collegeDiscussed = dutch::fromIso(q.value(10).toString());
    s.notes = q.value(11).toString();
    return s;
}
} // namespace

QString SidePositionQuery::flagSql()
{
    return QStringLiteral("r.ex_officio = 0 AND (r.raad_notified_date IS NULL OR r.college_discussed_date IS NULL) AND ")
        + RecordOwner::collegeOfficeSql(QStringLiteral("r.person_id"), QStringLiteral("r.start_date"),
                                        QStringLiteral("r.end_date"));
}

int SidePositionQuery::count(const RegisterFilter &filter) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.countSql());
    sql.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<SidePositionRow> SidePositionQuery::page(const RegisterFilter &filter, SidePositionColumn sort,
                                                     Qt::SortOrder order, int offset, int limit) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.pageSql(QStringLiteral("%1, %2, (%3) AS flagged").arg(QLatin1String(kColumns), RecordPerson::columns(), flagSql()),
                                 orderBy(sort, order),
                                 sort == SidePositionColumn::Flag));
    sql.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<SidePositionRow> rows;
    while (q.next()) {
        SidePositionRow row;
        row.position = readPosition(q);
        row.person = RecordPerson::read(q, 12);
        row.needsCollegeSteps = q.value(20).toBool();
        row.active = row.position.isActiveOn(filter.today);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<SidePosition> SidePositionQuery::positionsInYear(qint64 personId, int year) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM side_positions r WHERE r.person_id = :person AND r.start_date <= :last "
                                    "AND coalesce(r.end_date, '9999-12-31') >= :first ORDER BY r.start_date, r.id")
                         .arg(QLatin1String(kColumns)));
    q.bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":first"), dutch::isoDate(QDate(year, 1, 1)))
        .bind(QStringLiteral(":last"), dutch::isoDate(QDate(year, 12, 31)))
        .exec();
    std::vector<SidePosition> result;
    while (q.next())
        result.push_back(readPosition(q));
    return result;
}

} // namespace integriteit
