#pragma once
// The live SQLite store (no load-and-save-whole). Opening refuses, with a message and without
// touching the file, anything it cannot safely write: a missing path, a file that is not an
// Integriteit database, a damaged, read-only, too-new one, or one on a network share.

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <future>
#include <memory>

namespace integriteit {

class Database
{
public:
    // When PRAGMA quick_check runs. Now: before open() returns. BeforeFirstWrite: on its own
    // read-only connection in a worker thread, while the caller goes on (the window logs in: the
    // Argon2 hash takes as long); the first UnitOfWork waits for it and nothing is written to a
    // damaged file. A file that needs an upgrade, or is not in WAL mode, is always checked Now.
    enum class Verification { Now, BeforeFirstWrite };

    // Opens an existing database and upgrades its schema. Throws Error on any refusal.
    static std::unique_ptr<Database> open(const QString &path, Verification verification = Verification::Now);
    // Creates a new database file (the path must not exist) with the current schema.
    static std::unique_ptr<Database> create(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;

    // Waits for a deferred quick_check; throws Error(File) when the file is damaged.
    void ensureVerified();
    // How a write waits for a deferred quick_check that is still running (on a file of gigabytes
    // that is a minute): `wait` returns once `done()` is true, and may show the user meanwhile
    // that the file is being checked. Without one, the write just blocks until the verdict.
    using VerificationWait = std::function<void(const std::function<bool()> &done)>;
    void setVerificationWait(VerificationWait wait) { m_verificationWait = std::move(wait); }

    // Transaction nesting, managed by UnitOfWork only.
    int transactionDepth() const { return m_depth; }

    // The checks opening performs, exposed for tests and for the "open" dialog's messages.
    static bool isNetworkFileSystem(const QByteArray &fileSystemType);
    // The newest schema version this application knows (the highest migration number).
    static int latestSchemaVersion();

private:
    friend class UnitOfWork;
    explicit Database(QString path);
    void openConnection(bool readOnly);
    void applyPragmas();
    void inspectReadOnly(bool checkDamage); // quick_check, ownership, version: before anything is written

    QString m_path;
    QString m_connectionName;
    int m_depth = 0;
    bool m_rollbackOnly = false;
    std::future<QString> m_quickCheck; // valid while a deferred check has not been collected
    QString m_damage;                  // its verdict when it was not "ok"
    VerificationWait m_verificationWait;

};

} // namespace integriteit
