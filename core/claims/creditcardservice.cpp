#include "creditcardservice.h"

#include "auth/session.h"
#include "claims/cardvalidator.h"
#include "claims/claimquery.h"
#include "claims/claimrights.h"
#include "claims/receiptstore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/textsearch.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"
#include "common/currentdate.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CreditCardService) };

const QString kCard = QStringLiteral("credit_card");
const QString kStatement = QStringLiteral("card_statement");
const QString kPayment = QStringLiteral("card_payment");

CreditCard trimmed(CreditCard c)
{
    c.issuer = c.issuer.trimmed();
    c.lastDigits = c.lastDigits.trimmed();
    c.notes = c.notes.trimmed();
    c.allowedCategories.removeDuplicates();
    c.allowedCategories.sort();
    return c;
}

CardPaymentInput trimmed(CardPaymentInput r)
{
    r.merchant = r.merchant.trimmed();
    r.category = r.category.trimmed();
    r.description = r.description.trimmed();
    return r;
}
} // namespace

CreditCardService::CreditCardService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

QDate CreditCardService::referenceDate(const CreditCard &card, const QDate &today) const
{
    // A card in use belongs to the holder's office today; a withdrawn one to his office then.
    return RecordOwner::periodReference(card.issued, card.withdrawn, today);
}

CreditCard CreditCardService::requireCard(qint64 id) const
{
    m_session.requireLogin();
    const auto c = CardQuery(m_database.connection()).card(id);
    if (!c)
        throw Error::notFound(Tr::tr("This credit card no longer exists."), QStringLiteral("credit_card %1").arg(id));
    return *c;
}

CreditCard CreditCardService::card(qint64 id) const
{
    const CreditCard c = requireCard(id);
    const QSqlDatabase db = m_database.connection();
    ClaimRights(db, m_session).requireRead(ClaimQuery(db).ownerRole(c.personId, referenceDate(c, currentDate())));
    return c;
}

std::vector<CreditCard> CreditCardService::cards(qint64 personId) const
{
    const QSqlDatabase db = m_database.connection();
    const ClaimRights rights(db, m_session);
    rights.visibleRoles();
    const ClaimQuery query(db);
    std::vector<CreditCard> result;
    for (const CreditCard &c : CardQuery(db).cards(personId))
        if (rights.mayRead(query.ownerRole(c.personId, referenceDate(c, currentDate()))))
            result.push_back(c);
    return result;
}

CardStatement CreditCardService::statement(qint64 id) const
{
    m_session.requireLogin();
    const auto s = CardQuery(m_database.connection()).statement(id);
    if (!s)
        throw Error::notFound(Tr::tr("This statement no longer exists."), QStringLiteral("card_statement %1").arg(id));
    card(s->cardId);
    return *s;
}

std::vector<CardStatement> CreditCardService::statements(qint64 cardId) const
{
    card(cardId);
    return CardQuery(m_database.connection()).statements(cardId);
}

std::vector<AuditEntry> CreditCardService::history(qint64 cardId) const
{
    card(cardId);
    return AuditLog::history(m_database.connection(), kCard, cardId);
}

bool CreditCardService::mayEdit(const CreditCard &c, const QDate &today) const
{
    return ClaimRights(m_database.connection(), m_session).mayKeep(c.personId, referenceDate(c, today));
}

void CreditCardService::writeCategories(qint64 cardId, const QStringList &categories)
{
    const QSqlDatabase db = m_database.connection();
    SqlQuery(db, QStringLiteral("DELETE FROM credit_card_categories WHERE card_id = :card"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":card"), cardId).exec();
    for (const QString &code : categories)
        SqlQuery(db, QStringLiteral("INSERT INTO credit_card_categories(card_id, category) VALUES (:card, :category)"), SqlQuery::Reuse::Yes)
            .bind(QStringLiteral(":card"), cardId)
            .bind(QStringLiteral(":category"), code)
            .exec();
}

qint64 CreditCardService::insertCard(const CreditCard &c, bool keepId)
{
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery q(m_database.connection(), QStringLiteral(
        "INSERT INTO credit_cards(id, person_id, issuer, last_digits, issued_date, withdrawn_date, notes, search_text, "
        "created_at, updated_at) VALUES (:id, :person, :issuer, :digits, :issued, :withdrawn, :notes, :search, :now, :now)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), keepId ? QVariant(c.id) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":person"), c.personId)
        .bind(QStringLiteral(":issuer"), c.issuer)
        .bind(QStringLiteral(":digits"), c.lastDigits)
        .bind(QStringLiteral(":issued"), dutch::isoDate(c.issued))
        .bind(QStringLiteral(":withdrawn"), dateValue(c.withdrawn))
        .bind(QStringLiteral(":notes"), c.notes)
        .bind(QStringLiteral(":search"), textsearch::normalize(c.issuer + QLatin1Char(' ') + c.lastDigits))
        .bind(QStringLiteral(":now"), nowUtcText())
        .exec();
    const qint64 id = keepId ? c.id : q.lastInsertId();
    writeCategories(id, c.allowedCategories);
    CreditCard stored = c;
    stored.id = id;
    work.audit(kCard, id, keepId ? QStringLiteral("restore") : QStringLiteral("create"), {}, stored.toJson(), c.personId);
    work.commit();
    Q_EMIT cardsChanged(c.personId);
    return id;
}

qint64 CreditCardService::createCard(const CreditCard &input, const QDate &today)
{
    const CreditCard c = trimmed(input);
    ClaimRights(m_database.connection(), m_session).requireKeep(c.personId, referenceDate(c, today));
    CardValidator(m_database.connection()).validate(c, today);
    return insertCard(c, false);
}

void CreditCardService::restoreCard(const CreditCard &c)
{
    if (CardQuery(m_database.connection()).card(c.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This credit card already exists."));
    ClaimRights(m_database.connection(), m_session).requireKeep(c.personId, referenceDate(c, currentDate()));
    insertCard(c, true);
}

void CreditCardService::updateCard(const CreditCard &input, const QDate &today)
{
    const CreditCard before = requireCard(input.id);
    const ClaimRights rights(m_database.connection(), m_session);
    rights.requireKeep(before.personId, referenceDate(before, today));
    CreditCard after = trimmed(input);
    if (after.personId != before.personId)
        throw Error::validation(QStringLiteral("person"), Tr::tr("Holder: a card cannot move to another person; withdraw it and register a new one."));
    rights.requireKeep(after.personId, referenceDate(after, today));
    CardValidator(m_database.connection()).validate(after, today);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral(
        "UPDATE credit_cards SET issuer = :issuer, last_digits = :digits, issued_date = :issued, withdrawn_date = :withdrawn, "
        "notes = :notes, search_text = :search, updated_at = :now WHERE id = :id"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":issuer"), after.issuer)
        .bind(QStringLiteral(":digits"), after.lastDigits)
        .bind(QStringLiteral(":issued"), dutch::isoDate(after.issued))
        .bind(QStringLiteral(":withdrawn"), dateValue(after.withdrawn))
        .bind(QStringLiteral(":notes"), after.notes)
        .bind(QStringLiteral(":search"), textsearch::normalize(after.issuer + QLatin1Char(' ') + after.lastDigits))
        .bind(QStringLiteral(":now"), nowUtcText())
        .bind(QStringLiteral(":id"), after.id)
        .exec();
    writeCategories(after.id, after.allowedCategories);
    work.audit(kCard, after.id, QStringLiteral("update"), before.toJson(), after.toJson(), after.personId);
    work.commit();
    Q_EMIT cardsChanged(after.personId);
}

void CreditCardService::withdrawCard(qint64 id, const QDate &date, const QDate &today)
{
    CreditCard c = requireCard(id);
    if (!date.isValid())
        throw Error::validation(QStringLiteral("withdrawn"), Tr::tr("Withdrawn: fill in the date."));
    c.withdrawn = date;
    updateCard(c, today);
}

CreditCard CreditCardService::removeCard(qint64 id)
{
    const CreditCard before = requireCard(id);
    ClaimRights(m_database.connection(), m_session).requireKeep(before.personId, referenceDate(before, currentDate()));
    if (!CardQuery(m_database.connection()).statements(id).empty())
        throw Error(Error::Kind::Conflict, Tr::tr("This card has statements and stays on record; withdraw it instead."));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM credit_cards WHERE id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), id).exec();
    work.audit(kCard, id, QStringLiteral("remove"), before.toJson(), {}, before.personId);
    work.commit();
    Q_EMIT cardsChanged(before.personId);
    return before;
}

qint64 CreditCardService::createStatement(const CardStatement &input, const QDate &today)
{
    return importStatement(input, {}, today);
}

qint64 CreditCardService::insertPayment(qint64 statementId, const CreditCard &card, const CardPaymentInput &row)
{
    SqlQuery q(m_database.connection(), QStringLiteral(
        "INSERT INTO card_payments(statement_id, card_id, person_id, payment_date, merchant, amount_cents, category, "
        "description, created_at, updated_at) VALUES (:statement, :card, :person, :date, :merchant, :amount, :category, "
        ":description, :now, :now)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":statement"), statementId)
        .bind(QStringLiteral(":card"), card.id)
        .bind(QStringLiteral(":person"), card.personId)
        .bind(QStringLiteral(":date"), dutch::isoDate(row.date))
        .bind(QStringLiteral(":merchant"), row.merchant)
        .bind(QStringLiteral(":amount"), qint64(row.amount.cents()))
        .bind(QStringLiteral(":category"), nullableText(row.category))
        .bind(QStringLiteral(":description"), row.description)
        .bind(QStringLiteral(":now"), nowUtcText())
        .exec();
    return q.lastInsertId();
}

qint64 CreditCardService::importStatement(const CardStatement &input, const std::vector<CardPaymentInput> &rows,
                                          const QDate &today)
{
    const QSqlDatabase db = m_database.connection();
    const CreditCard c = requireCard(input.cardId);
    const ClaimRights rights(db, m_session);
    rights.requireKeep(c.personId, referenceDate(c, today));
    CardStatement s = input;
    s.reference = s.reference.trimmed();
    s.source = s.source.trimmed();
    const CardValidator validator(db);
    validator.validate(s, today);
    SqlQuery exists(db, QStringLiteral("SELECT count(*) FROM card_statements WHERE card_id = :card AND statement_date = :date"), SqlQuery::Reuse::Yes);
    exists.bind(QStringLiteral(":card"), c.id).bind(QStringLiteral(":date"), dutch::isoDate(s.statementDate)).exec();
    if (exists.next() && exists.value(0).toInt() > 0)
        throw Error(Error::Kind::Conflict, Tr::tr("The statement of %1 of this card is already there; it is not imported twice.")
                                               .arg(dutch::date(s.statementDate)));
    // Every row is checked before anything is written, so a refused file leaves no trace.
    std::vector<CardPaymentInput> clean;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const CardPaymentInput row = trimmed(rows[i]);
        try {
            validator.validate(row, today, s.statementDate);
            rights.requireKeep(c.personId, row.date);
        } catch (const Error &e) {
            throw Error(e.kind(), Tr::tr("Row %1: %2").arg(int(i) + 1).arg(e.userMessage()), e.detail(), e.field());
        }
        clean.push_back(row);
    }
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery q(db, QStringLiteral("INSERT INTO card_statements(card_id, statement_date, reference, source, created_at, updated_at) "
                                  "VALUES (:card, :date, :reference, :source, :now, :now)"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":card"), c.id)
        .bind(QStringLiteral(":date"), dutch::isoDate(s.statementDate))
        .bind(QStringLiteral(":reference"), s.reference)
        .bind(QStringLiteral(":source"), s.source)
        .bind(QStringLiteral(":now"), nowUtcText())
        .exec();
    s.id = q.lastInsertId();
    QJsonObject after = s.toJson();
    after.insert(QStringLiteral("payments"), int(clean.size()));
    work.audit(kStatement, s.id, rows.empty() ? QStringLiteral("create") : QStringLiteral("import"), {}, after, c.personId);
    for (const CardPaymentInput &row : clean) {
        CardPayment p;
        p.id = insertPayment(s.id, c, row);
        p.statementId = s.id;
        p.cardId = c.id;
        p.date = row.date;
        p.merchant = row.merchant;
        p.amount = row.amount;
        p.category = row.category;
        p.description = row.description;
        work.audit(kPayment, p.id, QStringLiteral("create"), {}, p.toJson(), c.personId);
    }
    work.commit();
    Q_EMIT paymentsChanged(c.id);
    return s.id;
}

qint64 CreditCardService::addPayment(qint64 statementId, const CardPaymentInput &input, const QDate &today)
{
    const CardStatement s = statement(statementId);
    const CreditCard c = requireCard(s.cardId);
    const CardPaymentInput row = trimmed(input);
    CardValidator(m_database.connection()).validate(row, today, s.statementDate);
    ClaimRights(m_database.connection(), m_session).requireKeep(c.personId, row.date);
    UnitOfWork work(m_database, m_session.actor());
    CardPayment p;
    p.id = insertPayment(s.id, c, row);
    p.statementId = s.id;
    p.cardId = c.id;
    p.date = row.date;
    p.merchant = row.merchant;
    p.amount = row.amount;
    p.category = row.category;
    p.description = row.description;
    work.audit(kPayment, p.id, QStringLiteral("create"), {}, p.toJson(), c.personId);
    work.commit();
    Q_EMIT paymentsChanged(c.id);
    return p.id;
}

void CreditCardService::removePayment(qint64 paymentId)
{
    m_session.requireLogin();
    const QSqlDatabase db = m_database.connection();
    const auto p = CardQuery(db).payment(paymentId);
    if (!p)
        throw Error::notFound(Tr::tr("This card payment no longer exists."), QStringLiteral("card_payment %1").arg(paymentId));
    ClaimRights(db, m_session).requireKeep(p->personId, p->date);
    if (p->judgement)
        throw Error(Error::Kind::Conflict, Tr::tr("This payment has been judged and stays on record."));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(db, QStringLiteral("DELETE FROM card_payments WHERE id = :id"), SqlQuery::Reuse::Yes).bind(QStringLiteral(":id"), paymentId).exec();
    if (p->receiptId > 0)
        ReceiptStore(db).remove(p->receiptId);
    work.audit(kPayment, paymentId, QStringLiteral("remove"), p->toJson(), {}, p->personId);
    work.commit();
    Q_EMIT paymentsChanged(p->cardId);
}

} // namespace integriteit
