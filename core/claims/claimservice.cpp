#include "claimservice.h"

#include "auth/session.h"
#include "claims/claimrights.h"
#include "claims/claimstore.h"
#include "claims/claimtransitions.h"
#include "claims/claimvalidator.h"
#include "claims/receiptstore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/common/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ClaimService) };

const QString kEntity = QStringLiteral("claim");

ClaimLine trimmed(ClaimLine l)
{
    l.description = l.description.trimmed();
    l.reason = l.reason.trimmed();
    l.category = l.category.trimmed();
    return l;
}

Claim trimmed(Claim c)
{
    c.description = c.description.trimmed();
    c.notes = c.notes.trimmed();
    return c;
}

QJsonObject withReceipt(QJsonObject line, const std::optional<Receipt> &receipt)
{
    if (receipt)
        line.insert(QStringLiteral("receipt"), receipt->toJson());
    return line;
}
} // namespace

ClaimService::ClaimService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

// ---- reads ---------------------------------------------------------------------------------

Claim ClaimService::claim(qint64 id) const
{
    m_session.requireLogin();
    const auto c = ClaimQuery(m_database.connection()).claim(id);
    if (!c)
        throw Error::notFound(Tr::tr("This expense claim no longer exists."), QStringLiteral("claim %1").arg(id));
    const ClaimRights rights(m_database.connection(), m_session);
    rights.requireRead(rights.ownerRole(*c));
    return *c;
}

std::vector<ClaimLine> ClaimService::lines(qint64 claimId) const
{
    claim(claimId);
    return ClaimQuery(m_database.connection()).lines(claimId);
}

ClaimLine ClaimService::lineOfDraft(qint64 lineId) const
{
    m_session.requireLogin();
    const auto l = ClaimQuery(m_database.connection()).line(lineId);
    if (!l)
        throw Error::notFound(Tr::tr("This line of the claim no longer exists."), QStringLiteral("claim_line %1").arg(lineId));
    return *l;
}

ClaimLine ClaimService::line(qint64 lineId) const
{
    m_session.requireLogin();
    const auto l = ClaimQuery(m_database.connection()).line(lineId);
    if (!l)
        throw Error::notFound(Tr::tr("This line of the claim no longer exists."), QStringLiteral("claim_line %1").arg(lineId));
    claim(l->claimId);
    return *l;
}

Receipt ClaimService::receipt(qint64 lineId, bool withData) const
{
    const ClaimLine l = line(lineId);
    const auto r = l.receiptId > 0 ? ReceiptStore(m_database.connection()).load(l.receiptId, withData) : std::nullopt;
    if (!r)
        throw Error::notFound(Tr::tr("This line has no proof of payment."), QStringLiteral("claim_line %1").arg(lineId));
    return *r;
}

std::vector<ClaimWarning> ClaimService::warnings(qint64 claimId) const
{
    claim(claimId);
    return ClaimQuery(m_database.connection()).warnings(claimId);
}

std::vector<ClaimEvent> ClaimService::events(qint64 claimId) const
{
    claim(claimId);
    return ClaimQuery(m_database.connection()).events(claimId);
}

std::vector<AuditEntry> ClaimService::history(qint64 claimId) const
{
    // A removed draft has no claim any more, but its history stays readable for those who read all.
    const auto c = ClaimQuery(m_database.connection()).claim(claimId);
    const ClaimRights rights(m_database.connection(), m_session);
    if (c)
        rights.requireRead(rights.ownerRole(*c));
    else if (rights.visibleRoles())
        throw Error::notFound(Tr::tr("This expense claim no longer exists."), QStringLiteral("claim %1").arg(claimId));
    return AuditLog::history(m_database.connection(), kEntity, claimId);
}

int ClaimService::count(const ClaimFilter &filter) const
{
    const auto visible = ClaimRights(m_database.connection(), m_session).visibleRoles();
    return ClaimQuery(m_database.connection()).count(filter, visible);
}

std::vector<ClaimRow> ClaimService::page(const ClaimFilter &filter, ClaimColumn sort, Qt::SortOrder order, int offset,
                                         int limit) const
{
    const auto visible = ClaimRights(m_database.connection(), m_session).visibleRoles();
    return ClaimQuery(m_database.connection()).page(filter, visible, sort, order, offset, limit);
}

std::vector<DuplicateHit> ClaimService::probableDuplicates(const ClaimLine &l, const QByteArray &receiptBytes) const
{
    ClaimRights(m_database.connection(), m_session).visibleRoles();
    const ClaimQuery query(m_database.connection());
    // A line being typed may know only its claim.
    const qint64 personId = l.personId > 0 ? l.personId : (l.claimId > 0 ? claim(l.claimId).personId : 0);
    std::vector<DuplicateHit> hits;
    if (personId > 0 && l.expenseDate.isValid() && l.amount.cents() > 0)
        hits = query.sameDateAndAmount(personId, l.expenseDate, l.amount, l.id, 0);
    if (!receiptBytes.isEmpty())
        for (const DuplicateHit &hit : query.sameReceipt(Receipt::sha256Hex(receiptBytes), l.id, 0))
            hits.push_back(hit);
    return hits;
}

std::vector<ClaimOverviewRow> ClaimService::overview(const ClaimOverviewFilter &input) const
{
    const auto visible = ClaimRights(m_database.connection(), m_session).visibleRoles();
    ClaimOverviewFilter filter = input;
    if (visible) {
        QList<HolderRole> roles;
        for (HolderRole role : *visible)
            if (!filter.roles || filter.roles->contains(role))
                roles << role;
        filter.roles = roles;
    }
    return ClaimOverview(m_database.connection()).totals(filter);
}

std::vector<ClaimOverviewRow> ClaimService::publicTotals(int year) const
{
    m_session.requireLogin();
    ClaimOverviewFilter filter;
    filter.year = year;
    filter.roles = ClaimOverview::collegeRoles();
    return ClaimOverview(m_database.connection()).totals(filter);
}

std::vector<PublicClaimLine> ClaimService::publicLines(int year) const
{
    m_session.requireLogin();
    return ClaimOverview(m_database.connection()).publicLines(year);
}

bool ClaimService::mayCreate(qint64 personId, const QDate &today) const
{
    return ClaimRights(m_database.connection(), m_session).mayKeep(personId, today);
}

bool ClaimService::mayEdit(const Claim &c) const
{
    return c.status == ClaimStatus::Draft
        && ClaimRights(m_database.connection(), m_session).mayKeep(c.personId, c.referenceDate);
}

QList<ClaimAction> ClaimService::availableActions(const Claim &c) const
{
    if (!m_session.isLoggedIn())
        return {};
    const ClaimRights rights(m_database.connection(), m_session);
    return ClaimWorkflow::available(rights.facts(c), rights.user(c));
}

QString ClaimService::refusal(const Claim &c, ClaimAction action) const
{
    try {
        m_session.requireLogin();
        const ClaimRights rights(m_database.connection(), m_session);
        ClaimWorkflow::authorizeUser(rights.facts(c), action, rights.user(c));
    } catch (const Error &error) {
        return error.userMessage();
    }
    return {};
}

// ---- drafts --------------------------------------------------------------------------------

Claim ClaimService::requireDraft(qint64 claimId) const
{
    const Claim c = claim(claimId);
    if (c.status != ClaimStatus::Draft)
        throw Error(Error::Kind::Workflow,
                    Tr::tr("Claim %1 has the status \"%2\": only a draft can be changed. Have it returned for correction first.")
                        .arg(c.number(), claimStatusName(c.status)));
    ClaimRights(m_database.connection(), m_session).requireKeep(c.personId, c.referenceDate);
    return c;
}

qint64 ClaimService::create(const Claim &input, const QDate &today)
{
    // A new claim belongs to the office of the person's appointment today; its first line moves
    // the reference date to the earliest expense.
    const QSqlDatabase db = m_database.connection();
    Claim c = trimmed(input);
    c.createdDate = today;
    c.advanceId = input.advanceId;
    ClaimRights(db, m_session).requireKeep(c.personId, today);
    ClaimValidator(db).validate(c);
    UnitOfWork work(m_database, m_session.actor());
    c = ClaimStore(db).insertClaim(c, false);
    work.audit(kEntity, c.id, QStringLiteral("create"), {}, c.toJson(), c.personId);
    work.commit();
    Q_EMIT claimsChanged(c.personId);
    return c.id;
}

void ClaimService::update(const Claim &input)
{
    const Claim before = requireDraft(input.id);
    Claim after = before;
    after.description = input.description.trimmed();
    after.notes = input.notes.trimmed();
    after.advanceId = input.advanceId;
    ClaimValidator(m_database.connection()).validate(after);
    UnitOfWork work(m_database, m_session.actor());
    ClaimStore(m_database.connection()).updateHeader(after);
    work.audit(kEntity, after.id, QStringLiteral("update"), before.toJson(), after.toJson(), after.personId);
    work.commit();
    Q_EMIT claimChanged(after.id, after.personId);
}

ClaimSnapshot ClaimService::remove(qint64 id)
{
    const Claim before = requireDraft(id);
    const QSqlDatabase db = m_database.connection();
    if (SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM claim_events WHERE claim_id = %1").arg(id)).toInt() > 0)
        throw Error(Error::Kind::Conflict,
                    Tr::tr("Claim %1 was submitted before, so it stays on record. Submit it again, or have it rejected.")
                        .arg(before.number()));
    ClaimSnapshot snapshot{before, ClaimQuery(db).lines(id), {}};
    QJsonArray lines;
    UnitOfWork work(m_database, m_session.actor());
    ReceiptStore receipts(db);
    for (const ClaimLine &l : snapshot.lines) {
        const auto r = l.receiptId > 0 ? receipts.load(l.receiptId, true) : std::nullopt;
        lines.append(withReceipt(l.toJson(), r));
        ClaimStore(db).deleteLine(l.id);
        if (r) {
            receipts.remove(r->id);
            snapshot.receipts.push_back(*r);
        }
    }
    ClaimStore(db).deleteClaim(id);
    QJsonObject beforeJson = before.toJson();
    beforeJson.insert(QStringLiteral("lines"), lines);
    work.audit(kEntity, id, QStringLiteral("remove"), beforeJson, {}, before.personId);
    work.commit();
    Q_EMIT claimsChanged(before.personId);
    return snapshot;
}

void ClaimService::restore(const ClaimSnapshot &snapshot)
{
    const QSqlDatabase db = m_database.connection();
    if (ClaimQuery(db).claim(snapshot.claim.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This expense claim already exists."));
    ClaimRights(db, m_session).requireKeep(snapshot.claim.personId, snapshot.claim.referenceDate);
    UnitOfWork work(m_database, m_session.actor());
    ClaimStore store(db);
    store.insertClaim(snapshot.claim, true);
    ReceiptStore receipts(db);
    for (const Receipt &r : snapshot.receipts)
        receipts.insert(r, r.id);
    QJsonArray lines;
    for (const ClaimLine &l : snapshot.lines) {
        store.insertLine(l, true);
        lines.append(l.toJson());
    }
    QJsonObject after = snapshot.claim.toJson();
    after.insert(QStringLiteral("lines"), lines);
    work.audit(kEntity, snapshot.claim.id, QStringLiteral("restore"), {}, after, snapshot.claim.personId);
    work.commit();
    Q_EMIT claimsChanged(snapshot.claim.personId);
}

qint64 ClaimService::addLine(const ClaimLine &input, const QDate &today)
{
    const Claim c = requireDraft(input.claimId);
    ClaimLine l = trimmed(input);
    l.id = 0;
    l.personId = c.personId;
    l.receiptId = 0; // receipts arrive through attachReceipt, with their bytes
    ClaimValidator(m_database.connection()).validate(l, today);
    ClaimRights(m_database.connection(), m_session).requireKeep(c.personId, l.expenseDate);
    ClaimValidator(m_database.connection()).requireSameOffice(c, l);
    UnitOfWork work(m_database, m_session.actor());
    l.id = ClaimStore(m_database.connection()).insertLine(l, false);
    work.audit(kEntity, c.id, QStringLiteral("add_line"), {}, l.toJson(), c.personId);
    work.commit();
    Q_EMIT claimChanged(c.id, c.personId);
    return l.id;
}

void ClaimService::updateLine(const ClaimLine &input, const QDate &today)
{
    const ClaimLine before = lineOfDraft(input.id); // requireDraft below checks reading and keeping
    const Claim c = requireDraft(before.claimId);
    ClaimLine l = trimmed(input);
    l.claimId = before.claimId;
    l.personId = before.personId;
    l.receiptId = before.receiptId;
    ClaimValidator(m_database.connection()).validate(l, today, before.category);
    ClaimRights(m_database.connection(), m_session).requireKeep(c.personId, l.expenseDate);
    ClaimValidator(m_database.connection()).requireSameOffice(c, l);
    UnitOfWork work(m_database, m_session.actor());
    ClaimStore(m_database.connection()).updateLine(l);
    work.audit(kEntity, c.id, QStringLiteral("update_line"), before.toJson(), l.toJson(), c.personId);
    work.commit();
    Q_EMIT claimChanged(c.id, c.personId);
}

LineSnapshot ClaimService::removeLine(qint64 lineId)
{
    const ClaimLine before = lineOfDraft(lineId); // requireDraft below checks reading and keeping
    const Claim c = requireDraft(before.claimId);
    const QSqlDatabase db = m_database.connection();
    ReceiptStore receipts(db);
    LineSnapshot snapshot{before, before.receiptId > 0 ? receipts.load(before.receiptId, true) : std::nullopt};
    UnitOfWork work(m_database, m_session.actor());
    ClaimStore(db).deleteLine(lineId);
    if (snapshot.receipt)
        receipts.remove(snapshot.receipt->id);
    work.audit(kEntity, c.id, QStringLiteral("remove_line"), withReceipt(before.toJson(), snapshot.receipt), {}, c.personId);
    work.commit();
    Q_EMIT claimChanged(c.id, c.personId);
    return snapshot;
}

void ClaimService::restoreLine(const LineSnapshot &snapshot)
{
    const Claim c = requireDraft(snapshot.line.claimId);
    const QSqlDatabase db = m_database.connection();
    if (ClaimQuery(db).line(snapshot.line.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This line of the claim already exists."));
    UnitOfWork work(m_database, m_session.actor());
    if (snapshot.receipt)
        ReceiptStore(db).insert(*snapshot.receipt, snapshot.receipt->id);
    ClaimStore(db).insertLine(snapshot.line, true);
    work.audit(kEntity, c.id, QStringLiteral("restore_line"), {}, withReceipt(snapshot.line.toJson(), snapshot.receipt),
               c.personId);
    work.commit();
    Q_EMIT claimChanged(c.id, c.personId);
}

qint64 ClaimService::attachReceipt(qint64 lineId, const QString &fileName, const QByteArray &data)
{
    const ClaimLine l = lineOfDraft(lineId); // requireDraft below checks reading and keeping the claim
    const Claim c = requireDraft(l.claimId);
    const Receipt receipt = Receipt::fromBytes(fileName, data);
    const QSqlDatabase db = m_database.connection();
    ReceiptStore receipts(db);
    const auto previous = l.receiptId > 0 ? receipts.load(l.receiptId, false) : std::nullopt;
    UnitOfWork work(m_database, m_session.actor());
    Receipt stored = receipt;
    stored.id = receipts.insert(receipt);
    ClaimStore(db).setReceipt(lineId, stored.id);
    if (previous)
        receipts.remove(previous->id);
    QJsonObject before{{QStringLiteral("line_id"), lineId}};
    if (previous)
        before.insert(QStringLiteral("receipt"), previous->toJson());
    work.audit(kEntity, c.id, QStringLiteral("attach_receipt"), before,
               QJsonObject{{QStringLiteral("line_id"), lineId}, {QStringLiteral("receipt"), stored.toJson()}}, c.personId);
    work.commit();
    Q_EMIT claimChanged(c.id, c.personId);
    return stored.id;
}

void ClaimService::detachReceipt(qint64 lineId)
{
    const ClaimLine l = lineOfDraft(lineId);
    const Claim c = requireDraft(l.claimId);
    if (l.receiptId <= 0)
        return;
    const QSqlDatabase db = m_database.connection();
    ReceiptStore receipts(db);
    const auto previous = receipts.load(l.receiptId, false);
    UnitOfWork work(m_database, m_session.actor());
    ClaimStore(db).setReceipt(lineId, 0);
    receipts.remove(l.receiptId);
    work.audit(kEntity, c.id, QStringLiteral("detach_receipt"),
               withReceipt(QJsonObject{{QStringLiteral("line_id"), lineId}}, previous),
               QJsonObject{{QStringLiteral("line_id"), lineId}}, c.personId);
    work.commit();
    Q_EMIT claimChanged(c.id, c.personId);
}

// ---- workflow ------------------------------------------------------------------------------

void ClaimService::transition(qint64 id, ClaimAction action, const TransitionInput &input, const QDate &today)
{
    // claim() in one look-up: the owner role serves the read check, the facts and the user alike.
    m_session.requireLogin();
    const QSqlDatabase db = m_database.connection();
    const auto found = ClaimQuery(db).claim(id);
    if (!found)
        throw Error::notFound(Tr::tr("This expense claim no longer exists."), QStringLiteral("claim %1").arg(id));
    const Claim &before = *found;
    const ClaimRights rights(db, m_session);
    const auto role = rights.ownerRole(before);
    rights.requireRead(role);
    const ClaimFacts facts = rights.facts(before, role);
    const ClaimTransition &row = ClaimWorkflow::authorize(facts, action, rights.user(before, role), input, today,
                                                          ClaimQuery(db).statusSince(id));
    if (row.guards & CompleteLines)
        ClaimValidator::requireComplete(ClaimQuery(db).lines(id));
    UnitOfWork work(m_database, m_session.actor());
    ClaimTransitions(db, m_session.user()).apply(work, before, row, input, ClaimWorkflow::bodyFor(*facts.claimantRole), today);
    work.commit();
    Q_EMIT claimChanged(id, before.personId);
}

std::vector<ClaimWarning> ClaimService::submit(qint64 id, const QDate &today)
{
    transition(id, ClaimAction::Submit, {}, today);
    return ClaimQuery(m_database.connection()).warnings(id);
}

} // namespace integriteit
