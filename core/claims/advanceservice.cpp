#include "advanceservice.h"

#include "auth/session.h"
#include "claims/claimquery.h"
#include "claims/claimrights.h"
#include "claims/submissionwarnings.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/common/fieldrules.h"
#include "registers/common/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::AdvanceService) };

const QString kEntity = QStringLiteral("advance");
const QString kColumns = QStringLiteral(
    "a.id, a.person_id, a.description, a.amount_cents, a.paid_date, a.settled_date, a.notes, "
    "coalesce((SELECT c.id FROM claims c WHERE c.advance_id = a.id), 0)");

Advance read(const SqlQuery &q)
{
    Advance a;
    a.id = q.value(0).toLongLong();
    a.personId = q.value(1).toLongLong();
    a.description = q.value(2).toString();
    a.amount = Money::fromCents(q.value(3).toLongLong());
    a.paidDate = dutch::fromIso(q.value(4).toString());
    a.settledDate = dutch::fromIso(q.value(5).toString());
    a.notes = q.value(6).toString();
    a.claimId = q.value(7).toLongLong();
    return a;
}
} // namespace

bool Advance::isOverdue(const QDate &today) const
{
    return SubmissionWarnings::isLate(paidDate, settledDate.isValid() ? settledDate : today);
}

QJsonObject Advance::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("description"), description},
            {QStringLiteral("amount_cents"), qint64(amount.cents())},
            {QStringLiteral("paid_date"), dutch::isoDate(paidDate)},
            {QStringLiteral("settled_date"), settledDate.isValid() ? QJsonValue(dutch::isoDate(settledDate)) : QJsonValue()},
            {QStringLiteral("notes"), notes}};
}

AdvanceService::AdvanceService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

Advance AdvanceService::advance(qint64 id) const
{
    m_session.requireLogin();
    const QSqlDatabase db = m_database.connection();
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM advances a WHERE a.id = :id").arg(kColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        throw Error::notFound(Tr::tr("This advance no longer exists."), QStringLiteral("advance %1").arg(id));
    const Advance a = read(q);
    const ClaimRights rights(db, m_session);
    rights.requireRead(ClaimQuery(db).ownerRole(a.personId, a.paidDate));
    return a;
}

std::vector<Advance> AdvanceService::advances(qint64 personId, bool openOnly) const
{
    const QSqlDatabase db = m_database.connection();
    const ClaimRights rights(db, m_session);
    rights.visibleRoles();
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM advances a WHERE a.person_id = :person %2 ORDER BY a.paid_date DESC, a.id DESC")
                       .arg(kColumns, openOnly ? QStringLiteral("AND a.settled_date IS NULL") : QString()));
    q.bind(QStringLiteral(":person"), personId).exec();
    std::vector<Advance> result;
    const ClaimQuery query(db);
    while (q.next()) {
        Advance a = read(q);
        if (rights.mayRead(query.ownerRole(a.personId, a.paidDate)))
            result.push_back(a);
    }
    return result;
}

std::vector<Advance> AdvanceService::overdue(const QDate &today) const
{
    const QSqlDatabase db = m_database.connection();
    const ClaimRights rights(db, m_session);
    rights.visibleRoles();
    // The partial index on open advances keeps this cheap; the month is checked per row because
    // addMonths clamps at the end of a month, which SQL's date() does not.
    SqlQuery q(db, QStringLiteral("SELECT %1 FROM advances a WHERE a.settled_date IS NULL AND a.paid_date < :limit "
                                  "ORDER BY a.paid_date, a.id").arg(kColumns));
    q.bind(QStringLiteral(":limit"), dutch::isoDate(today.addDays(-27))).exec();
    std::vector<Advance> result;
    const ClaimQuery query(db);
    while (q.next()) {
        Advance a = read(q);
        if (a.isOverdue(today) && rights.mayRead(query.ownerRole(a.personId, a.paidDate)))
            result.push_back(a);
    }
    return result;
}

void AdvanceService::validate(const Advance &a, const QDate &today) const
{
    fieldrules::text(a.description, "description", Tr::tr("Description"), 500, true);
    fieldrules::amount(a.amount, "amount", Tr::tr("Amount"));
    fieldrules::require(a.amount.cents() > 0, "amount", Tr::tr("Amount: fill in the amount of the advance."));
    fieldrules::requiredDate(a.paidDate, "paidDate", Tr::tr("Date paid"));
    fieldrules::pastDate(a.paidDate, today, "paidDate", Tr::tr("Date paid"));
    fieldrules::text(a.notes, "notes", Tr::tr("Notes"), 4000, false);
}

qint64 AdvanceService::insert(const Advance &input, bool keepId)
{
    Advance a = input;
    a.description = a.description.trimmed();
    a.notes = a.notes.trimmed();
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery q(m_database.connection(), QStringLiteral(
        "INSERT INTO advances(id, person_id, description, amount_cents, paid_date, settled_date, notes, created_at, updated_at) "
        "VALUES (:id, :person, :description, :amount, :paid, :settled, :notes, :now, :now)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), keepId ? QVariant(a.id) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":person"), a.personId)
        .bind(QStringLiteral(":description"), a.description)
        .bind(QStringLiteral(":amount"), qint64(a.amount.cents()))
        .bind(QStringLiteral(":paid"), dutch::isoDate(a.paidDate))
        .bind(QStringLiteral(":settled"), dateValue(a.settledDate))
        .bind(QStringLiteral(":notes"), a.notes)
        .bind(QStringLiteral(":now"), nowUtcText())
        .exec();
    a.id = keepId ? a.id : q.lastInsertId();
    work.audit(kEntity, a.id, keepId ? QStringLiteral("restore") : QStringLiteral("create"), {}, a.toJson(), a.personId);
    work.commit();
    Q_EMIT advancesChanged(a.personId);
    return a.id;
}

qint64 AdvanceService::create(const Advance &input, const QDate &today)
{
    ClaimRights(m_database.connection(), m_session).requireKeep(input.personId, input.paidDate.isValid() ? input.paidDate : today);
    Advance a = input;
    a.settledDate = QDate();
    validate(a, today);
    return insert(a, false);
}

void AdvanceService::restore(const Advance &input)
{
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT count(*) FROM advances WHERE id = :id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), input.id).exec();
    if (q.next() && q.value(0).toInt() > 0)
        throw Error(Error::Kind::Conflict, Tr::tr("This advance already exists."));
    ClaimRights(m_database.connection(), m_session).requireKeep(input.personId, input.paidDate);
    insert(input, true);
}

void AdvanceService::update(const Advance &input, const QDate &today)
{
    const Advance before = advance(input.id);
    const ClaimRights rights(m_database.connection(), m_session);
    rights.requireKeep(before.personId, before.paidDate);
    if (before.claimId > 0)
        throw Error(Error::Kind::Conflict, Tr::tr("This advance is accounted for by a claim and can no longer be changed."));
    Advance after = before;
    after.description = input.description.trimmed();
    after.amount = input.amount;
    after.paidDate = input.paidDate;
    after.notes = input.notes.trimmed();
    validate(after, today);
    rights.requireKeep(after.personId, after.paidDate);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral(
        "UPDATE advances SET description = :description, amount_cents = :amount, paid_date = :paid, notes = :notes, "
        "updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":description"), after.description)
        .bind(QStringLiteral(":amount"), qint64(after.amount.cents()))
        .bind(QStringLiteral(":paid"), dutch::isoDate(after.paidDate))
        .bind(QStringLiteral(":notes"), after.notes)
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), after.id)
        .exec();
    work.audit(kEntity, after.id, QStringLiteral("update"), before.toJson(), after.toJson(), after.personId);
    work.commit();
    Q_EMIT advancesChanged(after.personId);
}

Advance AdvanceService::remove(qint64 id)
{
    const Advance before = advance(id);
    ClaimRights(m_database.connection(), m_session).requireKeep(before.personId, before.paidDate);
    if (before.claimId > 0)
        throw Error(Error::Kind::Conflict, Tr::tr("This advance is accounted for by a claim and stays on record."));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM advances WHERE id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), id).exec();
    work.audit(kEntity, id, QStringLiteral("remove"), before.toJson(), {}, before.personId);
    work.commit();
    Q_EMIT advancesChanged(before.personId);
    return before;
}

} // namespace integriteit
