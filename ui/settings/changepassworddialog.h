#pragma once
// The logged-in user changes his own password, after giving the current one.

#include "common/passwordfields.h"

#include <QDialog>
#include <memory>

class QLineEdit;

namespace integriteit {

class InlineMessage;
class UserService;

class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePasswordDialog(UserService &users, QWidget *parent = nullptr);

    void accept() override;

private:
    UserService &m_users;
    QLineEdit *m_current;
    InlineMessage *m_message;
    std::unique_ptr<PasswordFields> m_fields;
};

} // namespace integriteit
