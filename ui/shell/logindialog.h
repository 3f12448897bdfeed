#pragma once
// Logging in to one database: user name and password, with the file and municipality in view so
// the user knows which administration he is entering.

#include <QDialog>

class QLineEdit;

namespace integriteit {

class InlineMessage;
class UserService;

class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // exec() returns this when the user asked to open another database instead.
    static constexpr int OtherDatabase = 2;

    LoginDialog(UserService &users, const QString &databasePath, const QString &municipality, bool offerOtherDatabase,
        QWidget *parent = nullptr);

    void setUserName(const QString &userName);
    // The user name the next login dialog proposes (also after a login without the dialog).
    static void rememberUserName(const QString &userName);
    // For a failed automatic login: the message as if the user had typed the wrong password.
    void showError(const QString &message);
    // Logs in; on failure keeps the dialog open with the message, the password cleared and focused.
    void accept() override;

private:
    UserService &m_users;
    QLineEdit *m_userName;
    QLineEdit *m_password;
    InlineMessage *m_message;
};

} // namespace integriteit
