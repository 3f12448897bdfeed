#include "database.h"

#include "common/error.h"
#include "storage/migrator.h"
#include "storage/sqlquery.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

#include <chrono>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Database) };

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("integriteit-%1").arg(counter.fetchAndAddRelaxed(1));
}

// What we set, and what SQLite must report back; a mismatch means the file cannot be trusted to
// keep a commit (e.g. WAL refused on a share), so we refuse to run.
struct Pragma { const char *name; const char *set; const char *expected; };
constexpr Pragma kPragmas[] = {
    {"journal_mode", "WAL", "wal"},
    {"foreign_keys", "ON", "1"},
    {"synchronous", "FULL", "2"},
    {"busy_timeout", "5000", "5000"},
    {"secure_delete", "ON", "1"},
};

void checkFileLooksLikeSqlite(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 cannot be read. Check that you have access to it.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 is not an Integriteit database. Choose another file; "
                           "this one has not been changed.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("bad SQLite header"));
}

void checkLocation(const QString &path)
{
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (Database::isNetworkFileSystem(storage.fileSystemType()))
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 is on a network share. SQLite cannot guarantee that a save "
                           "survives there. Copy the file to a local disk and open that copy.")
                        .arg(QDir::toNativeSeparators(path)),
                    QString::fromLatin1(storage.fileSystemType()));
}
} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName())
{
}

Database::~Database()
{
    SqlQuery::forgetConnection(m_connectionName); // pooled statements hold the connection
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isNetworkFileSystem(const QByteArray &type)
{
    static const QList<QByteArray> network = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
                                               "afs", "ncpfs", "9p", "fuse.sshfs", "davfs", "fuse.davfs2"};
    return network.contains(type.toLower());
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

void Database::openConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw Error(Error::Kind::File,
                    Tr::tr("The database %1 cannot be opened.").arg(QDir::toNativeSeparators(m_path)),
                    db.lastError().text());
}

void Database::applyPragmas()
{
    const QSqlDatabase db = connection();
    for (const Pragma &p : kPragmas) {
        SqlQuery::run(db, QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(p.name), QLatin1String(p.set)));
        const QString actual = SqlQuery::scalar(db, QStringLiteral("PRAGMA %1").arg(QLatin1String(p.name)))
                                   .toString().toLower();
        if (actual != QLatin1String(p.expected))
            throw Error(Error::Kind::Storage,
                        Tr::tr("The database %1 cannot be used safely on this disk: a safety setting "
                               "was refused. Copy the file to a local disk and open that copy.")
                            .arg(QDir::toNativeSeparators(m_path)),
                        QStringLiteral("PRAGMA %1 is '%2', expected '%3'")
                            .arg(QLatin1String(p.name), actual, QLatin1String(p.expected)));
    }
}

namespace {
Error damaged(const QString &path, const QString &check)
{
    return Error(Error::Kind::File,
                 Tr::tr("The database %1 is damaged. It has not been changed. Restore the most "
                        "recent backup, or ask your administrator for help.")
                     .arg(QDir::toNativeSeparators(path)),
                 QStringLiteral("quick_check: ") + check);
}

QString quickCheck(const QSqlDatabase &db)
{
    try {
        return SqlQuery::scalar(db, QStringLiteral("PRAGMA quick_check")).toString();
    } catch (const Error &error) {
        return error.detail(); // a badly damaged file makes SQLite refuse even to check it
    }
}

// Runs in a worker thread: a Qt Sql connection belongs to the thread that made it.
QString quickCheckInThread(const QString &path)
{
    const QString name = uniqueConnectionName();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        result = db.open() ? quickCheck(db) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

void Database::ensureVerified()
{
    const auto checked = [this] {
        // Collected meanwhile by a write inside the wait's event loop, or finished.
        return !m_quickCheck.valid() || m_quickCheck.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    };
    if (m_verificationWait && !checked())
        m_verificationWait(checked);
    if (m_quickCheck.valid()) {
        const QString check = m_quickCheck.get();
        if (check != QLatin1String("ok"))
            m_damage = check;
    }
    if (!m_damage.isEmpty())
        throw damaged(m_path, m_damage);
}

void Database::inspectReadOnly(bool checkDamage)
{
    const QSqlDatabase db = connection();
    if (checkDamage) {
        const QString check = quickCheck(db);
        if (check != QLatin1String("ok"))
            throw damaged(m_path, check);
    }
    const bool hasMeta = SqlQuery::scalar(db, QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")).toInt() == 1;
    if (!hasMeta)
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 is an SQLite database, but not one of Integriteit. Choose "
                           "another file; this one has not been changed.")
                        .arg(QDir::toNativeSeparators(m_path)),
                    QStringLiteral("no meta table"));
    const int version = Migrator::currentVersion(db);
    if (version > Migrator::latestVersion()) {
        const QString needed = SqlQuery::scalar(db, QStringLiteral(
            "SELECT value FROM meta WHERE key = 'min_app_version'")).toString();
        throw Error(Error::Kind::File,
                    Tr::tr("The database %1 was made by a newer version of Integriteit (version %2 "
                           "or later is needed; this is version %3). Install the newer version. The "
                           "file has not been changed.")
                        .arg(QDir::toNativeSeparators(m_path), needed,
                             QStringLiteral(INTEGRITEIT_VERSION)),
                    QStringLiteral("schema %1 > %2").arg(version).arg(Migrator::latestVersion()));
    }
}

std::unique_ptr<Database> Database::open(const QString &path, Verification verification)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 does not exist. To start a new administration, choose "
                           "\"New database\".")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("missing"));
    if (!info.isFile())
        throw Error(Error::Kind::File,
                    Tr::tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    checkLocation(path);
    checkFileLooksLikeSqlite(path);
    // isWritable() asks access(), which says yes to root for any file; a cleared owner write bit
    // is still the owner's (or administrator's) "do not change this file".
    if (!info.isWritable() || !info.permission(QFile::WriteOwner) || !QFileInfo(info.absolutePath()).isWritable())
        throw Error(Error::Kind::File,
                    Tr::tr("The database %1 is read-only. Integriteit needs to write to the file and "
                           "its folder. Ask your administrator for write access, or copy the file to "
                           "a folder of your own.")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("read-only"));

    // First look without the right to write: a damaged, foreign or too-new file stays untouched.
    // A read-only connection to a WAL file leaves empty -wal and -shm files behind; a refused file
    // must not gain neighbours, so those we caused go again.
    const QString wal = info.absoluteFilePath() + QStringLiteral("-wal");
    const QString shm = info.absoluteFilePath() + QStringLiteral("-shm");
    const bool hadWal = QFile::exists(wal);
    const bool hadShm = QFile::exists(shm);
    bool deferCheck = false;
    try {
        std::unique_ptr<Database> probe(new Database(info.absoluteFilePath()));
        probe->openConnection(true);
        if (verification == Verification::BeforeFirstWrite) {
            try {
                probe->inspectReadOnly(false);
                const QSqlDatabase db = probe->connection();
                deferCheck = Migrator::currentVersion(db) == Migrator::latestVersion()
                    && SqlQuery::scalar(db, QStringLiteral("PRAGMA journal_mode")).toString().toLower()
                        == QLatin1String("wal");
            } catch (const Error &error) {
                if (error.kind() != Error::Kind::Storage)
                    throw;
                // SQLite could not even read the header tables: say whether the file is damaged.
                probe->inspectReadOnly(true);
                throw;
            }
        }
        if (!deferCheck)
            probe->inspectReadOnly(true);
    } catch (...) {
        if (!hadWal && QFileInfo(wal).size() == 0)
            QFile::remove(wal);
        if (!hadShm)
            QFile::remove(shm);
        throw;
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath()));
    if (deferCheck) {
        // Setting WAL on a WAL file and the other pragmas write nothing, so the check may run
        // alongside; the first write waits for it (UnitOfWork).
        const QString absolute = info.absoluteFilePath();
        database->m_quickCheck = std::async(std::launch::async, [absolute] { return quickCheckInThread(absolute); });
    }
    database->openConnection(false);
    database->applyPragmas();
    if (!deferCheck)
        Migrator::migrate(*database);
    return database;
}

std::unique_ptr<Database> Database::create(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        throw Error(Error::Kind::File, Tr::tr("Choose a file name for the new database."));
    if (info.exists())
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 already exists. Choose another name; an existing file is "
                           "never overwritten.")
                        .arg(QDir::toNativeSeparators(path)));
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(Error::Kind::File,
                    Tr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    checkLocation(path);

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath()));
    try {
        database->openConnection(false);
        database->applyPragmas();
        Migrator::migrate(*database);
    } catch (...) {
        // A half-made file would later be refused as "not an Integriteit database": remove it.
        database.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(info.absoluteFilePath() + QLatin1String(suffix));
        throw;
    }
    return database;
}

int Database::schemaVersion() const
{
    return Migrator::currentVersion(connection());
}

} // namespace integriteit
