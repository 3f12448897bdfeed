#pragma once
// The administrator's area for user accounts: who may log in, and with which roles.

#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace integriteit {

class InlineMessage;
class UserService;
class UsersModel;
struct User;

class UsersPage : public QWidget
{
    Q_OBJECT
public:
    explicit UsersPage(UserService &users, QWidget *parent = nullptr);

    QAction *newUserAction() const { return m_newUser; }
    QAction *editUserAction() const { return m_editUser; }
    QAction *setPasswordAction() const { return m_setPassword; }
    QAction *toggleActiveAction() const { return m_toggleActive; }
    UsersModel *model() const { return m_model; }

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void newUser();
    void editUser();
    void setPassword();
    void toggleActive();
    void updateActions();
    // The selected account, or nullptr.
    const User *selectedUser() const;
    void select(qint64 userId);

    UserService &m_users;
    UsersModel *m_model;
    QTableView *m_view;
    InlineMessage *m_message;
    QAction *m_newUser;
    QAction *m_editUser;
    QAction *m_setPassword;
    QAction *m_toggleActive;
};

} // namespace integriteit
