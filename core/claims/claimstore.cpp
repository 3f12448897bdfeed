#include "claimstore.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordstore.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

Claim ClaimStore::insertClaim(const Claim &input, bool keepId)
{
    Claim c = input;
    if (!keepId) {
        c.status = ClaimStatus::Draft;
        c.numberYear = c.createdDate.year();
        SqlQuery next(m_db, QStringLiteral("SELECT coalesce(max(number_seq), 0) + 1 FROM claims WHERE number_year = :year"), SqlQuery::Reuse::Yes);
        next.bind(QStringLiteral(":year"), c.numberYear).exec();
        c.numberSeq = next.next() ? next.value(0).toInt() : 1;
    }
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO claims(id, person_id, number_year, number_seq, description, notes, advance_id, status, created_date, "
        "reference_date, submitted_by, submitted_date, checked_by, decision_body, decision_date, decision_text, paid_date, "
        "created_at, updated_at) VALUES (:id, :person, :year, :seq, :description, :notes, :advance, :status, :created, "
        ":created, :submittedBy, :submittedDate, :checkedBy, :body, :decisionDate, :decisionText, :paid, :now, :now)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), keepId ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":person"), c.personId)
        .bind(QStringLiteral(":year"), c.numberYear)
        .bind(QStringLiteral(":seq"), c.numberSeq)
        .bind(QStringLiteral(":description"), c.description)
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":advance"), idValue(c.advanceId))
        .bind(QStringLiteral(":status"), claimStatusCode(c.status))
        .bind(QStringLiteral(":created"), dutch::isoDate(c.createdDate))
        .bind(QStringLiteral(":submittedBy"), idValue(c.submittedBy))
        .bind(QStringLiteral(":submittedDate"), dateValue(c.submittedDate))
        .bind(QStringLiteral(":checkedBy"), idValue(c.checkedBy))
        .bind(QStringLiteral(":body"), nullableText(c.decisionBody ? decisionBodyCode(*c.decisionBody) : QString()))
        .bind(QStringLiteral(":decisionDate"), dateValue(c.decisionDate))
        .bind(QStringLiteral(":decisionText"), c.decisionText)
        .bind(QStringLiteral(":paid"), dateValue(c.paidDate))
        .bind(QStringLiteral(":now"), nowUtcText())
        .exec();
    if (!keepId)
        c.id = q.lastInsertId();
    refresh(c.id);
    c.referenceDate = c.createdDate;
    return c;
}

void ClaimStore::updateHeader(const Claim &c)
{
    SqlQuery(m_db, QStringLiteral(
        "UPDATE claims SET description = :description, notes = :notes, advance_id = :advance, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":description"), c.description)
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":advance"), idValue(c.advanceId))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), c.id)
        .exec();
    refresh(c.id);
}

void ClaimStore::deleteClaim(qint64 id)
{
    SqlQuery(m_db, QStringLiteral("DELETE FROM claims WHERE id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), id).exec();
}

qint64 ClaimStore::insertLine(const ClaimLine &l, bool keepId)
{
    SqlQuery q(m_db, QStringLiteral(
        "INSERT INTO claim_lines(id, claim_id, person_id, expense_date, category, amount_cents, description, reason, "
        "receipt_id, created_at, updated_at) VALUES (:id, :claim, :person, :date, :category, :amount, :description, "
        ":reason, :receipt, :now, :now)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), keepId ? QVariant(l.id) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":claim"), l.claimId)
        .bind(QStringLiteral(":person"), l.personId)
        .bind(QStringLiteral(":date"), dutch::isoDate(l.expenseDate))
        .bind(QStringLiteral(":category"), l.category)
        .bind(QStringLiteral(":amount"), qint64(l.amount.cents()))
        .bind(QStringLiteral(":description"), l.description)
        .bind(QStringLiteral(":reason"), l.reason)
        .bind(QStringLiteral(":receipt"), idValue(l.receiptId))
        .bind(QStringLiteral(":now"), nowUtcText())
        .exec();
    const qint64 id = keepId ? l.id : q.lastInsertId();
    refresh(l.claimId);
    return id;
}

void ClaimStore::updateLine(const ClaimLine &l)
{
    SqlQuery(m_db, QStringLiteral(
        "UPDATE claim_lines SET expense_date = :date, category = :category, amount_cents = :amount, description = :description, "
        "reason = :reason, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":date"), dutch::isoDate(l.expenseDate))
        .bind(QStringLiteral(":category"), l.category)
        .bind(QStringLiteral(":amount"), qint64(l.amount.cents()))
        .bind(QStringLiteral(":description"), l.description)
        .bind(QStringLiteral(":reason"), l.reason)
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), l.id)
        .exec();
    refresh(l.claimId);
}

void ClaimStore::deleteLine(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT claim_id FROM claim_lines WHERE id = :id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), id).exec();
    const qint64 claimId = q.next() ? q.value(0).toLongLong() : 0;
    SqlQuery(m_db, QStringLiteral("DELETE FROM claim_lines WHERE id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), id).exec();
    if (claimId > 0)
        refresh(claimId);
}

void ClaimStore::setReceipt(qint64 lineId, qint64 receiptId)
{
    SqlQuery(m_db, QStringLiteral("UPDATE claim_lines SET receipt_id = :receipt, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":receipt"), idValue(receiptId))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), lineId)
        .exec();
}

void ClaimStore::refresh(qint64 claimId)
{
    SqlQuery(m_db, QStringLiteral(
        "UPDATE claims SET reference_date = coalesce((SELECT min(expense_date) FROM claim_lines WHERE claim_id = :id), created_date), "
        "total_cents = (SELECT coalesce(sum(amount_cents), 0) FROM claim_lines WHERE claim_id = :id), "
        "line_count = (SELECT count(*) FROM claim_lines WHERE claim_id = :id) WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":id"), claimId)
        .exec();
    // The search box finds a claim by its number, its description and the descriptions of its lines.
    SqlQuery q(m_db, QStringLiteral(
        "SELECT 'D' || number_year || '-' || printf('%05d', number_seq) || ' ' || description || ' ' || notes || ' ' || "
        "coalesce((SELECT group_concat(description, ' ') FROM claim_lines WHERE claim_id = claims.id), '') "
        "FROM claims WHERE id = :id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), claimId).exec();
    const QString text = q.next() ? textsearch::normalize(q.value(0).toString()) : QString();
    SqlQuery(m_db, QStringLiteral("UPDATE claims SET search_text = :text WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":text"), text)
        .bind(QStringLiteral(":id"), claimId)
        .exec();
}

} // namespace integriteit
