#include "usersmodel.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/roletext.h"

#include <QBrush>
#include <QPalette>

namespace integriteit {

UsersModel::UsersModel(UserService &users, QObject *parent)
    : QAbstractTableModel(parent)
    , m_users(users)
{
    connect(&m_users, &UserService::usersChanged, this, &UsersModel::refresh);
    refresh();
}

void UsersModel::refresh()
{
    std::vector<User> rows;
    QString failure;
    try {
        rows = m_users.users();
    } catch (const Error &error) {
        failure = error.userMessage();
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

int UsersModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_rows[std::size_t(index.row())];
    const auto column = Column(index.column());
    switch (role) {
    case IdRole:
        return u.id;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::UserName:
            return u.userName;
        case Column::FullName:
            return u.fullName;
        case Column::Roles:
            return userRolesText(u.roles);
        case Column::Active:
            return u.active ? tr("Active") : tr("Switched off");
        case Column::Count:
            break;
        }
        break;
    case Qt::ForegroundRole:
        // A switched-off account stays in the list (its history refers to it) but reads as inactive.
        if (!u.active)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        break;
    default:
        break;
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::UserName:
        return tr("User name");
    case Column::FullName:
        return tr("Full name");
    case Column::Roles:
        return tr("Roles");
    case Column::Active:
        return tr("Status");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace integriteit
