#include "cardquery.h"

#include "common/dutchformat.h"
#include "registers/common/recordowner.h"
#include "storage/sqlquery.h"

namespace integriteit {

namespace {
const QString kCardColumns = QStringLiteral(
    "c.id, c.person_id, c.issuer, c.last_digits, c.issued_date, c.withdrawn_date, c.notes, "
    "coalesce((SELECT group_concat(category, ',') FROM (SELECT category FROM credit_card_categories "
    "WHERE card_id = c.id ORDER BY category)), '')");

CreditCard readCard(const SqlQuery &q)
{
    CreditCard c;
    c.id = q.value(0).toLongLong();
    c.personId = q.value(1).toLongLong();
    c.issuer = q.value(2).toString();
    c.lastDigits = q.value(3).toString();
    c.issued = dutch::fromIso(q.value(4).toString());
    c.withdrawn = dutch::fromIso(q.value(5).toString());
    c.notes = q.value(6).toString();
    c.allowedCategories = q.value(7).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    return c;
}

const QString kPaymentColumns = QStringLiteral(
    "p.id, p.statement_id, p.card_id, p.person_id, p.payment_date, p.merchant, p.amount_cents, p.category, p.description, "
    "p.reason, p.receipt_id, p.accounted_by, p.judgement, p.private_cents, p.judged_by, p.judged_date, p.judgement_note");
constexpr int kPaymentColumnCount = 17;

CardPayment readPayment(const SqlQuery &q)
{
    CardPayment p;
    p.id = q.value(0).toLongLong();
    p.statementId = q.value(1).toLongLong();
    p.cardId = q.value(2).toLongLong();
    p.personId = q.value(3).toLongLong();
    p.date = dutch::fromIso(q.value(4).toString());
    p.merchant = q.value(5).toString();
    p.amount = Money::fromCents(q.value(6).toLongLong());
    p.category = q.value(7).toString();
    p.description = q.value(8).toString();
    p.reason = q.value(9).toString();
    p.receiptId = q.value(10).toLongLong();
    p.accountedBy = q.value(11).toLongLong();
    p.judgement = cardJudgementFromCode(q.value(12).toString());
    p.privateAmount = Money::fromCents(q.value(13).toLongLong());
    p.judgedBy = q.value(14).toLongLong();
    p.judgedDate = dutch::fromIso(q.value(15).toString());
    p.judgementNote = q.value(16).toString();
    return p;
}

const QString kInvoiceColumns = QStringLiteral(
    "id, payment_id, person_id, number_year, number_seq, invoice_date, due_date, amount_cents, paid_date, notes");

PrivateInvoice readInvoice(const SqlQuery &q)
{
    PrivateInvoice i;
    i.id = q.value(0).toLongLong();
    i.paymentId = q.value(1).toLongLong();
    i.personId = q.value(2).toLongLong();
    i.numberYear = q.value(3).toInt();
    i.numberSeq = q.value(4).toInt();
    i.invoiceDate = dutch::fromIso(q.value(5).toString());
    i.dueDate = dutch::fromIso(q.value(6).toString());
    i.amount = Money::fromCents(q.value(7).toLongLong());
    i.paidDate = dutch::fromIso(q.value(8).toString());
    i.notes = q.value(9).toString();
    return i;
}

struct Where
{
    QStringList clauses;
    QList<QPair<QString, QVariant>> values;
    void add(const QString &clause, const QString &name = {}, const QVariant &value = {})
    {
        clauses << clause;
        if (!name.isEmpty())
            values.append({name, value});
    }
    QString sql() const { return clauses.isEmpty() ? QString() : QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")); }
    void bind(SqlQuery &q) const
    {
        for (const auto &[name, value] : values)
            q.bind(name, value);
    }
};

Where where(const CardPaymentFilter &f, const std::optional<QList<HolderRole>> &visibleRoles)
{
    Where w;
    if (f.personId > 0)
        w.add(QStringLiteral("p.person_id = :person"), QStringLiteral(":person"), f.personId);
    if (f.cardId > 0)
        w.add(QStringLiteral("p.card_id = :card"), QStringLiteral(":card"), f.cardId);
    if (f.statementId > 0)
        w.add(QStringLiteral("p.statement_id = :statement"), QStringLiteral(":statement"), f.statementId);
    if (f.year > 0) {
        w.add(QStringLiteral("p.payment_date BETWEEN :yearFrom AND :yearTo"), QStringLiteral(":yearFrom"),
              dutch::isoDate(QDate(f.year, 1, 1)));
        w.values.append({QStringLiteral(":yearTo"), dutch::isoDate(QDate(f.year, 12, 31))});
    }
    if (f.openOnly)
        w.add(QStringLiteral("p.judgement IS NULL"));
    if (f.unaccountedOnly)
        w.add(QStringLiteral("(p.category IS NULL OR p.reason = '' OR p.receipt_id IS NULL)"));
    if (f.privateOnly)
        w.add(QStringLiteral("p.judgement = 'prive'"));
    if (visibleRoles) {
        QStringList codes;
        for (HolderRole role : *visibleRoles)
            codes << QStringLiteral("'%1'").arg(holderRoleCode(role));
        w.add(codes.isEmpty() ? QStringLiteral("0") : QStringLiteral("ap.role IN (%1)").arg(codes.join(QLatin1Char(','))));
    }
    return w;
}

QString fromSql()
{
    return QStringLiteral(" FROM card_payments p JOIN persons ps ON ps.id = p.person_id JOIN credit_cards c ON c.id = p.card_id "
                          "LEFT JOIN private_invoices i ON i.payment_id = p.id LEFT JOIN appointments ap ON ap.id = %1")
        .arg(RecordOwner::appointmentAtSql(QStringLiteral("p.person_id"), QStringLiteral("p.payment_date")));
}

QString orderExpression(CardPaymentColumn column)
{
    switch (column) {
    case CardPaymentColumn::Date: return QStringLiteral("p.payment_date");
    case CardPaymentColumn::Holder: return QStringLiteral("ps.sort_name COLLATE NOCASE");
    case CardPaymentColumn::Card: return QStringLiteral("c.last_digits");
    case CardPaymentColumn::Merchant: return QStringLiteral("p.merchant COLLATE NOCASE");
    case CardPaymentColumn::Category: return QStringLiteral("coalesce(p.category, '')");
    case CardPaymentColumn::Amount: return QStringLiteral("p.amount_cents");
    case CardPaymentColumn::Accounted: return QStringLiteral("(p.category IS NOT NULL AND p.reason <> '' AND p.receipt_id IS NOT NULL)");
    case CardPaymentColumn::Judgement: return QStringLiteral("coalesce(p.judgement, '')");
    case CardPaymentColumn::Invoice: return QStringLiteral("coalesce(i.number_year * 100000 + i.number_seq, 0)");
    case CardPaymentColumn::Count: break;
    }
    return QStringLiteral("p.payment_date");
}
} // namespace

std::optional<CreditCard> CardQuery::card(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM credit_cards c WHERE c.id = :id").arg(kCardColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readCard(q);
}

std::vector<CreditCard> CardQuery::cards(qint64 personId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM credit_cards c %2 ORDER BY c.issued_date DESC, c.id DESC")
                         .arg(kCardColumns, personId > 0 ? QStringLiteral("WHERE c.person_id = :person") : QString()));
    if (personId > 0)
        q.bind(QStringLiteral(":person"), personId);
    q.exec();
    std::vector<CreditCard> result;
    while (q.next())
        result.push_back(readCard(q));
    return result;
}

std::optional<CardStatement> CardQuery::statement(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, card_id, statement_date, reference, source FROM card_statements WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return CardStatement{q.value(0).toLongLong(), q.value(1).toLongLong(), dutch::fromIso(q.value(2).toString()),
                         q.value(3).toString(), q.value(4).toString()};
}

std::vector<CardStatement> CardQuery::statements(qint64 cardId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, card_id, statement_date, reference, source FROM card_statements "
                                    "WHERE card_id = :card ORDER BY statement_date DESC, id DESC"));
    q.bind(QStringLiteral(":card"), cardId).exec();
    std::vector<CardStatement> result;
    while (q.next())
        result.push_back(CardStatement{q.value(0).toLongLong(), q.value(1).toLongLong(),
                                       dutch::fromIso(q.value(2).toString()), q.value(3).toString(), q.value(4).toString()});
    return result;
}

std::optional<CardPayment> CardQuery::payment(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM card_payments p WHERE p.id = :id").arg(kPaymentColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readPayment(q);
}

std::optional<PrivateInvoice> CardQuery::invoice(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM private_invoices WHERE id = :id").arg(kInvoiceColumns));
    q.bind(QStringLiteral(":id"), id).exec();
    if (!q.next())
        return std::nullopt;
    return readInvoice(q);
}

std::optional<PrivateInvoice> CardQuery::invoiceForPayment(qint64 paymentId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM private_invoices WHERE payment_id = :id").arg(kInvoiceColumns));
    q.bind(QStringLiteral(":id"), paymentId).exec();
    if (!q.next())
        return std::nullopt;
    return readInvoice(q);
}

std::vector<PrivateInvoice> CardQuery::invoices(qint64 personId, bool openOnly) const
{
    QStringList clauses;
    if (personId > 0)
        clauses << QStringLiteral("person_id = :person");
    if (openOnly)
        clauses << QStringLiteral("paid_date IS NULL");
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM private_invoices %2 ORDER BY invoice_date DESC, id DESC")
                         .arg(kInvoiceColumns, clauses.isEmpty() ? QString() : QStringLiteral("WHERE ") + clauses.join(QStringLiteral(" AND "))));
    if (personId > 0)
        q.bind(QStringLiteral(":person"), personId);
    q.exec();
    std::vector<PrivateInvoice> result;
    while (q.next())
        result.push_back(readInvoice(q));
    return result;
}

int CardQuery::count(const CardPaymentFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles) const
{
    const Where w = where(filter, visibleRoles);
    SqlQuery q(m_db, QStringLiteral("SELECT count(*)") + fromSql() + w.sql());
    w.bind(q);
    q.exec();
    return q.next() ? q.value(0).toInt() : 0;
}

std::vector<CardPaymentRow> CardQuery::page(const CardPaymentFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles,
                                            CardPaymentColumn sort, Qt::SortOrder order, int offset, int limit) const
{
    const Where w = where(filter, visibleRoles);
    SqlQuery q(m_db, QStringLiteral("SELECT %1, ps.initials, ps.first_name, ps.name_prefix, ps.last_name, c.issuer, c.last_digits, "
                                    "c.issued_date, c.withdrawn_date, "
                                    "(p.category IS NOT NULL AND NOT EXISTS (SELECT 1 FROM credit_card_categories k "
                                    "WHERE k.card_id = p.card_id AND k.category = p.category)), "
                                    "i.number_year, i.number_seq, i.paid_date")
                             .arg(kPaymentColumns)
                         + fromSql() + w.sql()
                         + QStringLiteral(" ORDER BY %1 %2, p.payment_date, p.id LIMIT :limit OFFSET :offset")
                               .arg(orderExpression(sort), order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")));
    w.bind(q);
    q.bind(QStringLiteral(":limit"), limit).bind(QStringLiteral(":offset"), offset).exec();
    std::vector<CardPaymentRow> rows;
    const int o = kPaymentColumnCount;
    while (q.next()) {
        CardPaymentRow row;
        row.payment = readPayment(q);
        Person holder;
        holder.initials = q.value(o).toString();
        holder.firstName = q.value(o + 1).toString();
        holder.namePrefix = q.value(o + 2).toString();
        holder.lastName = q.value(o + 3).toString();
        row.holderName = holder.displayName();
        CreditCard card;
        card.issuer = q.value(o + 4).toString();
        card.lastDigits = q.value(o + 5).toString();
        card.issued = dutch::fromIso(q.value(o + 6).toString());
        card.withdrawn = dutch::fromIso(q.value(o + 7).toString());
        row.cardLabel = card.label();
        row.outsideCardPeriod = !card.isActiveOn(row.payment.date);
        row.categoryNotAllowed = q.value(o + 8).toBool();
        if (!q.value(o + 9).isNull()) {
            PrivateInvoice invoice;
            invoice.numberYear = q.value(o + 9).toInt();
            invoice.numberSeq = q.value(o + 10).toInt();
            row.invoiceNumber = invoice.number();
            row.invoicePaid = dutch::fromIso(q.value(o + 11).toString());
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace integriteit
