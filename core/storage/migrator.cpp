#include "migrator.h"

#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <map>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Migrator) };

std::map<int, QString> migrationFiles(const QString &directory)
{
    std::map<int, QString> files;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})_[a-z0-9_]+\.sql$)"));
    const QStringList names = QDir(directory).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const auto m = pattern.match(name);
        if (m.hasMatch())
            files[m.captured(1).toInt()] = directory + QLatin1Char('/') + name;
    }
    return files;
}
} // namespace

int Migrator::latestVersion(const QString &directory)
{
    const auto files = migrationFiles(directory);
    return files.empty() ? 0 : files.rbegin()->first;
}

int Migrator::currentVersion(const QSqlDatabase &db)
{
    const bool hasMeta = SqlQuery::scalar(db, QStringLiteral(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")).toInt() == 1;
    if (!hasMeta)
        return 0;
    return SqlQuery::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")).toInt();
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.startsWith(QLatin1String("--")) || (line.isEmpty() && current.isEmpty()))
            continue;
        if (current.isEmpty() && line.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += rawLine + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

void Migrator::migrate(Database &database, const QString &directory)
{
    const QSqlDatabase db = database.connection();
    const int from = currentVersion(db);
    const auto files = migrationFiles(directory);
    for (const auto &[version, path] : files) {
        if (version <= from)
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage, Tr::tr("The database could not be upgraded."),
                        QStringLiteral("cannot read %1").arg(path));
        const QString script = QString::fromUtf8(file.readAll());

        SqlQuery::run(db, QStringLiteral("BEGIN IMMEDIATE"));
        try {
            for (const QString &statement : splitStatements(script))
                SqlQuery::run(db, statement);
            SqlQuery(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', :v)"))
                .bind(QStringLiteral(":v"), QString::number(version)).exec();
            SqlQuery(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('min_app_version', :v)"))
                .bind(QStringLiteral(":v"), QStringLiteral(INTEGRITEIT_VERSION)).exec();
            SqlQuery(db, QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES (:k, :v)"))
                .bind(QStringLiteral(":k"), QStringLiteral("migrated_%1_at").arg(version, 4, 10, QLatin1Char('0')))
                .bind(QStringLiteral(":v"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                .exec();
            SqlQuery::run(db, QStringLiteral("COMMIT"));
        } catch (const Error &error) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            throw Error(Error::Kind::Storage,
                        Tr::tr("The database could not be upgraded to version %1. It has been left at "
                               "version %2.").arg(version).arg(currentVersion(db)),
                        error.detail());
        }
    }
}

} // namespace integriteit
