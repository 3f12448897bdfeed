#pragma once
// Reads and changes the municipality settings (administrator only for changes).

#include "settings/municipalitysettings.h"

#include <QObject>

namespace integriteit {

class Database;
class Session;

class SettingsService : public QObject
{
    Q_OBJECT
public:
    SettingsService(Database &database, const Session &session, QObject *parent = nullptr);

    MunicipalitySettings municipality() const;
    void setMunicipality(const MunicipalitySettings &settings);

    // Validation shared with the first-run wizard.
    static void validate(const MunicipalitySettings &settings);
    // Writes without a rights check: only for creating a database, inside its unit of work.
    static void write(Database &database, const MunicipalitySettings &settings);

Q_SIGNALS:
    void municipalityChanged();

private:
    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
