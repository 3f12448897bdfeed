#include "cardcsvregister.h"

#include "auth/session.h"
#include "claims/cardvalidator.h"
#include "claims/claimrights.h"
#include "claims/creditcard.h"
#include "claims/creditcardservice.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "common/currentdate.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvRegister) };

CsvColumn col(const char *name, const char *key, CsvType type, bool required, const char *field = "")
{
    CsvColumn c;
    c.name = QString::fromLatin1(name);
    c.key = QString::fromLatin1(key);
    c.type = type;
    c.required = required;
    c.field = QString::fromLatin1(field);
    return c;
}
} // namespace

CardCsvRegister::CardCsvRegister(Database &database, const Session &session, CreditCardService &cards, QString sourceName)
    : m_database(database)
    , m_session(session)
    , m_cards(cards)
    , m_source(std::move(sourceName))
{
}

QString CardCsvRegister::title() const
{
    return Tr::tr("Credit card payments");
}

QList<CsvColumn> CardCsvRegister::columns() const
{
    // Never the card number: the last four digits find the card (GC 9.10 keeps no more).
    return {col("kaart", "card_digits", CsvType::Text, true, "card"),
            col("persoon_nr", "person_id", CsvType::Integer, false, "person"),
            col("persoon_naam", "person_name", CsvType::Text, false),
            col("afschriftdatum", "statement_date", CsvType::Date, true, "statementDate"),
            col("afschriftnummer", "reference", CsvType::Text, false, "reference"),
            col("datum", "payment_date", CsvType::Date, true, "date"),
            col("bedrag", "amount_cents", CsvType::Money, true, "amount"),
            col("winkelier", "merchant", CsvType::Text, true, "merchant"),
            col("soort", "category", CsvType::Text, false, "category"),
            col("omschrijving", "description", CsvType::Text, false, "description")};
}

int CardCsvRegister::exportCount(const CsvExportOptions &options)
{
    int count = 0;
    exportRecords(options, [&count](const QVariantMap &) { ++count; });
    return count;
}

void CardCsvRegister::exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink)
{
    // Only the cards the user may read (CreditCardService applies the rights), in id order.
    std::vector<CreditCard> cards = m_cards.cards(0);
    std::sort(cards.begin(), cards.end(), [](const CreditCard &a, const CreditCard &b) { return a.id < b.id; });
    for (const CreditCard &card : cards) {
        SqlQuery q(m_database.connection(),
                   QStringLiteral("SELECT p.person_id, s.statement_date, s.reference, p.payment_date, p.amount_cents, "
                                  "p.merchant, p.category, p.description FROM card_payments p "
                                  "JOIN card_statements s ON s.id = p.statement_id WHERE p.card_id = :card%1 "
                                  "ORDER BY p.id")
                       .arg(options.year > 0 ? QStringLiteral(" AND substr(p.payment_date, 1, 4) = :year") : QString()));
        q.bind(QStringLiteral(":card"), card.id);
        if (options.year > 0)
            q.bind(QStringLiteral(":year"), QString::number(options.year));
        q.exec();
        while (q.next()) {
            sink({{QStringLiteral("card_digits"), card.lastDigits},
                  {QStringLiteral("person_id"), q.value(0)},
                  {QStringLiteral("statement_date"), q.value(1)},
                  {QStringLiteral("reference"), q.value(2)},
                  {QStringLiteral("payment_date"), q.value(3)},
                  {QStringLiteral("amount_cents"), q.value(4)},
                  {QStringLiteral("merchant"), q.value(5)},
                  {QStringLiteral("category"), q.value(6)},
                  {QStringLiteral("description"), q.value(7)}});
        }
    }
}

qint64 CardCsvRegister::findCard(const QString &digits, qint64 personId, const QDate &date) const
{
    if (digits.size() != 4 || !std::all_of(digits.begin(), digits.end(), [](QChar c) { return c.isDigit(); }))
        throw Error::validation(QStringLiteral("card"), Tr::tr("write the last four digits of the card, e.g. 1234."));
    // The card in use on the payment date; a holder column decides between cards with the same digits.
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT id, person_id FROM credit_cards WHERE last_digits = :d AND issued_date <= :date "
                              "AND (withdrawn_date IS NULL OR withdrawn_date >= :date) ORDER BY id"));
    q.bind(QStringLiteral(":d"), digits).bind(QStringLiteral(":date"), dutch::isoDate(date)).exec();
    std::vector<qint64> found;
    while (q.next())
        if (personId == 0 || q.value(1).toLongLong() == personId)
            found.push_back(q.value(0).toLongLong());
    if (found.empty())
        throw Error::validation(QStringLiteral("card"),
                                Tr::tr("no card ending in %1 was in use on %2%3.")
                                    .arg(digits, dutch::date(date),
                                         personId > 0 ? Tr::tr(" for office holder %1").arg(personId) : QString()));
    if (found.size() > 1)
        throw Error::validation(QStringLiteral("card"),
                                Tr::tr("several cards end in %1; fill in persoon_nr to say whose card it is.").arg(digits));
    return found.front();
}

void CardCsvRegister::importRecord(const QVariantMap &v)
{
    CardPaymentInput row;
    row.date = dutch::fromIso(v.value(QStringLiteral("payment_date")).toString());
    row.merchant = v.value(QStringLiteral("merchant")).toString().trimmed();
    row.amount = Money::fromCents(v.value(QStringLiteral("amount_cents")).toLongLong());
    row.category = v.value(QStringLiteral("category")).toString().trimmed();
    row.description = v.value(QStringLiteral("description")).toString().trimmed();
    const QDate statementDate = dutch::fromIso(v.value(QStringLiteral("statement_date")).toString());
    const qint64 cardId = findCard(v.value(QStringLiteral("card_digits")).toString().trimmed(),
                                   v.value(QStringLiteral("person_id")).toLongLong(), row.date);
    // Checked per row here so every refused row is reported with its own number; importStatement
    // checks again when it writes.
    const CreditCard card = m_cards.card(cardId);
    ClaimRights(m_database.connection(), m_session).requireKeep(card.personId, row.date);
    CardValidator(m_database.connection()).validate(row, currentDate(), statementDate);

    const auto key = std::make_pair(cardId, statementDate);
    auto it = m_index.find(key);
    if (it == m_index.end()) {
        it = m_index.emplace(key, m_groups.size()).first;
        m_groups.push_back({cardId, statementDate, v.value(QStringLiteral("reference")).toString(), {}, m_row});
    }
    m_groups[it->second].rows.push_back(row);
}

void CardCsvRegister::finishImport(const std::function<void(int row, const Error &error)> &report)
{
    for (const Group &group : m_groups) {
        CardStatement statement;
        statement.cardId = group.cardId;
        statement.statementDate = group.statementDate;
        statement.reference = group.reference;
        statement.source = m_source;
        try {
            m_cards.importStatement(statement, group.rows);
        } catch (const Error &error) {
            report(group.firstRow, error);
        }
    }
    m_groups.clear();
    m_index.clear();
}

} // namespace integriteit
