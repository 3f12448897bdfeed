#include "userspage.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "common/icons.h"
#include "common/inlinemessage.h"
#include "users/setpassworddialog.h"
#include "users/userdialog.h"
#include "users/usersmodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace integriteit {

UsersPage::UsersPage(UserService &users, QWidget *parent)
    : QWidget(parent)
    , m_users(users)
    , m_model(new UsersModel(users, this))
    , m_view(new QTableView(this))
    , m_message(new InlineMessage(this))
    , m_newUser(new QAction(Icons::themed("list-add-user", Icons::add()), tr("&New user…"), this))
    , m_editUser(new QAction(Icons::themed("document-edit", Icons::edit()), tr("&Edit user…"), this))
    , m_setPassword(new QAction(Icons::themed("dialog-password", Icons::password()), tr("Set &password…"), this))
    , m_toggleActive(new QAction(this))
{
    setObjectName(QStringLiteral("usersPage"));
    m_view->setObjectName(QStringLiteral("usersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(int(UsersModel::Column::Roles), QHeaderView::Stretch);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *title = new QLabel(tr("Users"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *intro = new QLabel(tr("The people who may log in to this database, and what their roles allow them "
                                "to do. Accounts are switched off rather than removed, so that the history "
                                "keeps its names."),
        this);
    intro->setWordWrap(true);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_newUser);
    bar->addAction(m_editUser);
    bar->addAction(m_setPassword);
    bar->addAction(m_toggleActive);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);

    connect(m_newUser, &QAction::triggered, this, &UsersPage::newUser);
    connect(m_editUser, &QAction::triggered, this, &UsersPage::editUser);
    connect(m_setPassword, &QAction::triggered, this, &UsersPage::setPassword);
    connect(m_toggleActive, &QAction::triggered, this, &UsersPage::toggleActive);
    connect(m_view, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::updateActions);
    connect(m_model, &UsersModel::loadFailed, m_message, qOverload<const QString &>(&InlineMessage::showError));
    updateActions();
}

const User *UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->user(rows.first().row());
}

void UsersPage::select(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
}

void UsersPage::updateActions()
{
    const User *user = selectedUser();
    m_editUser->setEnabled(user != nullptr);
    m_setPassword->setEnabled(user != nullptr);
    m_toggleActive->setEnabled(user != nullptr);
    const bool active = user == nullptr || user->active;
    m_toggleActive->setText(active ? tr("Switch &off") : tr("Switch &on"));
    m_toggleActive->setToolTip(active ? tr("Switch off the account: the user can no longer log in")
                                      : tr("Switch on the account: the user can log in again"));
    m_toggleActive->setIcon(active ? Icons::switchOff() : Icons::switchOn());
}

void UsersPage::newUser()
{
    UserDialog dialog(m_users, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    select(dialog.user().id);
    Q_EMIT statusMessage(tr("User %1 has been added.").arg(dialog.user().userName));
}

void UsersPage::editUser()
{
    const User *user = selectedUser();
    if (user == nullptr)
        return;
    const qint64 id = user->id;
    UserDialog dialog(m_users, *user, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    select(id);
    Q_EMIT statusMessage(tr("The changes have been saved."));
}

void UsersPage::setPassword()
{
    const User *user = selectedUser();
    if (user == nullptr)
        return;
    const QString name = user->userName;
    SetPasswordDialog dialog(m_users, *user, this);
    if (dialog.exec() == QDialog::Accepted)
        Q_EMIT statusMessage(tr("A new password has been set for %1.").arg(name));
}

void UsersPage::toggleActive()
{
    const User *selected = selectedUser();
    if (selected == nullptr)
        return;
    User user = *selected;
    if (user.active) {
        QMessageBox box(QMessageBox::Question, tr("Switch off account"),
            tr("Switch off the account of %1 (%2)?").arg(user.fullName, user.userName), QMessageBox::NoButton, this);
        box.setInformativeText(tr("%1 can then no longer log in. The account and its history are kept; you "
                                  "can switch it on again later.")
                                   .arg(user.fullName));
        QPushButton *off = box.addButton(tr("Switch off"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(off);
        box.exec();
        if (box.clickedButton() != off)
            return;
    }
    user.active = !user.active;
    try {
        m_users.updateUser(user);
    } catch (const Error &error) {
        showErrorBox(this, user.active ? tr("Switch on account") : tr("Switch off account"), error);
        return;
    }
    select(user.id);
    Q_EMIT statusMessage(user.active ? tr("The account of %1 has been switched on.").arg(user.userName)
                                     : tr("The account of %1 has been switched off.").arg(user.userName));
}

} // namespace integriteit
