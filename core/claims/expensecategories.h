#pragma once
// The kinds of cost (reiskosten, verblijf, representatie, opleiding, ICT/telefoon, overig) as a
// setting: the municipality adds, renames and deactivates them; the code never changes, so CSV
// files and old claims keep their meaning. A deactivated kind stays on existing lines.

#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace integriteit {

class Database;
class Session;

struct ExpenseCategory
{
    qint64 id = 0;
    QString code; // "reis": stable, lower case
    QString name; // "Reiskosten": the municipality's own words
    bool active = true;
    int sortOrder = 0;

    QJsonObject toJson() const;
};

class ExpenseCategories : public QObject
{
    Q_OBJECT
public:
    ExpenseCategories(Database &database, const Session &session, QObject *parent = nullptr);

    // Every logged-in user reads them (they label public overviews).
    std::vector<ExpenseCategory> list(bool includeInactive = false) const;
    ExpenseCategory category(const QString &code) const;
    // The administrator and the secretariat keep the list.
    bool mayEdit() const;

    qint64 add(const ExpenseCategory &category);
    void rename(const QString &code, const QString &name);
    void setActive(const QString &code, bool active);

    static std::optional<ExpenseCategory> find(const QSqlDatabase &db, const QString &code);
    // Throws Error(Validation) on `field` when the code is unknown, or inactive and not `allowed`.
    static void requireUsable(const QSqlDatabase &db, const QString &code, const QString &field,
                              const QString &allowedInactive = {});

Q_SIGNALS:
    void categoriesChanged();

private:
    void requireEdit() const;

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
