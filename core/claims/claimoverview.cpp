#include "claimoverview.h"

#include "claims/claim.h"
#include "common/dutchformat.h"
#include "registers/common/recordowner.h"
#include "storage/sqlquery.h"

#include <QMap>
#include <algorithm>
#include <tuple>

namespace integriteit {

namespace {
const QString kCountedClaims = QStringLiteral("c.status IN ('goedgekeurd', 'betaald')");

QString rolesCondition(const std::optional<QList<HolderRole>> &roles)
{
    if (!roles)
        return QStringLiteral("1");
    QStringList codes;
    for (HolderRole role : *roles)
        codes << QStringLiteral("'%1'").arg(holderRoleCode(role));
    return codes.isEmpty() ? QStringLiteral("0") : QStringLiteral("ap.role IN (%1)").arg(codes.join(QLatin1Char(',')));
}

QString personName(const SqlQuery &q, int offset)
{
    Person p;
    p.initials = q.value(offset).toString();
    p.firstName = q.value(offset + 1).toString();
    p.namePrefix = q.value(offset + 2).toString();
    p.lastName = q.value(offset + 3).toString();
    return p.displayName();
}

struct Key
{
    QString sortName;
    qint64 personId;
    QString role;
    int categoryOrder;
    QString category;
    bool operator<(const Key &o) const
    {
        return std::tie(sortName, personId, role, categoryOrder, category)
            < std::tie(o.sortName, o.personId, o.role, o.categoryOrder, o.category);
    }
};
} // namespace

std::vector<ClaimOverviewRow> ClaimOverview::totals(const ClaimOverviewFilter &f) const
{
    const QString from = dutch::isoDate(QDate(f.year, 1, 1));
    const QString to = dutch::isoDate(QDate(f.year, 12, 31));
    const auto person = [&](const QString &column) {
        return f.personId > 0 ? QStringLiteral("AND %1 = :person").arg(column) : QString();
    };
    const QString columns = QStringLiteral(
        "p.initials, p.first_name, p.name_prefix, p.last_name, p.sort_name, coalesce(k.name, x.category), coalesce(k.sort_order, 0)");
    // The owning appointment is looked up once per person and reference day, after grouping: the
    // correlated lookup per line (or per kind of cost) made the overview of everybody take some 20
    // seconds at national scale. MATERIALIZED keeps SQLite from folding it back into every row.
    // The days are summed per role in SQL too: fewer rows to read into the map.
    const auto withOwner = [&](const QString &grouped) {
        return QStringLiteral(
                   "WITH x AS MATERIALIZED (%1), o AS MATERIALIZED (SELECT d.person_id, d.ref, %2 AS appointment_id "
                   "FROM (SELECT DISTINCT person_id, ref FROM x) d) "
                   "SELECT x.person_id, ap.role, x.category, sum(x.n), sum(x.cents), x.card, %3 FROM x "
                   "JOIN o ON o.person_id = x.person_id AND o.ref = x.ref JOIN persons p ON p.id = x.person_id "
                   "LEFT JOIN expense_categories k ON k.code = x.category "
                   "LEFT JOIN appointments ap ON ap.id = o.appointment_id WHERE %4 "
                   "GROUP BY x.person_id, ap.role, x.category")
            .arg(grouped, RecordOwner::appointmentAtSql(QStringLiteral("d.person_id"), QStringLiteral("d.ref")), columns,
                 rolesCondition(f.roles));
    };
    // Claim lines count for the role that owns their claim (its reference date). The lines of the
    // year come from their date index (CROSS JOIN keeps that order): starting from the claims'
    // status instead read every line of every paid claim of all years.
    const QString claimsSql = withOwner(QStringLiteral(
        "SELECT l.person_id, c.reference_date AS ref, l.category, count(*) AS n, sum(l.amount_cents) AS cents, 0 AS card "
        "FROM claim_lines l CROSS JOIN claims c ON c.id = l.claim_id WHERE %1 AND l.expense_date BETWEEN :from AND :to %2 "
        "GROUP BY l.person_id, c.reference_date, l.category")
        .arg(kCountedClaims, person(QStringLiteral("l.person_id"))));
    // Card payments count for the holder's role on the payment date; only the business part.
    const QString cardSql = withOwner(QStringLiteral(
        "SELECT person_id, payment_date AS ref, category, count(*) AS n, sum(amount_cents - private_cents) AS cents, 1 AS card "
        "FROM card_payments WHERE judgement IS NOT NULL AND amount_cents > private_cents "
        "AND payment_date BETWEEN :from AND :to %1 GROUP BY person_id, payment_date, category")
        .arg(person(QStringLiteral("person_id"))));

    QMap<Key, ClaimOverviewRow> rows;
    for (const QString &sql : {claimsSql, cardSql}) {
        SqlQuery q(m_db, sql);
        q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to);
        if (f.personId > 0)
            q.bind(QStringLiteral(":person"), f.personId);
        q.exec();
        while (q.next()) {
            const Key key{q.value(10).toString(), q.value(0).toLongLong(), q.value(1).toString(), q.value(12).toInt(),
                          q.value(2).toString()};
            ClaimOverviewRow &row = rows[key];
            row.personId = key.personId;
            row.displayName = personName(q, 6);
            row.sortName = key.sortName;
            row.role = holderRoleFromCode(key.role);
            row.year = f.year;
            row.category = key.category;
            row.categoryName = q.value(11).toString();
            const int n = q.value(3).toInt();
            const Money cents = Money::fromCents(q.value(4).toLongLong());
            if (q.value(5).toInt() == 1) {
                row.cardPayments += n;
                row.card += cents;
            } else {
                row.claimLines += n;
                row.claimed += cents;
            }
        }
    }
    return std::vector<ClaimOverviewRow>(rows.cbegin(), rows.cend());
}

std::vector<PublicClaimLine> ClaimOverview::publicLines(int year) const
{
    const QString from = dutch::isoDate(QDate(year, 1, 1));
    const QString to = dutch::isoDate(QDate(year, 12, 31));
    const QString college = rolesCondition(collegeRoles());
    // As in totals(): the lines of the year from the date index, the owner once per person and day.
    const QString sql = QStringLiteral(
        "WITH x AS MATERIALIZED ("
        " SELECT l.person_id, c.reference_date AS ref, c.number_year AS year, c.number_seq AS seq, "
        " l.expense_date AS day, l.category, l.description, l.amount_cents AS cents, 0 AS card, l.id AS ord "
        " FROM claim_lines l CROSS JOIN claims c ON c.id = l.claim_id WHERE %1 AND l.expense_date BETWEEN :from AND :to "
        " UNION ALL "
        " SELECT person_id, payment_date, 0, 0, payment_date, category, merchant, amount_cents - private_cents, 1, id "
        " FROM card_payments WHERE judgement IS NOT NULL AND amount_cents > private_cents "
        " AND payment_date BETWEEN :from AND :to), "
        "o AS MATERIALIZED (SELECT d.person_id, d.ref, %2 AS appointment_id FROM (SELECT DISTINCT person_id, ref FROM x) d) "
        "SELECT p.initials, p.first_name, p.name_prefix, p.last_name, ap.role, x.year, x.day, coalesce(k.name, x.category), "
        "x.description, x.cents, x.card, x.seq FROM x JOIN o ON o.person_id = x.person_id AND o.ref = x.ref "
        "JOIN persons p ON p.id = x.person_id LEFT JOIN expense_categories k ON k.code = x.category "
        "JOIN appointments ap ON ap.id = o.appointment_id WHERE %3 "
        "ORDER BY p.sort_name, x.person_id, x.day, x.card, x.ord")
        .arg(kCountedClaims, RecordOwner::appointmentAtSql(QStringLiteral("d.person_id"), QStringLiteral("d.ref")), college);
    SqlQuery q(m_db, sql);
    q.bind(QStringLiteral(":from"), from).bind(QStringLiteral(":to"), to).exec();
    std::vector<PublicClaimLine> lines;
    while (q.next()) {
        PublicClaimLine l;
        l.person = personName(q, 0);
        l.role = holderRoleFromCode(q.value(4).toString()).value_or(HolderRole::Alderman);
        l.creditCard = q.value(10).toInt() == 1;
        if (!l.creditCard) {
            Claim c;
            c.numberYear = q.value(5).toInt();
            c.numberSeq = q.value(11).toInt();
            l.claimNumber = c.number();
        }
        l.date = dutch::fromIso(q.value(6).toString());
        l.categoryName = q.value(7).toString();
        l.description = q.value(8).toString();
        l.amount = Money::fromCents(q.value(9).toLongLong());
        lines.push_back(l);
    }
    return lines;
}

} // namespace integriteit
