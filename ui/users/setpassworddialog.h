#pragma once
// The administrator gives a user a new password (a forgotten one cannot be read back).

#include "auth/session.h"
#include "common/passwordfields.h"

#include <QDialog>
#include <memory>

namespace integriteit {

class InlineMessage;
class UserService;

class SetPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    SetPasswordDialog(UserService &users, const User &user, QWidget *parent = nullptr);

    void accept() override;

private:
    UserService &m_users;
    User m_user;
    std::unique_ptr<PasswordFields> m_fields;
    InlineMessage *m_message;
};

} // namespace integriteit
