#include "databasesetup.h"

#include "auth/passwordhasher.h"
#include "auth/userservice.h"
#include "common/error.h"
#include "settings/settingsservice.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace integriteit {

std::unique_ptr<Database> DatabaseSetup::createNew(const QString &path, const MunicipalitySettings &settings,
                                                   const User &administrator, const QString &password)
{
    SettingsService::validate(settings);
    UserService::validatePassword(password);
    if (administrator.fullName.trimmed().isEmpty())
        throw Error::validation(QStringLiteral("fullName"),
                                QCoreApplication::translate("integriteit::UserService", "Full name: fill in the user's name."));

    std::unique_ptr<Database> database = Database::create(path);
    try {
        Session nobody;
        UserService users(*database, nobody);
        {
            UnitOfWork work(*database, administrator.userName);
            SettingsService::write(*database, settings);
            work.audit(QStringLiteral("settings"), 1, QStringLiteral("create"), {}, settings.toJson());
            users.createFirstAdministrator(administrator, password); // joins this unit of work
            work.commit();
        }
    } catch (...) {
        database.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        throw;
    }
    return database;
}

} // namespace integriteit
