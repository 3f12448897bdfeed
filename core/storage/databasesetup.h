#pragma once
// Creating a new administration: the database file, the municipality settings and the first
// administrator, all in one unit of work (used by the first-run wizard and `integriteit init`).

#include "auth/session.h"
#include "settings/municipalitysettings.h"

#include <QString>
#include <memory>

namespace integriteit {

class Database;

class DatabaseSetup
{
public:
    // Validates everything first, so a refused setup leaves no file behind.
    static std::unique_ptr<Database> createNew(const QString &path, const MunicipalitySettings &settings,
                                               const User &administrator, const QString &password);
};

} // namespace integriteit
