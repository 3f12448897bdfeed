#pragma once
// A temporary database for one test: its own folder (QTemporaryDir), the municipality settings and
// one account per role. The accounts are made once per test process in a template file that each
// test copies, because every password costs an Argon2id hash (tens of milliseconds).

#include "appcore.h"

#include <QTemporaryDir>
#include <memory>

namespace integriteit::test {

// The password of every account in a test database.
inline const QString kPassword = QStringLiteral("Geheim wachtwoord 1");

MunicipalitySettings sampleSettings();
// The account name that holds exactly this one role in a test database.
QString userNameFor(UserRole role);

class TestDatabase
{
public:
    // Copies the template into a fresh folder and opens it; nobody is logged in.
    TestDatabase();
    ~TestDatabase();

    AppCore &core() { return *m_core; }
    Database &database() { return m_core->database(); }
    Session &session() { return m_core->session(); }
    PersonService &persons() { return m_core->persons(); }
    UserService &users() { return m_core->users(); }
    SettingsService &settings() { return m_core->settings(); }
    const QString &path() const { return m_path; }
    QString folder() const { return m_dir.path(); }

    // The stored account with exactly this role.
    User account(UserRole role);
    // Puts that account in the session without a password check (login has its own tests).
    void loginAs(UserRole role);
    // A session as if one account held these roles: services trust the session, so tests of
    // the rules need no account per combination.
    void actAs(UserRoles roles);
    void logout() { session().clear(); }

    // Closes the database (connections gone, file complete) and opens it again.
    void close();
    void reopen();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<AppCore> m_core;
};

} // namespace integriteit::test
