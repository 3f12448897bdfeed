#include "claimtransitions.h"

#include "claims/claimquery.h"
#include "claims/submissionwarnings.h"
#include "common/dutchformat.h"
#include "registers/common/recordstore.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QJsonArray>

namespace integriteit {

namespace {
QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

Claim ClaimTransitions::apply(UnitOfWork &work, const Claim &before, const ClaimTransition &row,
                              const TransitionInput &input, DecisionBody body, const QDate &today)
{
    Claim after = before;
    after.status = row.to;
    const bool bodyDecision = row.guards & BodyDecision;
    std::vector<ClaimWarning> warnings;
    switch (row.action) {
    case ClaimAction::Submit:
        after.submittedBy = m_user.id;
        after.submittedDate = today;
        after.checkedBy = 0;
        after.decisionBody.reset();
        after.decisionDate = QDate();
        after.decisionText.clear();
        break;
    case ClaimAction::Return:
        // Back to the claimant's side: a new submission needs a new check.
        after.checkedBy = 0;
        break;
    case ClaimAction::Check:
        after.checkedBy = m_user.id;
        break;
    case ClaimAction::Approve:
    case ClaimAction::Reject:
        after.decisionText = input.text.trimmed();
        if (bodyDecision) {
            after.decisionBody = body;
            after.decisionDate = input.date;
        } else {
            after.decisionDate = today;
        }
        break;
    case ClaimAction::Pay:
        after.paidDate = input.date;
        break;
    case ClaimAction::ReferToMayor:
    case ClaimAction::ReferToBody:
    case ClaimAction::Resolve:
        break;
    }
    writeClaim(after);
    writeEvent(before, row, input, body);
    if (row.action == ClaimAction::Submit) {
        warnings = recordWarnings(after, today);
        settleAdvance(work, after, today);
    } else if (row.action == ClaimAction::Return) {
        settleAdvance(work, after, QDate());
    }

    QJsonObject audit = after.toJson();
    audit.insert(QStringLiteral("text"), input.text.trimmed());
    if (input.date.isValid())
        audit.insert(QStringLiteral("date"), dutch::isoDate(input.date));
    if (row.action == ClaimAction::ReferToBody || bodyDecision)
        audit.insert(QStringLiteral("body"), decisionBodyCode(body));
    if (row.action == ClaimAction::Submit) {
        QJsonArray list;
        for (const ClaimWarning &w : warnings)
            list.append(w.toJson());
        audit.insert(QStringLiteral("warnings"), list);
    }
    work.audit(QStringLiteral("claim"), after.id, claimActionCode(row.action), before.toJson(), audit, after.personId);
    return after;
}

void ClaimTransitions::writeClaim(const Claim &c)
{
    SqlQuery(m_db, QStringLiteral(
        "UPDATE claims SET status = :status, submitted_by = :submittedBy, submitted_date = :submittedDate, "
        "checked_by = :checkedBy, decision_body = :body, decision_date = :decisionDate, decision_text = :decisionText, "
        "paid_date = :paid, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":status"), claimStatusCode(c.status))
        .bind(QStringLiteral(":submittedBy"), idValue(c.submittedBy))
        .bind(QStringLiteral(":submittedDate"), dateValue(c.submittedDate))
        .bind(QStringLiteral(":checkedBy"), idValue(c.checkedBy))
        .bind(QStringLiteral(":body"), nullableText(c.decisionBody ? decisionBodyCode(*c.decisionBody) : QString()))
        .bind(QStringLiteral(":decisionDate"), dateValue(c.decisionDate))
        .bind(QStringLiteral(":decisionText"), c.decisionText)
        .bind(QStringLiteral(":paid"), dateValue(c.paidDate))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), c.id)
        .exec();
}

void ClaimTransitions::writeEvent(const Claim &before, const ClaimTransition &row, const TransitionInput &input,
                                  DecisionBody body)
{
    const bool withBody = row.action == ClaimAction::ReferToBody || (row.guards & BodyDecision);
    SqlQuery(m_db, QStringLiteral(
        "INSERT INTO claim_events(claim_id, action, from_status, to_status, user_id, user_name, at_utc, text, event_date, "
        "decision_body) VALUES (:claim, :action, :from, :to, :user, :name, :at, :text, :date, :body)"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":claim"), before.id)
        .bind(QStringLiteral(":action"), claimActionCode(row.action))
        .bind(QStringLiteral(":from"), claimStatusCode(row.from))
        .bind(QStringLiteral(":to"), claimStatusCode(row.to))
        .bind(QStringLiteral(":user"), m_user.id)
        .bind(QStringLiteral(":name"), m_user.userName)
        .bind(QStringLiteral(":at"), nowUtcText())
        .bind(QStringLiteral(":text"), input.text.trimmed())
        .bind(QStringLiteral(":date"), (row.guards & NeedsDate) ? dateValue(input.date) : dateValue(QDate()))
        .bind(QStringLiteral(":body"), nullableText(withBody ? decisionBodyCode(body) : QString()))
        .exec();
}

std::vector<ClaimWarning> ClaimTransitions::recordWarnings(const Claim &claim, const QDate &today)
{
    // A new submission replaces the warnings of an earlier one: the lines may have changed since.
    SqlQuery(m_db, QStringLiteral("DELETE FROM claim_warnings WHERE claim_id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), claim.id).exec();
    std::vector<ClaimWarning> warnings =
        SubmissionWarnings(m_db).compute(claim, ClaimQuery(m_db).lines(claim.id), today);
    const QString now = nowUtcText();
    for (ClaimWarning &w : warnings) {
        SqlQuery q(m_db, QStringLiteral(
            "INSERT INTO claim_warnings(claim_id, line_id, kind, message, other_line_id, other_payment_id, advance_id, "
            "recorded_at) VALUES (:claim, :line, :kind, :message, :otherLine, :otherPayment, :advance, :at)"), SqlQuery::Reuse::Yes);
        q.bind(QStringLiteral(":claim"), claim.id)
            .bind(QStringLiteral(":line"), idValue(w.lineId))
            .bind(QStringLiteral(":kind"), claimWarningKindCode(w.kind))
            .bind(QStringLiteral(":message"), w.message)
            .bind(QStringLiteral(":otherLine"), idValue(w.otherLineId))
            .bind(QStringLiteral(":otherPayment"), idValue(w.otherPaymentId))
            .bind(QStringLiteral(":advance"), idValue(w.advanceId))
            .bind(QStringLiteral(":at"), now)
            .exec();
        w.id = q.lastInsertId();
    }
    return warnings;
}

void ClaimTransitions::settleAdvance(UnitOfWork &work, const Claim &claim, const QDate &day)
{
    // GC 9.4: the advance is accounted for by the claim, so it counts as settled on the day the
    // claim is submitted, and as open again when the claim is returned for correction.
    if (claim.advanceId <= 0)
        return;
    SqlQuery q(m_db, QStringLiteral("SELECT settled_date FROM advances WHERE id = :id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), claim.advanceId).exec();
    const QVariant previous = q.next() ? q.value(0) : QVariant();
    SqlQuery(m_db, QStringLiteral("UPDATE advances SET settled_date = max(:day, paid_date), updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":day"), dateValue(day))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), claim.advanceId)
        .exec();
    const auto json = [](const QVariant &date) {
        return QJsonObject{{QStringLiteral("settled_date"),
                            date.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(date.toString())}};
    };
    work.audit(QStringLiteral("advance"), claim.advanceId, day.isValid() ? QStringLiteral("settle") : QStringLiteral("unsettle"),
               json(previous), json(day.isValid() ? QVariant(dutch::isoDate(day)) : QVariant()), claim.personId);
}

} // namespace integriteit
