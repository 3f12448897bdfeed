// Opening and creating database files: the safety pragmas, and every refusal leaving the file as it was.
#include "support/rawconnection.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/unitofwork.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QTemporaryDir>

using namespace integriteit;
using namespace integriteit::test;

namespace {
QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QStringList folderContents(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// Opening must throw Error(File) with a message, and leave the file and its folder exactly as they were.
void requireRefusedUntouched(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    const QByteArray before = bytesOf(path);
    const QStringList filesBefore = folderContents(folder);
    try {
        Database::open(path);
        FAIL("the database was opened");
    } catch (const Error &error) {
        INFO(error.what());
        CHECK(error.kind() == Error::Kind::File);
        CHECK_FALSE(error.userMessage().isEmpty());
        CHECK(error.userMessage().contains(QDir::toNativeSeparators(path)));
    }
    CHECK(bytesOf(path) == before);
    CHECK(folderContents(folder) == filesBefore);
}

// A closed database with a few hundred records, long enough to have middle pages to damage.
QString closedDatabaseWithData(TestDatabase &test)
{
    test.actAs(UserRole::Griffie);
    for (int i = 0; i < 60; ++i)
        test.persons().createPerson(samplePerson(QStringLiteral("Jansen") + QString(QChar(u'a' + i % 26))));
    test.close();
    REQUIRE_FALSE(QFile::exists(test.path() + QStringLiteral("-wal")));
    return test.path();
}
} // namespace

TEST_CASE("A created database reads back its safety pragmas", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.db"));
    const auto check = [](Database &database) {
        const QSqlDatabase db = database.connection();
        CHECK(SqlQuery::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QLatin1String("wal"));
        CHECK(SqlQuery::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
        CHECK(SqlQuery::scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
        CHECK(SqlQuery::scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
        CHECK(SqlQuery::scalar(db, QStringLiteral("PRAGMA secure_delete")).toInt() == 1);
    };
    {
        auto created = Database::create(path);
        check(*created);
        CHECK(created->schemaVersion() == Database::latestSchemaVersion());
    }
    auto reopened = Database::open(path);
    check(*reopened);
}

TEST_CASE("A missing path is an error, creating is an explicit action", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    for (const QString &candidate : {path, QString()}) {
        try {
            Database::open(candidate);
            FAIL("opened a missing file");
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::File);
            CHECK_FALSE(error.userMessage().isEmpty());
        }
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(folderContents(dir.path()).isEmpty());
    // A folder is not a database file either.
    CHECK_THROWS_AS(Database::open(dir.path()), Error);
}

TEST_CASE("Create refuses an existing path and leaves it untouched", "[database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.db"));
    writeFile(path, "my own notes, not a database\n");
    try {
        Database::create(path);
        FAIL("an existing file was overwritten");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::File);
    }
    CHECK(bytesOf(path) == QByteArray("my own notes, not a database\n"));
    CHECK_THROWS_AS(Database::create(QString()), Error);
}

TEST_CASE("A text file is refused and stays untouched", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    writeFile(path, "Dit is een tekstbestand.\n");
    requireRefusedUntouched(path);
}

TEST_CASE("An empty file is refused and stays untouched", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.db"));
    writeFile(path, QByteArray());
    requireRefusedUntouched(path);
}

TEST_CASE("Another program's SQLite file is refused and stays untouched", "[database][refusal]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection other(path);
        other.exec(QStringLiteral("CREATE TABLE recipes(id INTEGER PRIMARY KEY, name TEXT)"));
        other.exec(QStringLiteral("INSERT INTO recipes(name) VALUES ('stamppot')"));
    }
    requireRefusedUntouched(path);
}

TEST_CASE("A damaged database is refused and stays untouched", "[database][refusal]")
{
    TestDatabase test;
    const QString path = closedDatabaseWithData(test);
    QByteArray bytes = bytesOf(path);
    constexpr int kPage = 4096;
    const int pages = int(bytes.size() / kPage);
    REQUIRE(pages >= 6);
    // Scribble over the middle pages; the header and the schema page (page 1) stay valid.
    for (int page = pages / 3; page < 2 * pages / 3; ++page)
        for (int i = 0; i < kPage; ++i)
            bytes[page * kPage + i] = char((i * 37 + page) & 0xFF);
    writeFile(path, bytes);
    REQUIRE(bytesOf(path).left(16) == QByteArray("SQLite format 3\0", 16));
    requireRefusedUntouched(path);
}

TEST_CASE("A deferred quick_check keeps every write from a damaged file", "[database][refusal]")
{
    TestDatabase test;
    const QString path = closedDatabaseWithData(test);
    QByteArray bytes = bytesOf(path);
    constexpr int kPage = 4096;
    const int pages = int(bytes.size() / kPage);
    REQUIRE(pages >= 6);
    for (int page = pages / 3; page < 2 * pages / 3; ++page)
        for (int i = 0; i < kPage; ++i)
            bytes[page * kPage + i] = char((i * 37 + page) & 0xFF);
    writeFile(path, bytes);

    bool refused = false;
    try {
        auto database = Database::open(path, Database::Verification::BeforeFirstWrite);
        // Reading may go on while the check runs; the first unit of work must wait and refuse.
        UnitOfWork work(*database, QStringLiteral("tester"));
        FAIL("a unit of work started on a damaged file");
    } catch (const Error &error) {
        refused = true;
        CHECK(error.kind() == Error::Kind::File);
        CHECK(error.detail().startsWith(QLatin1String("quick_check")));
    }
    CHECK(refused);
    CHECK(bytesOf(path) == bytes);
}

TEST_CASE("A deferred quick_check lets a sound file be written", "[database]")
{
    TestDatabase test;
    test.close();
    auto database = Database::open(test.path(), Database::Verification::BeforeFirstWrite);
    UnitOfWork work(*database, QStringLiteral("tester"));
    work.audit(QStringLiteral("test"), 1, QStringLiteral("probe"), {}, {});
    CHECK_NOTHROW(work.commit());
}

TEST_CASE("A read-only database is refused and stays untouched", "[database][refusal]")
{
    TestDatabase test;
    test.close();
    const QString path = test.path();
    // Tests may run as root, for whom every file is writable: the owner's write bit must count.
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    requireRefusedUntouched(path);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    CHECK_NOTHROW(Database::open(path));
}

TEST_CASE("A database from a newer version is refused and stays untouched", "[database][refusal]")
{
    TestDatabase test;
    test.close();
    const QString path = test.path();
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("UPDATE meta SET value = '%1' WHERE key = 'schema_version'")
                     .arg(Database::latestSchemaVersion() + 1));
        raw.exec(QStringLiteral("UPDATE meta SET value = '99.0.0' WHERE key = 'min_app_version'"));
    }
    REQUIRE_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    try {
        Database::open(path);
        FAIL("a newer database was opened");
    } catch (const Error &error) {
        CHECK(error.userMessage().contains(QLatin1String("99.0.0")));
    }
    requireRefusedUntouched(path);
}

TEST_CASE("Network file systems are recognised", "[database]")
{
    const char *network = GENERATE("nfs", "nfs4", "cifs", "smb3", "smbfs", "NFS", "fuse.sshfs", "9p");
    CHECK(Database::isNetworkFileSystem(QByteArray(network)));
}

TEST_CASE("Local file systems are not taken for network shares", "[database]")
{
    const char *local = GENERATE("ext4", "xfs", "btrfs", "tmpfs", "apfs", "ntfs", "overlay", "");
    CHECK_FALSE(Database::isNetworkFileSystem(QByteArray(local)));
}
