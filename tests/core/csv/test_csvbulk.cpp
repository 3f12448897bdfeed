// The bulk path of a CSV import (RecordBulkInsert) against the row-by-row path through the service:
// the same records, the same audit rows, the same refusals, and a chain that verifies.
#include "csvfixture.h"

#include "persons/personquery.h"
#include "registers/common/recordbulkinsert.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlRecord>

using namespace integriteit;
using namespace integriteit::test;

namespace {
const QByteArray kHeader = "persoon_nr;organisatie;functie;ambtshalve;bezoldigd;begindatum;einddatum;gemeld;notities\r\n";

// Rows that exercise trimming, quoting, non-ASCII text, empty and ISO dates.
QByteArray sampleFile(qint64 a, qint64 b)
{
    QByteArray file = "\xEF\xBB\xBF" + kHeader;
    file += QByteArray::number(a) + ";  Stichting Ünïcode ‘Zuid’ ;Voorzitter;nee;ja;01-04-2024;;02-04-2024;  let op  \r\n";
    file += QByteArray::number(b) + ";\"Vereniging \"\"De Bron\"\"; afd. Noord\";\"Lid\nbestuur\";ja;nee;2023-01-15;31-12-2024;;\r\n";
    for (int i = 0; i < 40; ++i)
        file += QByteArray::number(i % 2 ? a : b) + ";Club " + QByteArray::number(i) + ";Lid;nee;nee;01-0"
            + QByteArray::number(1 + i % 9) + "-2022;;;\r\n";
    return file;
}

QVariantMap withoutTimes(QVariantMap row)
{
    row.remove(QStringLiteral("created_at"));
    row.remove(QStringLiteral("updated_at"));
    return row;
}

std::vector<QVariantMap> positions(CsvFixture &f)
{
    SqlQuery q(f.db.database().connection(), QStringLiteral("SELECT * FROM side_positions ORDER BY id"));
    q.exec();
    std::vector<QVariantMap> rows;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        QVariantMap row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), record.value(i));
        rows.push_back(withoutTimes(row));
    }
    return rows;
}

struct AuditRow
{
    QString user, entity, action, before, after;
    qint64 entityId = 0, personId = 0;
};

std::vector<AuditRow> audit(CsvFixture &f, const QString &entity)
{
    SqlQuery q(f.db.database().connection(),
               QStringLiteral("SELECT user_name, entity, action, before_json, after_json, entity_id, coalesce(person_id, -1) "
                              "FROM audit_log WHERE entity = :entity ORDER BY id"));
    q.bind(QStringLiteral(":entity"), entity).exec();
    std::vector<AuditRow> rows;
    while (q.next())
        rows.push_back({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong()});
    return rows;
}

// One record through the service, after an import.
void createAfterImport(CsvFixture &f, qint64 personId)
{
    SidePosition p;
    p.personId = personId;
    p.organisation = QStringLiteral("Na de import");
    p.description = QStringLiteral("Lid");
    p.start = QDate(2024, 5, 1);
    f.reg.sidePositions().create(p);
}
} // namespace

TEST_CASE("A bulk import writes the same records and audit rows as the service does row by row", "[csv][bulk]")
{
    CsvFixture bulk;
    CsvFixture single;
    const qint64 a = bulk.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 b = bulk.holder(HolderRole::Councillor, QStringLiteral("Pietersen"));
    REQUIRE(single.holder(HolderRole::Councillor, QStringLiteral("Jansen")) == a);
    REQUIRE(single.holder(HolderRole::Councillor, QStringLiteral("Pietersen")) == b);
    bulk.db.loginAs(UserRole::Griffie);
    single.db.loginAs(UserRole::Griffie);

    const QByteArray file = sampleFile(a, b);
    const CsvImportResult fast = bulk.import(QStringLiteral("nevenfuncties"), file);
    const CsvImportResult slow = single.import(QStringLiteral("nevenfuncties"), file, {}, true);
    INFO(allProblems(fast).toStdString() + allProblems(slow).toStdString());
    REQUIRE(fast.ok());
    REQUIRE(slow.ok());
    CHECK(fast.imported == 42);
    CHECK(slow.imported == 42);

    const auto fastRows = positions(bulk);
    const auto slowRows = positions(single);
    REQUIRE(fastRows.size() == 42);
    CHECK(fastRows == slowRows);
    CHECK(fastRows[0].value(QStringLiteral("organisation")).toString() == QStringLiteral("Stichting Ünïcode ‘Zuid’"));
    CHECK(fastRows[0].value(QStringLiteral("notes")).toString() == QStringLiteral("let op"));
    CHECK(fastRows[1].value(QStringLiteral("description")).toString() == QStringLiteral("Lid\nbestuur"));
    CHECK(fastRows[1].value(QStringLiteral("reported_date")).isNull());

    const auto fastAudit = audit(bulk, QStringLiteral("side_position"));
    const auto slowAudit = audit(single, QStringLiteral("side_position"));
    REQUIRE(fastAudit.size() == 42);
    REQUIRE(slowAudit.size() == 42);
    for (std::size_t i = 0; i < fastAudit.size(); ++i) {
        INFO("audit row " << i << ": " << fastAudit[i].after.toStdString());
        CHECK(fastAudit[i].user == slowAudit[i].user);
        CHECK(fastAudit[i].action == QStringLiteral("create"));
        CHECK(fastAudit[i].action == slowAudit[i].action);
        CHECK(fastAudit[i].entityId == slowAudit[i].entityId);
        CHECK(fastAudit[i].personId == slowAudit[i].personId);
        CHECK(fastAudit[i].before == slowAudit[i].before);
        CHECK(fastAudit[i].after == slowAudit[i].after); // the JSON text, byte for byte
        CHECK(QJsonDocument::fromJson(fastAudit[i].after.toUtf8()).object().value(QStringLiteral("id")).toInteger()
              == fastAudit[i].entityId);
    }

    // The time stamps have the form the single path writes (the bulk path formats them itself).
    const QRegularExpression stamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    for (CsvFixture *f : {&bulk, &single}) {
        const QString at = SqlQuery::scalar(f->db.database().connection(),
                                            QStringLiteral("SELECT at_utc FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
        const QString created = SqlQuery::scalar(f->db.database().connection(),
                                                 QStringLiteral("SELECT created_at FROM side_positions ORDER BY id DESC LIMIT 1")).toString();
        INFO(at.toStdString() << " " << created.toStdString());
        CHECK(stamp.match(at).hasMatch());
        CHECK(stamp.match(created).hasMatch());
        const QDateTime parsed = QDateTime::fromString(at, Qt::ISODateWithMs);
        CHECK(parsed.isValid());
    }
}

TEST_CASE("The audit chain of a bulk import verifies, and goes on verifying after a single write", "[csv][bulk]")
{
    CsvFixture f;
    const qint64 a = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 b = f.holder(HolderRole::Councillor, QStringLiteral("Pietersen"));
    f.db.loginAs(UserRole::Griffie);
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const CsvImportResult result = f.import(QStringLiteral("nevenfuncties"), sampleFile(a, b));
    INFO(allProblems(result).toStdString());
    REQUIRE(result.ok());
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore + 42);
    CHECK(AuditLog::verifyChain(f.db.database().connection()) == 0);

    createAfterImport(f, a);
    CHECK(AuditLog::verifyChain(f.db.database().connection()) == 0);

    // The check can fail: a changed row breaks the chain at that row.
    SqlQuery::run(f.db.database().connection(), QStringLiteral("DROP TRIGGER audit_log_no_update"));
    const qint64 middle = f.count(QStringLiteral("SELECT max(id) - 20 FROM audit_log"));
    SqlQuery::run(f.db.database().connection(),
                  QStringLiteral("UPDATE audit_log SET after_json = replace(after_json, 'Club', 'Klub') WHERE id = %1").arg(middle));
    CHECK(AuditLog::verifyChain(f.db.database().connection()) == middle);
}

TEST_CASE("A bulk import fills the search index in one go and leaves its trigger as it was", "[csv][bulk]")
{
    CsvFixture f;
    const qint64 a = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 b = f.holder(HolderRole::Councillor, QStringLiteral("Pietersen"));
    f.db.loginAs(UserRole::Griffie);
    const QSqlDatabase db = f.db.database().connection();
    const auto trigger = [&] {
        return SqlQuery::scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                                                   "AND name = 'side_positions_search_insert'")).toString();
    };
    const auto matches = [&](const QString &phrase) {
        return f.count(QStringLiteral("SELECT count(*) FROM side_positions_search WHERE side_positions_search MATCH '\"%1\"'")
                           .arg(phrase));
    };
    const QString before = trigger();
    REQUIRE(before.contains(QStringLiteral("side_positions_search")));

    // A refused file: the trigger dropped during the import is back, and nothing is in the index.
    const CsvImportResult refused = f.import(QStringLiteral("nevenfuncties"), sampleFile(a, b) + "424242;Club X;Lid;nee;nee;01-04-2024;;;\r\n");
    REQUIRE_FALSE(refused.ok());
    CHECK(trigger() == before);
    CHECK(matches(QStringLiteral("club")) == 0);

    const CsvImportResult result = f.import(QStringLiteral("nevenfuncties"), sampleFile(a, b));
    INFO(allProblems(result).toStdString());
    REQUIRE(result.ok());
    CHECK(trigger() == before);
    CHECK(matches(QStringLiteral("club")) == 40);
    CHECK(matches(QStringLiteral("unicode")) == 1); // the search text has no diacritics
    RegisterFilter all;
    all.status = RegisterFilter::Status::All;
    all.text = QStringLiteral("bron");
    CHECK(f.reg.sidePositions().count(all) == 1); // the list's search finds it through the index

    // The trigger works again for the next record, and the index agrees with its table.
    createAfterImport(f, a);
    CHECK(matches(QStringLiteral("na de import")) == 1);
    CHECK_NOTHROW(SqlQuery::run(db, QStringLiteral("INSERT INTO side_positions_search(side_positions_search) VALUES ('integrity-check')")));
}

TEST_CASE("A bulk import refuses a row of the other office, naming its row and the person column", "[csv][bulk]")
{
    CsvFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Wethouder"));
    const QByteArray file = kHeader + QByteArray::number(councillor) + ";Harmonie;Lid;nee;nee;01-04-2024;;;\r\n"
        + QByteArray::number(alderman) + ";Voetbalclub;Lid;nee;nee;01-04-2024;;;\r\n"
        + "424242;Voetbalclub;Lid;nee;nee;01-04-2024;;;\r\n";
    f.db.loginAs(UserRole::Griffie);
    const qint64 auditBefore = f.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const CsvImportResult fast = f.import(QStringLiteral("nevenfuncties"), file);
    const CsvImportResult slow = f.import(QStringLiteral("nevenfuncties"), file, {}, true);
    INFO(allProblems(fast).toStdString());
    REQUIRE(fast.problems.size() == 2);
    CHECK(fast.problems[0].row == 3);
    CHECK(fast.problems[0].column == 1);
    CHECK(fast.problems[0].columnName == QStringLiteral("persoon_nr"));
    CHECK(fast.problems[0].text().startsWith(QStringLiteral("Row 3, column 1 (persoon_nr): You may not change this record")));
    CHECK(fast.problems[1].row == 4);
    CHECK(fast.problems[1].column == 1);
    CHECK(allProblems(fast) == allProblems(slow)); // the same rule, the same words
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM side_positions")) == 0);
    CHECK(f.count(QStringLiteral("SELECT count(*) FROM audit_log")) == auditBefore);

    f.db.actAs(UserRole::Secretariat);
    const CsvImportResult secretariat = f.import(QStringLiteral("nevenfuncties"), file);
    REQUIRE(secretariat.problems.size() == 2);
    CHECK(secretariat.problems[0].row == 2); // now the councillor is the other office's
    CHECK(secretariat.problems[0].column == 1);
}

TEST_CASE("The in-memory owner choice agrees with the SQL one on every kind of day", "[csv][bulk]")
{
    CsvFixture f;
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"), QDate(2018, 3, 29), QDate(2022, 3, 29));
    f.addAppointment(person, HolderRole::Alderman, QDate(2022, 6, 1), QDate(2024, 1, 31));
    f.addAppointment(person, HolderRole::Councillor, QDate(2024, 2, 1));
    f.db.loginAs(UserRole::Griffie);
    const RecordOwner owner(f.db.database().connection(), f.db.session());
    const auto appointments = PersonQuery(f.db.database().connection()).appointments(person);
    REQUIRE(appointments.size() == 3);
    for (const QDate &day : {QDate(2010, 1, 1), QDate(2018, 3, 29), QDate(2020, 5, 5), QDate(2022, 3, 29),
                             QDate(2022, 4, 15), QDate(2022, 6, 1), QDate(2024, 1, 31), QDate(2024, 2, 1), QDate(2030, 1, 1), QDate()}) {
        INFO(day.toString(Qt::ISODate).toStdString());
        const auto sql = owner.appointmentAt(person, day);
        const auto memory = RecordOwner::pick(appointments, day);
        REQUIRE(sql.has_value());
        REQUIRE(memory.has_value());
        CHECK(sql->id == memory->id);
    }
    CHECK_FALSE(RecordOwner::pick({}, QDate(2024, 1, 1)).has_value());
}

TEST_CASE("The streaming reader counts rows as it returns them, blank lines and quoted line breaks included", "[csv]")
{
    const QByteArray bytes = "\xEF\xBB\xBF" "a;b\r\n1;\"x\r\ny\"\r\n\r\n\"\"\n\n2;z\n3;\"\"\"\"";
    CsvStream stream(bytes);
    CHECK(stream.header() == QStringList{QStringLiteral("a"), QStringLiteral("b")});
    CHECK(stream.countRows() == 3);
    std::vector<CsvRow> rows;
    CsvRow row;
    while (stream.next(row))
        rows.push_back(row);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].number == 2);
    CHECK(rows[0].cells == QStringList{QStringLiteral("1"), QStringLiteral("x\r\ny")});
    CHECK(rows[1].number == 6);
    CHECK(rows[2].number == 7);
    CHECK(rows[2].cells == QStringList{QStringLiteral("3"), QStringLiteral("\"")});
}

TEST_CASE("The bulk audit JSON is the text AuditLog writes, escapes and all", "[csv][bulk]")
{
    const QString texts[] = {QString(), QStringLiteral("Stichting Ünïcode ‘Zuid’ 😀"), QStringLiteral("a\"b"),
                             QStringLiteral("back\\slash"), QStringLiteral("line\nbreak\ttab"), QStringLiteral("del\x7f"),
                             QStringLiteral("</script>"), QString(QChar(0xd800)), QStringLiteral("\x01")};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        const QVariantMap columns{{QStringLiteral("id"), qint64(42)},
                                  {QStringLiteral("person_id"), qint64(-7)},
                                  {QStringLiteral("paid"), true},
                                  {QStringLiteral("ex_officio"), false},
                                  {QStringLiteral("end_date"), QVariant(QMetaType(QMetaType::QString))},
                                  {QStringLiteral("notes"), text},
                                  {QStringLiteral("count"), 3},
                                  {QStringLiteral("amount"), 2.5}};
        CHECK(RecordBulkInsert::auditJson(columns) == AuditLog::jsonText(RecordStore::toJson(columns)));
        QVariantMap noDouble = columns;
        noDouble.remove(QStringLiteral("amount"));
        CHECK(RecordBulkInsert::auditJson(noDouble) == AuditLog::jsonText(RecordStore::toJson(noDouble)));
    }
}
