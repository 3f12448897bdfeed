#include "registersql.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordperson.h"
#include "storage/sqlquery.h"

#include <QRegularExpression>

namespace integriteit {

namespace {
constexpr int kTrigram = 3;

// An FTS5 string: the whole term as one phrase, so that its characters (".", "-", "*") are text
// and never query syntax; for the trigram tokenizer a phrase matches as a substring.
QString phrase(QString term)
{
    term.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + term + QLatin1Char('"');
}
} // namespace

RegisterSql::RegisterSql(const RegisterTable &table, const RegisterFilter &f)
    : m_table(table)
{
    // :today is always bound: the reference date of running records and "active" depend on it.
    m_values.append({ QStringLiteral(":today"), dutch::isoDate(f.today) });
    m_personFilter = f.personId > 0;
    if (f.personId > 0)
        add(QStringLiteral("r.person_id = :person"), { { QStringLiteral(":person"), f.personId } });
    if (f.role)
        add(QStringLiteral("ap.role = :role"), { { QStringLiteral(":role"), holderRoleCode(*f.role) } });
    if (!f.faction.isEmpty())
        add(QStringLiteral("ap.faction = :faction"), { { QStringLiteral(":faction"), f.faction } });
    if (f.to.isValid())
        add(QStringLiteral("%1 <= :to").arg(table.periodStart), { { QStringLiteral(":to"), dutch::isoDate(f.to) } });
    if (f.from.isValid())
        add(QStringLiteral("coalesce(%1, '9999-12-31') >= :from").arg(table.periodEnd),
            { { QStringLiteral(":from"), dutch::isoDate(f.from) } });
    if (f.status == RegisterFilter::Status::Active)
        add(QStringLiteral("(%1)").arg(table.activeSql));
    else if (f.status == RegisterFilter::Status::Ended)
        add(QStringLiteral("NOT (%1)").arg(table.activeSql));
    if (f.flaggedOnly)
        add(table.flagSql.isEmpty() ? QStringLiteral("0") : QStringLiteral("(%1)").arg(table.flagSql));
    const QStringList terms = textsearch::terms(f.text);
    for (int i = 0; i < terms.size(); ++i) {
        const QString name = QStringLiteral(":t%1").arg(i);
        // A term never holds a space, so it is found in the record's text or in the person's, never
        // across the two: each has its own index. A trigram index cannot look up fewer than three
        // characters; "de" or "oz" keep the LIKE, whose cost then buys many hits.
        if (!table.searchIndex.isEmpty() && terms.at(i).size() >= kTrigram) {
            add(QStringLiteral("(r.id IN (SELECT rowid FROM %1 WHERE %1 MATCH %2) OR r.person_id IN "
                               "(SELECT rowid FROM persons_search WHERE persons_search MATCH %2))")
                    .arg(table.searchIndex, name),
                { { name, phrase(terms.at(i)) } });
        } else {
            add(QStringLiteral("(r.search_text || ' ' || p.search_text) LIKE %1 ESCAPE '\\'").arg(name),
                { { name, textsearch::likePattern(terms.at(i)) } });
        }
    }
}

void RegisterSql::add(const QString &clause, const QList<QPair<QString, QVariant>> &values)
{
    m_clauses << clause;
    m_values.append(values);
}

QString RegisterSql::fromWhere() const
{
    QString sql
        = QStringLiteral(" FROM %1 r JOIN persons p ON p.id = r.person_id LEFT JOIN appointments ap ON ap.id = %2")
              .arg(m_table.table, RecordOwner::appointmentAtSql(QStringLiteral("r.person_id"), m_table.refDate));
    if (!m_clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + m_clauses.join(QStringLiteral(" AND "));
    return sql;
}

QString RegisterSql::countSql() const
{
    static const QRegularExpression ownerColumn(QStringLiteral("\\bap\\."));
    const QString where = m_clauses.join(QStringLiteral(" AND "));
    if (where.contains(ownerColumn) || m_table.table.contains(ownerColumn))
        return QStringLiteral("SELECT count(*)") + fromWhere();
    // Nor the person, unless a condition reads him (see pageSql).
    static const QRegularExpression personColumn(QStringLiteral("\\bp\\."));
    QString sql = (where.contains(personColumn) ? QStringLiteral("SELECT count(*) FROM %1 r JOIN persons p ON p.id = r.person_id")
                                                : QStringLiteral("SELECT count(*) FROM %1 r"))
                      .arg(m_table.table);
    if (!m_clauses.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    return sql;
}

QString RegisterSql::pageSql(const QString &select, const QString &orderBy, bool orderNeedsOwner) const
{
    static const QRegularExpression ownerColumn(QStringLiteral("\\bap\\."));
    const QString where = m_clauses.join(QStringLiteral(" AND "));
    const QString tail = QStringLiteral(" ORDER BY ") + orderBy;
    if (orderNeedsOwner || m_table.table.contains(ownerColumn))
        return QStringLiteral("SELECT ") + select + fromWhere() + tail + QStringLiteral(" LIMIT :limit OFFSET :offset");
    const auto outer = [&](const QString &ids) {
        return QStringLiteral("SELECT %1 FROM %2 r JOIN persons p ON p.id = r.person_id LEFT JOIN appointments ap ON ap.id = %3 "
                              "WHERE r.id IN (%4)")
                   .arg(select, m_table.table,
                        RecordOwner::appointmentAtSql(QStringLiteral("r.person_id"), m_table.refDate), ids)
            + tail;
    };
    // A sort or filter on role or fractie needs the owner of every row, but only to pick the ids:
    // the selected columns (a flag's subquery among them) are then read for the page alone, and
    // the sort moves ids instead of whole rows.
    if (orderBy.contains(ownerColumn) || where.contains(ownerColumn))
        return outer(QStringLiteral("SELECT r.id") + fromWhere() + tail + QStringLiteral(" LIMIT :limit OFFSET :offset"));
    // Sorted by name, the persons are read in the order of their name index and each person's
    // records by his index: no sort of the whole table for one page.
    const bool byName = orderBy.startsWith(RecordPerson::nameOrder()) && !m_personFilter;
    // Every record has its person (a foreign key), so the join only matters when a condition or the
    // order reads the person. Without it a page deep down the list is skipped to in the index of
    // its sort: the last page of 330,000 claims by number took 2 s with the join, 0.1 s without.
    static const QRegularExpression personColumn(QStringLiteral("\\bp\\."));
    const bool readsPerson = byName || where.contains(personColumn) || orderBy.contains(personColumn);
    QString ids = (byName        ? QStringLiteral("SELECT r.id FROM persons p CROSS JOIN %1 r ON p.id = r.person_id")
                       : readsPerson ? QStringLiteral("SELECT r.id FROM %1 r JOIN persons p ON p.id = r.person_id")
                                     : QStringLiteral("SELECT r.id FROM %1 r"))
                      .arg(m_table.table);
    if (!m_clauses.isEmpty())
        ids += QStringLiteral(" WHERE ") + where;
    ids += tail + QStringLiteral(" LIMIT :limit OFFSET :offset");
    return outer(ids);
}

void RegisterSql::bind(SqlQuery &query) const
{
    for (const auto &[name, value] : m_values)
        query.bind(name, value);
}

QString RegisterSql::direction(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
}

QString RegisterSql::personInOfficeSql()
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM appointments t WHERE t.person_id = r.person_id AND t.start_date <= :today "
        "AND coalesce(t.end_date, '9999-12-31') >= :today)");
}

} // namespace integriteit
