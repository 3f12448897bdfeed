#include "tripquery.h"

#include "registers/common/recordstore.h"
#include "registers/common/registersql.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>

namespace integriteit {

namespace {
RegisterTable table()
{
    RegisterTable t;
    t.table = QStringLiteral("trips");
    t.searchIndex = QStringLiteral("trips_search");
    t.refDate = QStringLiteral("r.departure_date");
    t.periodStart = QStringLiteral("r.departure_date");
    t.periodEnd = QStringLiteral("r.return_date");
    t.activeSql = RegisterSql::personInOfficeSql();
    t.flagSql = TripQuery::needsPermissionSql() + QStringLiteral(" OR ") + TripQuery::needsConflictTestSql();
    return t;
}

QString orderExpression(TripColumn column)
{
    switch (column) {
    case TripColumn::Person: return RecordPerson::nameOrder();
    case TripColumn::Role: return RecordPerson::roleOrder();
    case TripColumn::Faction: return RecordPerson::factionOrder();
    case TripColumn::Departure: return QStringLiteral("r.departure_date");
    case TripColumn::Return: return QStringLiteral("r.return_date");
    case TripColumn::Destination: return QStringLiteral("r.destination COLLATE NOCASE");
    case TripColumn::Purpose: return QStringLiteral("r.purpose COLLATE NOCASE");
    case TripColumn::Estimated: return QStringLiteral("r.estimated_cents");
    case TripColumn::Actual: return QStringLiteral("coalesce(r.actual_cents, -1)");
    case TripColumn::PaidBy: return QStringLiteral("r.paid_by");
    case TripColumn::Decision: return QStringLiteral("coalesce(r.decision, '')");
    case TripColumn::Count: break;
    }
    return QStringLiteral("r.departure_date");
}
} // namespace

int TripQuery::count(const RegisterFilter &filter) const
{
    const RegisterSql sql(table(), filter);
    SqlQuery q(m_db, sql.countSql());
    sql.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<TripRow> TripQuery::page(const RegisterFilter &filter, TripColumn sort, Qt::SortOrder order, int offset,
                                     int limit) const
{
    const RegisterSql sql(table(), filter);
    // The trip's own columns are read by name (r.*), the person's by position after them.
    SqlQuery q(m_db, sql.pageSql(QStringLiteral("r.*, %1").arg(RecordPerson::columns()),
                                 QStringLiteral("%1 %2, r.departure_date, r.id").arg(orderExpression(sort), RegisterSql::direction(order)),
                                 false));
    sql.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<TripRow> rows;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        const int personOffset = record.count() - 8;
        QVariantMap columns;
        for (int i = 0; i < personOffset; ++i)
            columns.insert(record.fieldName(i), record.value(i));
        TripRow row;
        row.trip = Trip::fromColumns(columns);
        row.person = RecordPerson::read(q, personOffset);
        row.needsPermission = !row.trip.decision;
        row.needsConflictTest = row.trip.paidBy == TripPayer::ThirdParty && !row.trip.conflictTestDate.isValid();
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace integriteit
