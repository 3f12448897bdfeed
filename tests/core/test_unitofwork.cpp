// The unit of work (architecture rule 3): everything of one action is kept, or nothing is.
#include "support/samples.h"
#include "support/testdatabase.h"

#include "common/error.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace integriteit;
using namespace integriteit::test;

namespace {
int count(Database &database, const char *table)
{
    return SqlQuery::scalar(database.connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

void insertOrganisation(Database &database, const QString &name)
{
    SqlQuery(database.connection(), QStringLiteral("INSERT INTO organisations(name, kind) VALUES (:n, 'gemeente')"))
        .bind(QStringLiteral(":n"), name)
        .exec();
}
} // namespace

TEST_CASE("A committed unit of work keeps its rows and its audit row", "[unitofwork]")
{
    TestDatabase test;
    Database &db = test.database();
    const int audits = count(db, "audit_log");
    {
        UnitOfWork work(db, QStringLiteral("tester"));
        insertOrganisation(db, QStringLiteral("Stein"));
        work.audit(QStringLiteral("organisation"), 2, QStringLiteral("create"), {}, {{QStringLiteral("name"), QStringLiteral("Stein")}});
        CHECK(db.transactionDepth() == 1);
        work.commit();
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(count(db, "organisations") == 2);
    CHECK(count(db, "audit_log") == audits + 1);
}

TEST_CASE("An exception leaving the scope rolls everything back", "[unitofwork]")
{
    TestDatabase test;
    Database &db = test.database();
    const int audits = count(db, "audit_log");
    try {
        UnitOfWork work(db, QStringLiteral("tester"));
        insertOrganisation(db, QStringLiteral("Stein"));
        work.audit(QStringLiteral("organisation"), 2, QStringLiteral("create"), {}, {});
        throw std::runtime_error("the user's action failed halfway");
    } catch (const std::runtime_error &) {
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(count(db, "organisations") == 1);
    CHECK(count(db, "audit_log") == audits);
    // The connection is free for the next action.
    UnitOfWork next(db, QStringLiteral("tester"));
    insertOrganisation(db, QStringLiteral("Sittard-Geleen"));
    next.commit();
    CHECK(count(db, "organisations") == 2);
}

TEST_CASE("A commit SQLite refuses throws Error(Storage) and keeps nothing", "[unitofwork]")
{
    TestDatabase test;
    Database &db = test.database();
    const int audits = count(db, "audit_log");
    try {
        UnitOfWork work(db, QStringLiteral("tester"));
        // Deferred foreign keys are checked at COMMIT: the statements succeed, the commit fails.
        SqlQuery::run(db.connection(), QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        insertOrganisation(db, QStringLiteral("Stein"));
        SqlQuery::run(db.connection(), QStringLiteral(
            "INSERT INTO appointments(person_id, organisation_id, role, faction, start_date) "
            "VALUES (999, 1, 'raadslid', 'CDA', '2022-03-30')"));
        work.audit(QStringLiteral("appointment"), 1, QStringLiteral("create"), {}, {});
        work.commit();
        FAIL("the commit succeeded");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Storage);
        CHECK_FALSE(error.userMessage().isEmpty());
        CHECK(error.detail().contains(QLatin1String("FOREIGN KEY"), Qt::CaseInsensitive));
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(count(db, "appointments") == 0);
    CHECK(count(db, "organisations") == 1);
    CHECK(count(db, "audit_log") == audits);
    UnitOfWork next(db, QStringLiteral("tester"));
    insertOrganisation(db, QStringLiteral("Sittard-Geleen"));
    CHECK_NOTHROW(next.commit());
}

TEST_CASE("Nested units of work join the outer one", "[unitofwork]")
{
    TestDatabase test;
    Database &db = test.database();

    SECTION("an inner commit waits for the outer commit")
    {
        {
            UnitOfWork outer(db, QStringLiteral("tester"));
            {
                UnitOfWork inner(db, QStringLiteral("tester"));
                insertOrganisation(db, QStringLiteral("Stein"));
                CHECK(db.transactionDepth() == 2);
                inner.commit();
            }
            CHECK(db.transactionDepth() == 1);
            // Abandoning the outer one after the inner commit still throws the inner work away.
        }
        CHECK(count(db, "organisations") == 1);
    }

    SECTION("an abandoned inner unit makes the outer commit throw")
    {
        {
            UnitOfWork outer(db, QStringLiteral("tester"));
            insertOrganisation(db, QStringLiteral("Stein"));
            {
                UnitOfWork inner(db, QStringLiteral("tester"));
                insertOrganisation(db, QStringLiteral("Beekdaelen"));
            } // no commit: the inner action failed
            try {
                outer.commit();
                FAIL("the outer unit committed half an action");
            } catch (const Error &error) {
                CHECK(error.kind() == Error::Kind::Storage);
            }
        }
        CHECK(db.transactionDepth() == 0);
        CHECK(count(db, "organisations") == 1);
        // The next action starts clean.
        UnitOfWork next(db, QStringLiteral("tester"));
        insertOrganisation(db, QStringLiteral("Stein"));
        CHECK_NOTHROW(next.commit());
        CHECK(count(db, "organisations") == 2);
    }
}

TEST_CASE("A service write whose audit row fails leaves nothing behind", "[unitofwork][audit]")
{
    TestDatabase test;
    Database &db = test.database();
    test.actAs(UserRole::Griffie);
    const int audits = count(db, "audit_log");
    SqlQuery::run(db.connection(), QStringLiteral(
        "CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_log "
        "BEGIN SELECT RAISE(ABORT, 'audit refused for the test'); END"));
    try {
        test.persons().createPerson(samplePerson());
        FAIL("a person was saved without its audit row");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Storage);
        CHECK(error.detail().contains(QLatin1String("audit refused for the test")));
    }
    CHECK(db.transactionDepth() == 0);
    CHECK(count(db, "persons") == 0);
    CHECK(count(db, "audit_log") == audits);

    SqlQuery::run(db.connection(), QStringLiteral("DROP TRIGGER temp.refuse_audit"));
    CHECK(test.persons().createPerson(samplePerson()) > 0);
    CHECK(count(db, "persons") == 1);
    CHECK(count(db, "audit_log") == audits + 1);
}
