#pragma once
// A new user account, or the name, roles and status of an existing one (administrator only).

#include "auth/session.h"
#include "common/passwordfields.h"

#include <QDialog>
#include <QMap>
#include <memory>

class QCheckBox;
class QLineEdit;

namespace integriteit {

class InlineMessage;
class UserService;

class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // A dialog for a new account.
    explicit UserDialog(UserService &users, QWidget *parent = nullptr);
    // A dialog for an existing account (the password is set with SetPasswordDialog).
    UserDialog(UserService &users, const User &user, QWidget *parent = nullptr);

    // The account as saved (with its id for a new one).
    const User &user() const { return m_user; }
    void accept() override;

private:
    void build();
    User editedUser() const;

    UserService &m_users;
    User m_user;
    bool m_isNew;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_fullName = nullptr;
    QMap<UserRole, QCheckBox *> m_roles;
    QCheckBox *m_active = nullptr;
    std::unique_ptr<PasswordFields> m_password;
    InlineMessage *m_message = nullptr;
};

} // namespace integriteit
