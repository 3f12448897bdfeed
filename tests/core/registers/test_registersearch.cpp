// The search box over the trigram index (migration 0005): the same hits as the LIKE it replaces,
// the index kept in step with every write, and the index really used for terms of three or more.

#include "registerfixture.h"

#include "common/textsearch.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
int hits(SidePositionService &service, const QString &text)
{
    RegisterFilter filter;
    filter.text = text;
    const int count = service.count(filter);
    // The page must agree with the count: both are built from the same conditions.
    CHECK(int(service.page(filter, SidePositionColumn::Person, Qt::AscendingOrder, 0, 100).size()) == count);
    return count;
}

SidePosition position(qint64 personId, const QString &organisation)
{
    SidePosition s;
    s.personId = personId;
    s.organisation = organisation;
    s.description = QStringLiteral("Lid raad van toezicht");
    s.start = QDate(2023, 1, 1);
    s.reported = QDate(2023, 1, 5);
    return s;
}
} // namespace

TEST_CASE(
    "register search: a word anywhere in the record or the person, without case or diacritics", "[registers][search]")
{
    RegisterFixture f;
    const qint64 a = f.holder(HolderRole::Councillor, QStringLiteral("Brouwer"));
    const qint64 b = f.holder(HolderRole::Councillor, QStringLiteral("Öztürk"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    auto &service = f.reg.sidePositions();
    const qint64 first = service.create(position(a, QStringLiteral("Stichting Dorpshuis Beek")));
    service.create(position(b, QStringLiteral("Vereniging 100% Groen_Zuid \"De Eik\"")));

    CHECK(hits(service, QStringLiteral("stich")) == 1); // inside a word, from the index
    CHECK(hits(service, QStringLiteral("DORPSHUIS")) == 1); // without case
    CHECK(hits(service, QStringLiteral("ozturk")) == 1); // the person's name, without diacritics
    CHECK(hits(service, QStringLiteral("Öztü")) == 1); // the typed term is normalized too
    CHECK(hits(service, QStringLiteral("toezicht")) == 2);
    CHECK(hits(service, QStringLiteral("brouwer dorps")) == 1); // every word must be found
    CHECK(hits(service, QStringLiteral("brouwer eik")) == 0);
    CHECK(hits(service, QStringLiteral("rp")) == 1); // two letters: LIKE ("Dorpshuis")
    CHECK(hits(service, QStringLiteral("z")) == 2); // one letter: LIKE ("Öztürk", "toezicht")
    // Characters that mean something to FTS5 or to LIKE are only text.
    CHECK(hits(service, QStringLiteral("100%")) == 1);
    CHECK(hits(service, QStringLiteral("\"de eik\"")) == 1);
    CHECK(hits(service, QStringLiteral("groen_z")) == 1);
    CHECK(hits(service, QStringLiteral("eik*")) == 0);
    CHECK(hits(service, QStringLiteral("AND OR NOT")) == 0);

    // The index follows every write: a changed text is found by its new words only, a removed
    // record not at all.
    SidePosition changed = service.position(first);
    changed.organisation = QStringLiteral("Muziekvereniging Harmonie");
    service.update(changed);
    CHECK(hits(service, QStringLiteral("dorpshuis")) == 0);
    CHECK(hits(service, QStringLiteral("harmonie")) == 1);
    service.remove(first);
    CHECK(hits(service, QStringLiteral("harmonie")) == 0);
    CHECK(hits(service, QStringLiteral("toezicht")) == 1);
    // The person's index follows a change of name too.
    Person renamed = f.db.persons().person(b);
    renamed.lastName = QStringLiteral("Yilmaz");
    f.db.persons().updatePerson(renamed);
    CHECK(hits(service, QStringLiteral("ozturk")) == 0);
    CHECK(hits(service, QStringLiteral("yilmaz")) == 1);
}

TEST_CASE("register search: each searchable table has its trigram index, kept by triggers", "[registers][search]")
{
    RegisterFixture f;
    f.holder(HolderRole::Councillor, QStringLiteral("Brouwer"));
    const QSqlDatabase db = f.db.database().connection();
    CHECK(SqlQuery::scalar(db, QStringLiteral("SELECT sqlite_compileoption_used('ENABLE_FTS5')")).toInt() == 1);
    for (const char *table :
        { "persons", "side_positions", "financial_interests", "gifts", "invitations", "trips", "claims" }) {
        INFO(table);
        const QString name = QLatin1String(table);
        CHECK(SqlQuery::scalar(
                  db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1_search'").arg(name))
                  .toInt()
            == 1);
        CHECK(SqlQuery::scalar(db,
                  QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                                 "AND name LIKE '%1_search_%'")
                      .arg(name))
                  .toInt()
            == 3);
        // The index's own structure is sound after the writes (what it finds is checked above).
        CHECK_NOTHROW(
            SqlQuery::run(db, QStringLiteral("INSERT INTO %1_search(%1_search) VALUES ('integrity-check')").arg(name)));
    }
    // A search of three or more characters reads the index, not every row.
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    SqlQuery plan(db,
        QStringLiteral("EXPLAIN QUERY PLAN SELECT rowid FROM side_positions_search WHERE side_positions_search "
                       "MATCH '\"stich\"'"));
    plan.exec();
    REQUIRE(plan.next());
    CHECK(plan.value(3).toString().contains(QLatin1String("VIRTUAL TABLE")));
}
