// Declaratie drafts: lines and their validation, receipts stored byte for byte with their hash,
// undo of removals, lists with filters for the lazy model, and the indexes that keep the duplicate
// check one lookup at national scale.

#include "claimfixture.h"

#include "claims/receiptstore.h"

#include <QCryptographicHash>

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("claims: receipts round-trip byte for byte with their SHA-256", "[claims][receipts]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const QDate today = ClaimFixture::today();
    const qint64 id = f.draft(person);
    const qint64 lineId = f.line(id, today, 1234);

    const int size = GENERATE(10, 4096, 1 << 20);
    const quint32 seed = GENERATE(1u, 2u);
    QByteArray bytes = ClaimFixture::pdf(seed, size);
    bytes.append(QByteArray(17, '\0')); // trailing zeros stay too
    const qint64 receiptId = f.claims().attachReceipt(lineId, QStringLiteral("/home/griffie/scans/bon.pdf"), bytes);
    CHECK(f.claims().line(lineId).receiptId == receiptId);

    const Receipt r = f.claims().receipt(lineId);
    CHECK(r.data == bytes);
    CHECK(r.data.size() == bytes.size());
    CHECK(r.size == bytes.size());
    CHECK(r.sha256 == QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    CHECK(r.mimeType == QLatin1String("application/pdf"));
    CHECK(r.fileName == QLatin1String("bon.pdf"));
    CHECK(f.claims().receipt(lineId, false).data.isEmpty());

    // And after closing and opening the database again.
    f.db.reopen();
    f.db.loginAs(UserRole::Griffie);
    CHECK(f.claims().receipt(lineId).data == bytes);
}

TEST_CASE("claims: only PDF files and images are receipts", "[claims][receipts]")
{
    CHECK(Receipt::sniffMimeType(QByteArray("%PDF-1.4 rest")) == QLatin1String("application/pdf"));
    CHECK(Receipt::sniffMimeType(QByteArray::fromHex("ffd8ffe000104a464946")) == QLatin1String("image/jpeg"));
    CHECK(Receipt::sniffMimeType(QByteArray::fromHex("89504e470d0a1a0a0000")) == QLatin1String("image/png"));
    CHECK(Receipt::sniffMimeType(QByteArray("GIF89a....")) == QLatin1String("image/gif"));
    CHECK(Receipt::sniffMimeType(QByteArray::fromHex("49492a00")) == QLatin1String("image/tiff"));
    CHECK(Receipt::sniffMimeType(QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16)) == QLatin1String("image/webp"));
    CHECK(Receipt::sniffMimeType(QByteArray("\0\0\0\x18" "ftypheic", 12)) == QLatin1String("image/heic"));
    CHECK(Receipt::sniffMimeType(QByteArray("PK\x03\x04 a word file")).isEmpty());
    CHECK(Receipt::sniffMimeType(QByteArray("%PD")).isEmpty());

    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const qint64 id = f.draft(person);
    const qint64 lineId = f.line(id, ClaimFixture::today(), 1234);
    CHECK(expectError(Error::Kind::Validation, [&] {
              f.claims().attachReceipt(lineId, QStringLiteral("bon.pdf"), QByteArray("PK\x03\x04 not a pdf"));
          }).field() == QLatin1String("receipt"));
    expectError(Error::Kind::Validation, [&] { f.claims().attachReceipt(lineId, QStringLiteral("bon.pdf"), {}); });
    expectError(Error::Kind::Validation, [&] { f.claims().attachReceipt(lineId, QString(), ClaimFixture::pdf(1)); });
    expectError(Error::Kind::NotFound, [&] { f.claims().receipt(lineId); });

    // Replacing keeps one receipt: the old bytes are gone.
    const qint64 first = f.claims().attachReceipt(lineId, QStringLiteral("a.pdf"), ClaimFixture::pdf(1));
    const qint64 second = f.claims().attachReceipt(lineId, QStringLiteral("b.png"),
                                                   QByteArray::fromHex("89504e470d0a1a0a0000000d49484452"));
    CHECK_FALSE(ReceiptStore(f.db.database().connection()).load(first, false));
    CHECK(f.claims().receipt(lineId).mimeType == QLatin1String("image/png"));
    CHECK(f.lastAudit(QStringLiteral("claim"), id).after.value(QStringLiteral("receipt")).toObject()
              .value(QStringLiteral("receipt_id")).toInteger() == second);
    f.claims().detachReceipt(lineId);
    CHECK_FALSE(ReceiptStore(f.db.database().connection()).load(second, false));
    CHECK(f.lastAudit(QStringLiteral("claim"), id).action == QLatin1String("detach_receipt"));
}

TEST_CASE("claims: every field of a line is validated and named", "[claims]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const QDate today = ClaimFixture::today();
    const qint64 id = f.draft(person);
    ClaimLine good;
    good.claimId = id;
    good.expenseDate = today;
    good.category = QStringLiteral("reis");
    good.amount = Money::fromCents(100);
    good.description = QStringLiteral("Bus");
    const auto field = [&](auto change) {
        ClaimLine l = good;
        change(l);
        return expectError(Error::Kind::Validation, [&] { f.claims().addLine(l, today); }).field();
    };
    CHECK(field([](ClaimLine &l) { l.expenseDate = QDate(); }) == QLatin1String("expenseDate"));
    CHECK(field([&](ClaimLine &l) { l.expenseDate = today.addDays(1); }) == QLatin1String("expenseDate"));
    CHECK(field([](ClaimLine &l) { l.category.clear(); }) == QLatin1String("category"));
    CHECK(field([](ClaimLine &l) { l.category = QStringLiteral("sigaren"); }) == QLatin1String("category"));
    CHECK(field([](ClaimLine &l) { l.amount = Money(); }) == QLatin1String("amount"));
    CHECK(field([](ClaimLine &l) { l.amount = Money::fromCents(-5); }) == QLatin1String("amount"));
    CHECK(field([](ClaimLine &l) { l.description = QStringLiteral("  "); }) == QLatin1String("description"));
    CHECK(field([](ClaimLine &l) { l.reason = repeated(QLatin1Char('x'), 2001); }) == QLatin1String("reason"));
    CHECK(f.claims().addLine(good, today) > 0); // the reason may wait until submission

    Claim header = f.claims().claim(id);
    header.description.clear();
    CHECK(expectError(Error::Kind::Validation, [&] { f.claims().update(header); }).field() == QLatin1String("description"));
}

TEST_CASE("claims: one claim, one office", "[claims]")
{
    ClaimFixture f;
    // A raadslid who became wethouder on 1 September 2026.
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"), QDate(2022, 3, 30), QDate(2026, 8, 31));
    f.addAppointment(person, HolderRole::Alderman, QDate(2026, 9, 1));
    const QDate today(2026, 11, 16);
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    const qint64 id = f.draft(person, today);
    f.line(id, QDate(2026, 8, 20), 1000, QStringLiteral("reis"), QStringLiteral("Raadsvergadering"), today);
    CHECK(f.claims().claim(id).referenceDate == QDate(2026, 8, 20));
    CHECK(expectError(Error::Kind::Validation, [&] {
              f.line(id, QDate(2026, 9, 15), 2000, QStringLiteral("reis"), QStringLiteral("Collegevergadering"), today);
          }).field() == QLatin1String("expenseDate"));
    // The raad claim is the griffie's: the secretariat alone cannot touch it.
    f.db.loginAs(UserRole::Secretariat);
    expectError(Error::Kind::Permission, [&] { f.claims().claim(id); });
    f.db.loginAs(UserRole::Griffie);
    CHECK(f.claims().claim(id).lineCount == 1);
}

TEST_CASE("claims: removing a draft or a line, and undo", "[claims]")
{
    ClaimFixture f;
    const qint64 person = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    const QDate today = ClaimFixture::today();
    const qint64 id = f.draft(person);
    const qint64 a = f.fullLine(id, today.addDays(-2), 1500, 5);
    const qint64 b = f.fullLine(id, today.addDays(-1), 2500, 6);
    const Claim before = f.claims().claim(id);

    const LineSnapshot line = f.claims().removeLine(a);
    CHECK(f.claims().claim(id).total == Money::fromCents(2500));
    CHECK(f.claims().claim(id).referenceDate == today.addDays(-1));
    f.claims().restoreLine(line);
    CHECK(f.claims().line(a).receiptId == line.receipt->id);
    CHECK(f.claims().receipt(a).data == ClaimFixture::pdf(5));
    CHECK(f.claims().claim(id).total == Money::fromCents(4000));
    expectError(Error::Kind::Conflict, [&] { f.claims().restoreLine(line); });

    const ClaimSnapshot snapshot = f.claims().remove(id);
    CHECK(snapshot.lines.size() == 2);
    CHECK(snapshot.receipts.size() == 2);
    expectError(Error::Kind::NotFound, [&] { f.claims().claim(id); });
    CHECK(SqlQuery::scalar(f.db.database().connection(), QStringLiteral("SELECT count(*) FROM attachments")).toInt() == 0);
    CHECK(f.lastAudit(QStringLiteral("claim"), id).before.value(QStringLiteral("lines")).toArray().size() == 2);

    f.claims().restore(snapshot);
    const Claim after = f.claims().claim(id);
    CHECK(after.number() == before.number());
    CHECK(after.total == before.total);
    CHECK(after.referenceDate == before.referenceDate);
    CHECK(f.claims().receipt(b).data == ClaimFixture::pdf(6));
    CHECK(f.lastAudit(QStringLiteral("claim"), id).action == QLatin1String("restore"));
    // Numbers are not reused: the next claim gets the next one.
    CHECK(f.claims().claim(f.draft(person)).numberSeq == before.numberSeq + 1);
}

TEST_CASE("claims: lists filter and sort in SQL for the lazy model", "[claims]")
{
    ClaimFixture f;
    const qint64 raad = f.holder(HolderRole::Councillor, QStringLiteral("Raadslid"));
    const qint64 wethouder = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const QDate today(2026, 11, 16);
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    const qint64 r1 = f.draft(raad, today);
    f.fullLine(r1, QDate(2026, 11, 2), 1000, 1, QStringLiteral("reis"), today);
    f.claims().submit(r1, today);
    const qint64 r2 = f.draft(raad, today);
    f.fullLine(r2, QDate(2025, 12, 30), 2000, 2, QStringLiteral("opleiding"), today); // late
    f.claims().submit(r2, today);
    const qint64 w1 = f.draft(wethouder, today);
    f.fullLine(w1, QDate(2026, 11, 3), 3000, 3, QStringLiteral("representatie"), today);

    auto &claims = f.claims();
    CHECK(claims.count(ClaimFilter()) == 3);
    ClaimFilter filter;
    filter.year = 2026;
    CHECK(claims.count(filter) == 2);
    filter = ClaimFilter();
    filter.status = ClaimStatus::Submitted;
    CHECK(claims.count(filter) == 2);
    filter = ClaimFilter();
    filter.category = QStringLiteral("opleiding");
    CHECK(claims.count(filter) == 1);
    filter = ClaimFilter();
    filter.personId = wethouder;
    CHECK(claims.count(filter) == 1);
    filter = ClaimFilter();
    filter.role = HolderRole::Councillor;
    CHECK(claims.count(filter) == 2);
    filter = ClaimFilter();
    filter.text = claims.claim(r2).number();
    CHECK(claims.count(filter) == 1);
    filter.text = QStringLiteral("elsloo");
    CHECK(claims.count(filter) == 3);
    filter = ClaimFilter();
    filter.withWarningsOnly = true;
    CHECK(claims.count(filter) == 1);

    const auto rows = claims.page(ClaimFilter(), ClaimColumn::Total, Qt::DescendingOrder, 0, 2);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].claim.id == w1);
    CHECK(rows[0].person.role == HolderRole::Alderman);
    CHECK(rows[1].claim.total == Money::fromCents(2000));
    CHECK(claims.page(ClaimFilter(), ClaimColumn::Total, Qt::DescendingOrder, 2, 2).size() == 1);

    // Each office lists its own side only.
    f.db.loginAs(UserRole::Griffie);
    CHECK(claims.count(ClaimFilter()) == 2);
    f.db.loginAs(UserRole::Secretariat);
    CHECK(claims.count(ClaimFilter()) == 1);
    f.db.loginAs(UserRole::Auditor);
    CHECK(claims.count(ClaimFilter()) == 3);
}

TEST_CASE("claims: the duplicate look-ups use their indexes", "[claims]")
{
    ClaimFixture f;
    const QSqlDatabase db = f.db.database().connection();
    const auto plan = [&](const QString &sql) {
        SqlQuery q(db, QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
        q.exec();
        QString text;
        while (q.next())
            text += q.value(3).toString() + QLatin1Char('\n');
        return text;
    };
    CHECK(plan(QStringLiteral("SELECT id FROM claim_lines WHERE person_id = 1 AND expense_date = '2026-01-01' AND amount_cents = 5"))
              .contains(QLatin1String("claim_lines_duplicate")));
    CHECK(plan(QStringLiteral("SELECT id FROM card_payments WHERE person_id = 1 AND payment_date = '2026-01-01' AND amount_cents = 5"))
              .contains(QLatin1String("card_payments_duplicate")));
    CHECK(plan(QStringLiteral("SELECT l.id FROM attachments a JOIN claim_lines l ON l.receipt_id = a.id WHERE a.sha256 = 'x'"))
              .contains(QLatin1String("attachments_sha256")));
    CHECK(plan(QStringLiteral("SELECT id FROM claims WHERE status = 'ingediend' ORDER BY reference_date"))
              .contains(QLatin1String("claims_status")));
}
