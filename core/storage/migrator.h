#pragma once
// Applies the numbered migration files (:/migrations/NNNN_name.sql) forward only, each in its own
// transaction, and records the schema version and the minimum application version in `meta`.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace integriteit {

class Database;

class Migrator
{
public:
    // Upgrades step by step to the newest version. Throws Error; a failed step leaves the
    // database at the previous version.
    static void migrate(Database &database, const QString &directory = QStringLiteral(":/migrations"));
    static int currentVersion(const QSqlDatabase &db);
    static int latestVersion(const QString &directory = QStringLiteral(":/migrations"));
    // Splits a migration script into statements; CREATE TRIGGER bodies stay whole.
    static QStringList splitStatements(const QString &script);
};

} // namespace integriteit
