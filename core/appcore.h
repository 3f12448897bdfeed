#pragma once
// Everything the application needs for one open database: the store, the session and the
// services. Built by whoever opens a database (the window, a test); never a singleton (rule 9).

#include "auth/session.h"
#include "auth/userservice.h"
#include "claims/claimservices.h"
#include "persons/personservice.h"
#include "registers/registerservices.h"
#include "settings/settingsservice.h"
#include "storage/database.h"

#include <memory>

namespace integriteit {

class AppCore
{
public:
    explicit AppCore(std::unique_ptr<Database> database)
        : m_database(std::move(database))
        , m_users(*m_database, m_session)
        , m_persons(*m_database, m_session)
        , m_settings(*m_database, m_session)
        , m_registers(*m_database, m_session)
        , m_claims(*m_database, m_session)
    {
    }

    Database &database() { return *m_database; }
    Session &session() { return m_session; }
    UserService &users() { return m_users; }
    PersonService &persons() { return m_persons; }
    SettingsService &settings() { return m_settings; }
    RegisterServices &registers() { return m_registers; }
    ClaimServices &claims() { return m_claims; }

private:
    std::unique_ptr<Database> m_database;
    Session m_session;
    UserService m_users;
    PersonService m_persons;
    SettingsService m_settings;
    RegisterServices m_registers;
    ClaimServices m_claims;
};

} // namespace integriteit
