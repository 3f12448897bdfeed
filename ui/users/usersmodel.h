#pragma once
// The user accounts as a table for the administrator's Users page; re-reads on usersChanged().

#include "auth/session.h"

#include <QAbstractTableModel>
#include <vector>

namespace integriteit {

class UserService;

class UsersModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { UserName, FullName, Roles, Active, Count };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit UsersModel(UserService &users, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const User &user(int row) const { return m_rows.at(std::size_t(row)); }
    // The row of a user id, or -1 when the list does not hold it.
    int rowOf(qint64 id) const;

public Q_SLOTS:
    // Re-reads the accounts; a refusal empties the list and is reported through loadFailed().
    void refresh();

Q_SIGNALS:
    void loadFailed(const QString &message);

private:
    UserService &m_users;
    std::vector<User> m_rows;
};

} // namespace integriteit
