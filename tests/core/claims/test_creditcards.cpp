// Creditcards (GC 9.9-9.15): the card register without card numbers, statements imported all or
// nothing, payments accounted for like claim lines, four eyes on the judgement, and a private
// payment that becomes an invoice tracked until paid.

#include "claimfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
const QDate kToday(2026, 11, 20);

CreditCard sampleCard(qint64 personId)
{
    CreditCard c;
    c.personId = personId;
    c.issuer = QStringLiteral("ING Corporate Card");
    c.lastDigits = QStringLiteral("1234");
    c.issued = QDate(2026, 1, 15);
    c.allowedCategories = {QStringLiteral("verblijf"), QStringLiteral("reis"), QStringLiteral("reis")};
    return c;
}

std::vector<CardPaymentInput> sampleRows()
{
    return {
        {QDate(2026, 10, 3), QStringLiteral("NS Reizigers"), Money::fromCents(2460), QStringLiteral("reis"), {}},
        {QDate(2026, 10, 9), QStringLiteral("Hotel Lumière Maastricht"), Money::fromCents(8000), {}, QStringLiteral("Overnachting")},
        {QDate(2026, 10, 12), QStringLiteral("Bol.com"), Money::fromCents(3999), {}, {}},
    };
}
} // namespace

TEST_CASE("credit cards: only the last four digits, never a card number", "[claims][cards]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    auto &cards = f.svc().cards();
    const auto field = [&](auto change) {
        CreditCard c = sampleCard(person);
        change(c);
        return expectError(Error::Kind::Validation, [&] { cards.createCard(c, kToday); }).field();
    };
    CHECK(field([](CreditCard &c) { c.lastDigits = QStringLiteral("12345"); }) == QLatin1String("lastDigits"));
    CHECK(field([](CreditCard &c) { c.lastDigits = QStringLiteral("12a4"); }) == QLatin1String("lastDigits"));
    CHECK(field([](CreditCard &c) { c.issuer = QStringLiteral("Visa 4111 1111 1111 1111"); }) == QLatin1String("issuer"));
    CHECK(field([](CreditCard &c) { c.notes = QStringLiteral("kaart 4111-1111-1111-1111 vervangen"); }) == QLatin1String("notes"));
    CHECK(field([](CreditCard &c) { c.allowedCategories.clear(); }) == QLatin1String("allowedCategories"));
    CHECK(field([](CreditCard &c) { c.allowedCategories = {QStringLiteral("casino")}; }) == QLatin1String("allowedCategories"));
    CHECK(field([](CreditCard &c) { c.withdrawn = QDate(2025, 12, 31); }) == QLatin1String("withdrawn"));

    const qint64 id = cards.createCard(sampleCard(person), kToday);
    const CreditCard stored = cards.card(id);
    CHECK(stored.label() == QStringLiteral("ING Corporate Card \u2022\u2022\u2022\u2022 1234"));
    CHECK(stored.allowedCategories == QStringList({QStringLiteral("reis"), QStringLiteral("verblijf")}));
    cards.withdrawCard(id, QDate(2026, 12, 31), kToday);
    CHECK(cards.card(id).withdrawn == QDate(2026, 12, 31));
    CHECK(cards.history(id).size() == 2);

    // The griffie keeps no college cards; the holder never his own.
    f.db.loginAs(UserRole::Griffie);
    expectError(Error::Kind::Permission, [&] { cards.createCard(sampleCard(person), kToday); });
    CHECK(cards.cards().empty());
    f.as(f.account(QStringLiteral("wethouder"), UserRole::Secretariat, person));
    expectError(Error::Kind::Permission, [&] { cards.createCard(sampleCard(person), kToday); });
}

TEST_CASE("credit cards: a statement is imported all or nothing, a refused row is named", "[claims][cards]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    auto &cards = f.svc().cards();
    const qint64 cardId = cards.createCard(sampleCard(person), kToday);
    const CardStatement statement{0, cardId, QDate(2026, 10, 31), QStringLiteral("AFSCHRIFT-10"), QStringLiteral("oktober.csv")};
    const auto paymentCount = [&] {
        return SqlQuery::scalar(f.db.database().connection(), QStringLiteral("SELECT count(*) FROM card_payments")).toInt();
    };

    auto rows = sampleRows();
    rows[2].amount = Money::fromCents(-3999);
    Error e = expectError(Error::Kind::Validation, [&] { cards.importStatement(statement, rows, kToday); });
    CHECK(e.userMessage().startsWith(QLatin1String("Row 3: Amount:")));
    CHECK(e.field() == QLatin1String("amount"));
    rows = sampleRows();
    rows[1].merchant = QStringLiteral("Betaling kaart 5500 0000 0000 0004");
    CHECK(expectError(Error::Kind::Validation, [&] { cards.importStatement(statement, rows, kToday); }).field()
          == QLatin1String("merchant"));
    rows = sampleRows();
    rows[0].date = QDate(2026, 11, 2); // after the statement date
    CHECK(expectError(Error::Kind::Validation, [&] { cards.importStatement(statement, rows, kToday); }).userMessage()
              .startsWith(QLatin1String("Row 1: Date:")));
    CHECK(paymentCount() == 0);
    CHECK(cards.statements(cardId).empty());

    const qint64 id = cards.importStatement(statement, sampleRows(), kToday);
    CHECK(paymentCount() == 3);
    CHECK(cards.statement(id).source == QLatin1String("oktober.csv"));
    CHECK(f.lastAudit(QStringLiteral("card_statement"), id).action == QLatin1String("import"));
    expectError(Error::Kind::Conflict, [&] { cards.importStatement(statement, sampleRows(), kToday); });
    expectError(Error::Kind::Conflict, [&] { cards.removeCard(cardId); });

    CardPaymentFilter filter;
    filter.statementId = id;
    CHECK(f.svc().cardPayments().count(filter) == 3);
    filter.unaccountedOnly = true;
    CHECK(f.svc().cardPayments().count(filter) == 3);
}

TEST_CASE("credit cards: a payment is accounted like a claim line and judged by another official", "[claims][cards]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    const User s1 = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const User s2 = f.account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    f.as(s1);
    auto &cards = f.svc().cards();
    auto &payments = f.svc().cardPayments();
    const qint64 cardId = cards.createCard(sampleCard(person), kToday);
    const qint64 statementId =
        cards.importStatement(CardStatement{0, cardId, QDate(2026, 10, 31), {}, {}}, sampleRows(), kToday);
    CardPaymentFilter filter;
    filter.statementId = statementId;
    const auto rows = payments.page(filter, CardPaymentColumn::Date, Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 3);
    const qint64 train = rows[0].payment.id;
    const qint64 hotel = rows[1].payment.id;
    const qint64 shop = rows[2].payment.id;
    CHECK(rows[0].cardLabel.endsWith(QLatin1String("1234")));
    CHECK_FALSE(rows[0].categoryNotAllowed);

    // Business needs kind, reason and receipt (GC 9.11).
    f.as(s2);
    CHECK(expectError(Error::Kind::Validation, [&] {
              payments.judge(train, CardJudgement::Business, {}, {}, kToday, kToday);
          }).field() == QLatin1String("reason"));
    f.as(s1);
    CHECK(expectError(Error::Kind::Validation, [&] { payments.account(train, QStringLiteral("reis"), {}, {}); }).field()
          == QLatin1String("reason"));
    payments.account(train, QStringLiteral("reis"), QStringLiteral("Trein naar Den Haag"), QStringLiteral("Overleg ministerie BZK"));
    payments.attachReceipt(train, QStringLiteral("ns.pdf"), ClaimFixture::pdf(31));
    CHECK(payments.payment(train).isAccounted());
    CHECK(payments.receipt(train).data == ClaimFixture::pdf(31));
    // Four eyes: who accounted does not judge.
    CHECK_FALSE(payments.mayJudge(payments.payment(train)));
    CHECK(expectError(Error::Kind::Permission, [&] {
              payments.judge(train, CardJudgement::Business, {}, {}, kToday, kToday);
          }).userMessage().startsWith(QLatin1String("Four eyes")));
    f.as(s2);
    CHECK(payments.mayJudge(payments.payment(train)));
    CHECK_FALSE(payments.judge(train, CardJudgement::Business, {}, {}, kToday, kToday).has_value());
    expectError(Error::Kind::Workflow, [&] { payments.account(train, QStringLiteral("reis"), {}, QStringLiteral("x")); });
    expectError(Error::Kind::Workflow, [&] { payments.judge(train, CardJudgement::Business, {}, {}, kToday, kToday); });
    CHECK(payments.history(train).size() == 4); // create, account, attach_receipt, judge

    // A kind the card is not for is flagged, not refused: the payment happened (GC 9.10, 9.12).
    f.as(s1);
    payments.account(shop, QStringLiteral("ict"), QStringLiteral("Oplader"), QStringLiteral("Laptop van de gemeente"));
    filter = CardPaymentFilter();
    filter.cardId = cardId;
    const auto flagged = payments.page(filter, CardPaymentColumn::Merchant, Qt::AscendingOrder, 0, 10);
    CHECK(flagged[0].payment.id == shop);
    CHECK(flagged[0].categoryNotAllowed);
    (void)hotel;
}

TEST_CASE("credit cards: a private payment produces an invoice, tracked until paid (GC 9.15)", "[claims][cards]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    const User s1 = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const User s2 = f.account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    f.as(s1);
    auto &cards = f.svc().cards();
    auto &payments = f.svc().cardPayments();
    const qint64 cardId = cards.createCard(sampleCard(person), kToday);
    const qint64 statementId =
        cards.importStatement(CardStatement{0, cardId, QDate(2026, 10, 31), {}, {}}, sampleRows(), kToday);
    CardPaymentFilter filter;
    filter.statementId = statementId;
    const auto rows = payments.page(filter, CardPaymentColumn::Date, Qt::AscendingOrder, 0, 10);
    const qint64 hotel = rows[1].payment.id; // EUR 80,00: the minibar (EUR 25,00) was private
    const qint64 shop = rows[2].payment.id;  // EUR 39,99: wholly private

    f.as(s2);
    CHECK(expectError(Error::Kind::Validation, [&] {
              payments.judge(hotel, CardJudgement::Private, Money::fromCents(8001), QStringLiteral("Minibar"), kToday, kToday);
          }).field() == QLatin1String("privateAmount"));
    CHECK(expectError(Error::Kind::Validation, [&] {
              payments.judge(hotel, CardJudgement::Private, Money::fromCents(2500), {}, kToday, kToday);
          }).field() == QLatin1String("note"));
    CHECK(expectError(Error::Kind::Validation, [&] {
              payments.judge(hotel, CardJudgement::Private, Money::fromCents(2500), QStringLiteral("Minibar"), QDate(2026, 10, 1), kToday);
          }).field() == QLatin1String("date"));
    const auto invoice = payments.judge(hotel, CardJudgement::Private, Money::fromCents(2500),
                                        QStringLiteral("Minibar is privé"), QDate(2026, 11, 18), kToday);
    REQUIRE(invoice.has_value());
    CHECK(invoice->number() == QLatin1String("F2026-0001"));
    CHECK(invoice->amount == Money::fromCents(2500));
    CHECK(invoice->invoiceDate == QDate(2026, 11, 18));
    CHECK(invoice->dueDate == QDate(2026, 12, 18));
    CHECK(invoice->personId == person);
    CHECK(payments.invoiceForPayment(hotel)->id == invoice->id);
    CHECK(f.lastAudit(QStringLiteral("private_invoice"), invoice->id).action == QLatin1String("create"));

    const auto second = payments.judge(shop, CardJudgement::Private, Money::fromCents(3999), QStringLiteral("Privéaankoop"),
                                       QDate(2026, 11, 19), kToday);
    CHECK(second->number() == QLatin1String("F2026-0002"));
    CHECK(payments.invoices(0, true).size() == 2);
    CHECK(second->isOverdue(QDate(2026, 12, 20)));
    CHECK_FALSE(second->isOverdue(QDate(2026, 12, 19)));

    CHECK(expectError(Error::Kind::Validation, [&] {
              payments.markInvoicePaid(invoice->id, QDate(2026, 11, 17), kToday);
          }).field() == QLatin1String("paidDate"));
    payments.markInvoicePaid(invoice->id, QDate(2026, 11, 20), kToday);
    CHECK(payments.invoice(invoice->id).paidDate == QDate(2026, 11, 20));
    expectError(Error::Kind::Conflict, [&] { payments.markInvoicePaid(invoice->id, QDate(2026, 11, 20), kToday); });
    CHECK(payments.invoices(person, true).size() == 1);
    filter = CardPaymentFilter();
    filter.privateOnly = true;
    const auto privateRows = payments.page(filter, CardPaymentColumn::Invoice, Qt::AscendingOrder, 0, 10);
    REQUIRE(privateRows.size() == 2);
    CHECK(privateRows[0].invoiceNumber == QLatin1String("F2026-0001"));
    CHECK(privateRows[0].invoicePaid == QDate(2026, 11, 20));
    // A judged payment stays on record.
    expectError(Error::Kind::Conflict, [&] { cards.removePayment(hotel); });
}
