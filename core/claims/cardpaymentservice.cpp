#include "cardpaymentservice.h"

#include "auth/session.h"
#include "claims/cardvalidator.h"
#include "claims/claimrights.h"
#include "claims/expensecategories.h"
#include "claims/receiptstore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/common/fieldrules.h"
#include "registers/common/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CardPaymentService) };

const QString kPayment = QStringLiteral("card_payment");
const QString kInvoice = QStringLiteral("private_invoice");
} // namespace

CardPaymentService::CardPaymentService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

CardPayment CardPaymentService::requirePayment(qint64 id) const
{
    m_session.requireLogin();
    const QSqlDatabase db = m_database.connection();
    const auto p = CardQuery(db).payment(id);
    if (!p)
        throw Error::notFound(Tr::tr("This card payment no longer exists."), QStringLiteral("card_payment %1").arg(id));
    ClaimRights(db, m_session).requireRead(ClaimQuery(db).ownerRole(p->personId, p->date));
    return *p;
}

CardPayment CardPaymentService::requireOpen(qint64 id) const
{
    const CardPayment p = requirePayment(id);
    ClaimRights(m_database.connection(), m_session).requireKeep(p.personId, p.date);
    if (p.judgement)
        throw Error(Error::Kind::Workflow,
                    Tr::tr("This payment has already been judged as \"%1\"; its accounting no longer changes.")
                        .arg(cardJudgementName(*p.judgement)));
    return p;
}

CardPayment CardPaymentService::payment(qint64 id) const
{
    return requirePayment(id);
}

int CardPaymentService::count(const CardPaymentFilter &filter) const
{
    const auto visible = ClaimRights(m_database.connection(), m_session).visibleRoles();
    return CardQuery(m_database.connection()).count(filter, visible);
}

std::vector<CardPaymentRow> CardPaymentService::page(const CardPaymentFilter &filter, CardPaymentColumn sort,
                                                     Qt::SortOrder order, int offset, int limit) const
{
    const auto visible = ClaimRights(m_database.connection(), m_session).visibleRoles();
    return CardQuery(m_database.connection()).page(filter, visible, sort, order, offset, limit);
}

Receipt CardPaymentService::receipt(qint64 paymentId, bool withData) const
{
    const CardPayment p = requirePayment(paymentId);
    const auto r = p.receiptId > 0 ? ReceiptStore(m_database.connection()).load(p.receiptId, withData) : std::nullopt;
    if (!r)
        throw Error::notFound(Tr::tr("This payment has no proof of payment."), QStringLiteral("card_payment %1").arg(paymentId));
    return *r;
}

std::vector<DuplicateHit> CardPaymentService::probableDuplicates(qint64 paymentId) const
{
    const CardPayment p = requirePayment(paymentId);
    const QSqlDatabase db = m_database.connection();
    const ClaimQuery query(db);
    std::vector<DuplicateHit> hits = query.sameDateAndAmount(p.personId, p.date, p.amount, 0, p.id);
    if (p.receiptId > 0)
        if (const auto r = ReceiptStore(db).load(p.receiptId, false))
            for (const DuplicateHit &hit : query.sameReceipt(r->sha256, 0, p.id))
                hits.push_back(hit);
    return hits;
}

std::vector<AuditEntry> CardPaymentService::history(qint64 paymentId) const
{
    requirePayment(paymentId);
    return AuditLog::history(m_database.connection(), kPayment, paymentId);
}

bool CardPaymentService::mayJudge(const CardPayment &p) const
{
    return !p.judgement && m_session.isLoggedIn() && p.accountedBy != m_session.user().id
        && ClaimRights(m_database.connection(), m_session).mayKeep(p.personId, p.date);
}

void CardPaymentService::writeAccounting(const CardPayment &p)
{
    SqlQuery(m_database.connection(), QStringLiteral(
        "UPDATE card_payments SET category = :category, description = :description, reason = :reason, receipt_id = :receipt, "
        "accounted_by = :by, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":category"), nullableText(p.category))
        .bind(QStringLiteral(":description"), p.description)
        .bind(QStringLiteral(":reason"), p.reason)
        .bind(QStringLiteral(":receipt"), p.receiptId > 0 ? QVariant(p.receiptId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":by"), p.accountedBy > 0 ? QVariant(p.accountedBy) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), p.id)
        .exec();
}

void CardPaymentService::account(qint64 paymentId, const QString &category, const QString &description, const QString &reason)
{
    const CardPayment before = requireOpen(paymentId);
    const QSqlDatabase db = m_database.connection();
    CardPayment after = before;
    after.category = category.trimmed();
    after.description = description.trimmed();
    after.reason = reason.trimmed();
    after.accountedBy = m_session.user().id;
    if (after.category.isEmpty())
        throw Error::validation(QStringLiteral("category"), Tr::tr("Kind of cost: choose one of the list."));
    ExpenseCategories::requireUsable(db, after.category, QStringLiteral("category"), before.category);
    fieldrules::text(after.description, "description", Tr::tr("Description"), 500, false);
    CardValidator::noCardNumber(after.description, "description", Tr::tr("Description"));
    fieldrules::text(after.reason, "reason", Tr::tr("Functional reason"), 2000, true);
    CardValidator::noCardNumber(after.reason, "reason", Tr::tr("Functional reason"));
    UnitOfWork work(m_database, m_session.actor());
    writeAccounting(after);
    work.audit(kPayment, after.id, QStringLiteral("account"), before.toJson(), after.toJson(), after.personId);
    work.commit();
    Q_EMIT paymentChanged(after.id, after.cardId);
}

qint64 CardPaymentService::attachReceipt(qint64 paymentId, const QString &fileName, const QByteArray &data)
{
    const CardPayment before = requireOpen(paymentId);
    const Receipt receipt = Receipt::fromBytes(fileName, data);
    const QSqlDatabase db = m_database.connection();
    ReceiptStore receipts(db);
    UnitOfWork work(m_database, m_session.actor());
    CardPayment after = before;
    after.receiptId = receipts.insert(receipt);
    after.accountedBy = m_session.user().id;
    writeAccounting(after);
    if (before.receiptId > 0)
        receipts.remove(before.receiptId);
    Receipt stored = receipt;
    stored.id = after.receiptId;
    QJsonObject audit = after.toJson();
    audit.insert(QStringLiteral("receipt"), stored.toJson());
    work.audit(kPayment, after.id, QStringLiteral("attach_receipt"), before.toJson(), audit, after.personId);
    work.commit();
    Q_EMIT paymentChanged(after.id, after.cardId);
    return after.receiptId;
}

void CardPaymentService::detachReceipt(qint64 paymentId)
{
    const CardPayment before = requireOpen(paymentId);
    if (before.receiptId <= 0)
        return;
    UnitOfWork work(m_database, m_session.actor());
    CardPayment after = before;
    after.receiptId = 0;
    writeAccounting(after);
    ReceiptStore(m_database.connection()).remove(before.receiptId);
    work.audit(kPayment, after.id, QStringLiteral("detach_receipt"), before.toJson(), after.toJson(), after.personId);
    work.commit();
    Q_EMIT paymentChanged(after.id, after.cardId);
}

std::optional<PrivateInvoice> CardPaymentService::judge(qint64 paymentId, CardJudgement judgement, Money privateAmount,
                                                        const QString &noteInput, const QDate &date, const QDate &today)
{
    const CardPayment before = requireOpen(paymentId);
    if (before.accountedBy == m_session.user().id)
        throw Error::permission(Tr::tr("Four eyes: you accounted for this payment, so another official judges it."));
    const QString note = noteInput.trimmed();
    fieldrules::requiredDate(date, "date", Tr::tr("Date of judgement"));
    fieldrules::pastDate(date, today, "date", Tr::tr("Date of judgement"));
    fieldrules::notBefore(date, before.date, "date", Tr::tr("Date of judgement"), Tr::tr("Payment date"));
    fieldrules::text(note, "note", Tr::tr("Note"), 2000, judgement == CardJudgement::Private);
    CardPayment after = before;
    after.judgement = judgement;
    after.judgedBy = m_session.user().id;
    after.judgedDate = date;
    after.judgementNote = note;
    if (judgement == CardJudgement::Business) {
        // GC 9.11: a business payment is accounted for like a claim line.
        fieldrules::require(!before.category.isEmpty(), "category", Tr::tr("Kind of cost: account for the payment first."));
        fieldrules::require(!before.reason.trimmed().isEmpty(), "reason",
                            Tr::tr("Functional reason: account for the payment first (GC 9.11)."));
        fieldrules::require(before.receiptId > 0, "receipt", Tr::tr("Receipt: attach the proof of payment first (GC 9.11)."));
        after.privateAmount = Money();
    } else {
        fieldrules::require(privateAmount.cents() > 0 && privateAmount <= before.amount, "privateAmount",
                            Tr::tr("Private part: between %1 and the amount paid, %2.")
                                .arg(Money::fromCents(1).toDutch(), before.amount.toDutch()));
        after.privateAmount = privateAmount;
    }
    const QSqlDatabase db = m_database.connection();
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(db, QStringLiteral("UPDATE card_payments SET judgement = :judgement, private_cents = :private, judged_by = :by, "
                                "judged_date = :date, judgement_note = :note, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":judgement"), cardJudgementCode(judgement))
        .bind(QStringLiteral(":private"), qint64(after.privateAmount.cents()))
        .bind(QStringLiteral(":by"), after.judgedBy)
        .bind(QStringLiteral(":date"), dutch::isoDate(date))
        .bind(QStringLiteral(":note"), note)
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), after.id)
        .exec();
    work.audit(kPayment, after.id, QStringLiteral("judge"), before.toJson(), after.toJson(), after.personId);
    std::optional<PrivateInvoice> invoice;
    if (judgement == CardJudgement::Private) {
        // GC 9.15: an invoice for the part that stays for the holder's account, numbered per year.
        PrivateInvoice i;
        i.paymentId = after.id;
        i.personId = after.personId;
        i.numberYear = date.year();
        SqlQuery next(db, QStringLiteral("SELECT coalesce(max(number_seq), 0) + 1 FROM private_invoices WHERE number_year = :year"), SqlQuery::Reuse::Yes);
        next.bind(QStringLiteral(":year"), i.numberYear).exec();
        i.numberSeq = next.next() ? next.value(0).toInt() : 1;
        i.invoiceDate = date;
        i.dueDate = date.addDays(PrivateInvoice::kPaymentTermDays);
        i.amount = after.privateAmount;
        i.notes = note;
        SqlQuery q(db, QStringLiteral(
            "INSERT INTO private_invoices(payment_id, person_id, number_year, number_seq, invoice_date, due_date, amount_cents, "
            "notes, created_at, updated_at) VALUES (:payment, :person, :year, :seq, :date, :due, :amount, :notes, :now, :now)"), SqlQuery::Reuse::Yes);
        q.bind(QStringLiteral(":payment"), i.paymentId)
            .bind(QStringLiteral(":person"), i.personId)
            .bind(QStringLiteral(":year"), i.numberYear)
            .bind(QStringLiteral(":seq"), i.numberSeq)
            .bind(QStringLiteral(":date"), dutch::isoDate(i.invoiceDate))
            .bind(QStringLiteral(":due"), dutch::isoDate(i.dueDate))
            .bind(QStringLiteral(":amount"), qint64(i.amount.cents()))
            .bind(QStringLiteral(":notes"), i.notes)
            .bind(QStringLiteral(":now"), nowUtcText())
            .exec();
        i.id = q.lastInsertId();
        work.audit(kInvoice, i.id, QStringLiteral("create"), {}, i.toJson(), i.personId);
        invoice = i;
    }
    work.commit();
    Q_EMIT paymentChanged(after.id, after.cardId);
    if (invoice)
        Q_EMIT invoicesChanged(invoice->personId);
    return invoice;
}

PrivateInvoice CardPaymentService::invoice(qint64 id) const
{
    m_session.requireLogin();
    const auto i = CardQuery(m_database.connection()).invoice(id);
    if (!i)
        throw Error::notFound(Tr::tr("This invoice no longer exists."), QStringLiteral("private_invoice %1").arg(id));
    requirePayment(i->paymentId);
    return *i;
}

std::optional<PrivateInvoice> CardPaymentService::invoiceForPayment(qint64 paymentId) const
{
    requirePayment(paymentId);
    return CardQuery(m_database.connection()).invoiceForPayment(paymentId);
}

std::vector<PrivateInvoice> CardPaymentService::invoices(qint64 personId, bool openOnly) const
{
    const QSqlDatabase db = m_database.connection();
    const ClaimRights rights(db, m_session);
    rights.visibleRoles();
    const CardQuery cards(db);
    const ClaimQuery claims(db);
    std::vector<PrivateInvoice> result;
    for (const PrivateInvoice &i : cards.invoices(personId, openOnly)) {
        const auto p = cards.payment(i.paymentId);
        if (p && rights.mayRead(claims.ownerRole(p->personId, p->date)))
            result.push_back(i);
    }
    return result;
}

void CardPaymentService::markInvoicePaid(qint64 invoiceId, const QDate &paidDate, const QDate &today)
{
    const PrivateInvoice before = invoice(invoiceId);
    const CardPayment p = requirePayment(before.paymentId);
    ClaimRights(m_database.connection(), m_session).requireKeep(p.personId, p.date);
    if (before.paidDate.isValid())
        throw Error(Error::Kind::Conflict, Tr::tr("Invoice %1 was already paid on %2.")
                                               .arg(before.number(), dutch::date(before.paidDate)));
    fieldrules::requiredDate(paidDate, "paidDate", Tr::tr("Date paid"));
    fieldrules::pastDate(paidDate, today, "paidDate", Tr::tr("Date paid"));
    fieldrules::notBefore(paidDate, before.invoiceDate, "paidDate", Tr::tr("Date paid"), Tr::tr("Invoice date"));
    PrivateInvoice after = before;
    after.paidDate = paidDate;
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("UPDATE private_invoices SET paid_date = :paid, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":paid"), dutch::isoDate(paidDate))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), invoiceId)
        .exec();
    work.audit(kInvoice, invoiceId, QStringLiteral("paid"), before.toJson(), after.toJson(), after.personId);
    work.commit();
    Q_EMIT invoicesChanged(after.personId);
}

void CardPaymentService::recordInvoiceLetter(qint64 invoiceId, const QString &fileName)
{
    const PrivateInvoice invoice = this->invoice(invoiceId);
    const CardPayment p = requirePayment(invoice.paymentId);
    ClaimRights(m_database.connection(), m_session).requireKeep(p.personId, p.date);
    UnitOfWork work(m_database, m_session.actor());
    work.audit(kInvoice, invoiceId, QStringLiteral("letter"), {},
               {{QStringLiteral("number"), invoice.number()}, {QStringLiteral("file_name"), QFileInfo(fileName).fileName()}},
               invoice.personId);
    work.commit();
}

} // namespace integriteit
