#include "claimquery.h"

#include "common/dutchformat.h"
#include "registers/common/recordowner.h"
#include "registers/common/registersql.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
const QString kClaimColumns = QStringLiteral(
    "r.id, r.person_id, r.number_year, r.number_seq, r.description, r.notes, r.advance_id, r.status, r.reference_date, "
    "r.total_cents, r.line_count, r.submitted_by, r.submitted_date, r.checked_by, r.decision_body, r.decision_date, "
    "r.decision_text, r.paid_date, r.created_date");
constexpr int kClaimColumnCount = 19;

Claim readClaim(const SqlQuery &q)
{
    Claim c;
    c.id = q.value(0).toLongLong();
    c.personId = q.value(1).toLongLong();
    c.numberYear = q.value(2).toInt();
    c.numberSeq = q.value(3).toInt();
    c.description = q.value(4).toString();
    c.notes = q.value(5).toString();
    c.advanceId = q.value(6).toLongLong();
    c.status = claimStatusFromCode(q.value(7).toString()).value_or(ClaimStatus::Draft);
    c.referenceDate = dutch::fromIso(q.value(8).toString());
    c.total = Money::fromCents(q.value(9).toLongLong());
    c.lineCount = q.value(10).toInt();
    c.submittedBy = q.value(11).toLongLong();
    c.submittedDate = dutch::fromIso(q.value(12).toString());
    c.checkedBy = q.value(13).toLongLong();
    c.decisionBody = decisionBodyFromCode(q.value(14).toString());
    c.decisionDate = dutch::fromIso(q.value(15).toString());
    c.decisionText = q.value(16).toString();
    c.paidDate = dutch::fromIso(q.value(17).toString());
    c.createdDate = dutch::fromIso(q.value(18).toString());
    return c;
}

const QString kLineColumns = QStringLiteral(
    "id, claim_id, person_id, expense_date, category, amount_cents, description, reason, receipt_id");

ClaimLine readLine(const SqlQuery &q)
{
    ClaimLine l;
    l.id = q.value(0).toLongLong();
    l.claimId = q.value(1).toLongLong();
    l.personId = q.value(2).toLongLong();
    l.expenseDate = dutch::fromIso(q.value(3).toString());
    l.category = q.value(4).toString();
    l.amount = Money::fromCents(q.value(5).toLongLong());
    l.description = q.value(6).toString();
    l.reason = q.value(7).toString();
    l.receiptId = q.value(8).toLongLong();
    return l;
}

QDateTime utc(const QVariant &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

RegisterTable table()
{
    RegisterTable t;
    t.table = QStringLiteral("claims");
    t.searchIndex = QStringLiteral("claims_search");
    t.refDate = QStringLiteral("r.reference_date");
    t.periodStart = QStringLiteral("r.reference_date");
    t.periodEnd = QStringLiteral("r.reference_date");
    t.activeSql = RegisterSql::personInOfficeSql();
    t.flagSql = QStringLiteral("EXISTS (SELECT 1 FROM claim_warnings w WHERE w.claim_id = r.id)");
    return t;
}

RegisterSql filterSql(const ClaimFilter &f, const std::optional<QList<HolderRole>> &visibleRoles)
{
    RegisterFilter base;
    base.personId = f.personId;
    base.role = f.role;
    base.faction = f.faction;
    base.text = f.text;
    base.flaggedOnly = f.withWarningsOnly;
    RegisterSql sql(table(), base);
    if (f.year > 0)
        sql.add(QStringLiteral("r.reference_date BETWEEN :yearFrom AND :yearTo"),
                {{QStringLiteral(":yearFrom"), dutch::isoDate(QDate(f.year, 1, 1))},
                 {QStringLiteral(":yearTo"), dutch::isoDate(QDate(f.year, 12, 31))}});
    if (f.status)
        sql.add(QStringLiteral("r.status = :status"), {{QStringLiteral(":status"), claimStatusCode(*f.status)}});
    if (f.openOnly) {
        // Named, not "NOT IN (rejected, paid)": an IN list reads the few open claims from the status
        // index instead of testing all of them (the claims list opens on the open ones).
        QStringList open;
        for (ClaimStatus status : allClaimStatuses())
            if (status != ClaimStatus::Rejected && status != ClaimStatus::Paid)
                open << QStringLiteral("'%1'").arg(claimStatusCode(status));
        sql.add(QStringLiteral("r.status IN (%1)").arg(open.join(QLatin1Char(','))));
    }
    if (!f.category.isEmpty())
        sql.add(QStringLiteral("EXISTS (SELECT 1 FROM claim_lines cl WHERE cl.claim_id = r.id AND cl.category = :category)"),
                {{QStringLiteral(":category"), f.category}});
    // Who sees every role needs no role condition, and the count then no owning appointment.
    if (visibleRoles && visibleRoles->size() < allHolderRoles().size()) {
        QStringList codes;
        for (HolderRole role : *visibleRoles)
            codes << QStringLiteral("'%1'").arg(holderRoleCode(role));
        sql.add(codes.isEmpty() ? QStringLiteral("0") : QStringLiteral("ap.role IN (%1)").arg(codes.join(QLatin1Char(','))));
    }
    return sql;
}

QString orderExpression(ClaimColumn column)
{
    switch (column) {
    case ClaimColumn::Number: return QStringLiteral("r.number_year, r.number_seq");
    case ClaimColumn::Person: return RecordPerson::nameOrder();
    case ClaimColumn::Role: return RecordPerson::roleOrder();
    case ClaimColumn::Faction: return RecordPerson::factionOrder();
    case ClaimColumn::Date: return QStringLiteral("r.reference_date");
    case ClaimColumn::Description: return QStringLiteral("r.description COLLATE NOCASE");
    case ClaimColumn::Lines: return QStringLiteral("r.line_count");
    case ClaimColumn::Total: return QStringLiteral("r.total_cents");
    case ClaimColumn::Status: return QStringLiteral("r.status");
    case ClaimColumn::Warnings: return QStringLiteral("warning_count");
    case ClaimColumn::Count: break;
    }
    return QStringLiteral("r.reference_date");
}

// Each part of the key in the same direction, and the tie-break on the sort's own index where
// there is one (number, date): a page deep down the list is then skipped to in that index instead
// of sorting all claims for it.
QString orderBy(ClaimColumn column, Qt::SortOrder order)
{
    const QString direction = RegisterSql::direction(order);
    QString key = orderExpression(column).replace(QStringLiteral(", "), QStringLiteral(" %1, ").arg(direction));
    if (column == ClaimColumn::Number)
        return QStringLiteral("%1 %2, r.id").arg(key, direction); // the number is unique
    if (column == ClaimColumn::Date)
        return QStringLiteral("%1 %2, r.id %2").arg(key, direction);
    return QStringLiteral("%1 %2, r.reference_date, r.id").arg(key, direction);
}
} // namespace

std::optional<Claim> ClaimQuery::claim(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM claims r WHERE r.id = :id").arg(kClaimColumns),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readClaim(q);
}

std::vector<ClaimLine> ClaimQuery::lines(qint64 claimId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM claim_lines WHERE claim_id = :id ORDER BY expense_date, id").arg(kLineColumns),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), claimId).exec();
    std::vector<ClaimLine> result;
    while (q.next())
        result.push_back(readLine(q));
    return result;
}

std::optional<ClaimLine> ClaimQuery::line(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM claim_lines WHERE id = :id").arg(kLineColumns), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readLine(q);
}

std::vector<ClaimWarning> ClaimQuery::warnings(qint64 claimId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, claim_id, line_id, kind, message, other_line_id, other_payment_id, advance_id, "
                                    "recorded_at FROM claim_warnings WHERE claim_id = :id ORDER BY id"));
    q.bind(QStringLiteral(":id"), claimId).exec();
    std::vector<ClaimWarning> result;
    while (q.next()) {
        ClaimWarning w;
        w.id = q.value(0).toLongLong();
        w.claimId = q.value(1).toLongLong();
        w.lineId = q.value(2).toLongLong();
        w.kind = claimWarningKindFromCode(q.value(3).toString()).value_or(ClaimWarningKind::Late);
        w.message = q.value(4).toString();
        w.otherLineId = q.value(5).toLongLong();
        w.otherPaymentId = q.value(6).toLongLong();
        w.advanceId = q.value(7).toLongLong();
        w.recordedAt = utc(q.value(8));
        result.push_back(w);
    }
    return result;
}

std::vector<ClaimEvent> ClaimQuery::events(qint64 claimId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, claim_id, action, from_status, to_status, user_id, user_name, at_utc, text, "
                                    "event_date, decision_body FROM claim_events WHERE claim_id = :id ORDER BY id"));
    q.bind(QStringLiteral(":id"), claimId).exec();
    std::vector<ClaimEvent> result;
    while (q.next()) {
        ClaimEvent e;
        e.id = q.value(0).toLongLong();
        e.claimId = q.value(1).toLongLong();
        e.action = claimActionFromCode(q.value(2).toString()).value_or(ClaimAction::Submit);
        e.from = claimStatusFromCode(q.value(3).toString()).value_or(ClaimStatus::Draft);
        e.to = claimStatusFromCode(q.value(4).toString()).value_or(ClaimStatus::Draft);
        e.userId = q.value(5).toLongLong();
        e.userName = q.value(6).toString();
        e.atUtc = utc(q.value(7));
        e.text = q.value(8).toString();
        e.date = dutch::fromIso(q.value(9).toString());
        e.body = decisionBodyFromCode(q.value(10).toString());
        result.push_back(e);
    }
    return result;
}

QDate ClaimQuery::statusSince(qint64 claimId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT at_utc FROM claim_events WHERE claim_id = :id ORDER BY id DESC LIMIT 1"),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), claimId).exec();
    return q.next() ? utc(q.value(0)).toLocalTime().date() : QDate();
}

int ClaimQuery::count(const ClaimFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles) const
{
    const RegisterSql sql = filterSql(filter, visibleRoles);
    SqlQuery q(m_db, sql.countSql());
    sql.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<ClaimRow> ClaimQuery::page(const ClaimFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles,
                                       ClaimColumn sort, Qt::SortOrder order, int offset, int limit) const
{
    const RegisterSql sql = filterSql(filter, visibleRoles);
    SqlQuery q(m_db, sql.pageSql(QStringLiteral("%1, (SELECT count(*) FROM claim_warnings w WHERE w.claim_id = r.id) AS warning_count, %2")
                                     .arg(kClaimColumns, RecordPerson::columns()),
                                 orderBy(sort, order),
                                 sort == ClaimColumn::Warnings));
    sql.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<ClaimRow> rows;
    while (q.next()) {
        ClaimRow row;
        row.claim = readClaim(q);
        row.warningCount = q.value(kClaimColumnCount).toInt();
        row.person = RecordPerson::read(q, kClaimColumnCount + 1);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<DuplicateHit> ClaimQuery::sameDateAndAmount(qint64 personId, const QDate &date, Money amount,
                                                        qint64 exceptLineId, qint64 exceptPaymentId) const
{
    std::vector<DuplicateHit> hits;
    // Both look-ups are one probe of the (person_id, date, amount_cents) indexes.
    SqlQuery lines(m_db, QStringLiteral(
        "SELECT l.id, l.claim_id, c.number_year, c.number_seq FROM claim_lines l JOIN claims c ON c.id = l.claim_id "
        "WHERE l.person_id = :person AND l.expense_date = :date AND l.amount_cents = :amount AND l.id <> :except "
        "ORDER BY l.id LIMIT 20"), SqlQuery::Reuse::Yes);
    lines.bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":date"), dutch::isoDate(date))
        .bind(QStringLiteral(":amount"), qint64(amount.cents()))
        .bind(QStringLiteral(":except"), exceptLineId)
        .exec();
    while (lines.next()) {
        Claim c;
        c.numberYear = lines.value(2).toInt();
        c.numberSeq = lines.value(3).toInt();
        hits.push_back({lines.value(0).toLongLong(), lines.value(1).toLongLong(), c.number(), 0, date, amount, false});
    }
    SqlQuery payments(m_db, QStringLiteral(
        "SELECT id FROM card_payments WHERE person_id = :person AND payment_date = :date AND amount_cents = :amount "
        "AND id <> :except ORDER BY id LIMIT 20"), SqlQuery::Reuse::Yes);
    payments.bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":date"), dutch::isoDate(date))
        .bind(QStringLiteral(":amount"), qint64(amount.cents()))
        .bind(QStringLiteral(":except"), exceptPaymentId)
        .exec();
    while (payments.next())
        hits.push_back({0, 0, QString(), payments.value(0).toLongLong(), date, amount, false});
    return hits;
}

std::vector<DuplicateHit> ClaimQuery::sameReceipt(const QString &sha256, qint64 exceptLineId, qint64 exceptPaymentId) const
{
    std::vector<DuplicateHit> hits;
    if (sha256.isEmpty())
        return hits;
    SqlQuery lines(m_db, QStringLiteral(
        "SELECT l.id, l.claim_id, c.number_year, c.number_seq, l.expense_date, l.amount_cents FROM attachments a "
        "JOIN claim_lines l ON l.receipt_id = a.id JOIN claims c ON c.id = l.claim_id "
        "WHERE a.sha256 = :sha AND l.id <> :except ORDER BY l.id LIMIT 20"), SqlQuery::Reuse::Yes);
    lines.bind(QStringLiteral(":sha"), sha256).bind(QStringLiteral(":except"), exceptLineId).exec();
    while (lines.next()) {
        Claim c;
        c.numberYear = lines.value(2).toInt();
        c.numberSeq = lines.value(3).toInt();
        hits.push_back({lines.value(0).toLongLong(), lines.value(1).toLongLong(), c.number(), 0,
                        dutch::fromIso(lines.value(4).toString()), Money::fromCents(lines.value(5).toLongLong()), true});
    }
    SqlQuery payments(m_db, QStringLiteral(
        "SELECT p.id, p.payment_date, p.amount_cents FROM attachments a JOIN card_payments p ON p.receipt_id = a.id "
        "WHERE a.sha256 = :sha AND p.id <> :except ORDER BY p.id LIMIT 20"), SqlQuery::Reuse::Yes);
    payments.bind(QStringLiteral(":sha"), sha256).bind(QStringLiteral(":except"), exceptPaymentId).exec();
    while (payments.next())
        hits.push_back({0, 0, QString(), payments.value(0).toLongLong(), dutch::fromIso(payments.value(1).toString()),
                        Money::fromCents(payments.value(2).toLongLong()), true});
    return hits;
}

std::optional<HolderRole> ClaimQuery::ownerRole(qint64 personId, const QDate &referenceDate) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT a.role FROM appointments a WHERE a.id = ")
                         + RecordOwner::appointmentAtSql(QStringLiteral(":person"), QStringLiteral(":date")),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":person"), personId).bind(QStringLiteral(":date"), dutch::isoDate(referenceDate)).exec();
    if (!q.next())
        return std::nullopt;
    return holderRoleFromCode(q.value(0).toString());
}

} // namespace integriteit
