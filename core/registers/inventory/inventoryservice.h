#pragma once
// The yearly inventory of nevenfuncties (GC 3.4): the overview per person, the confirmations, who
// has not confirmed, and from which day of the year a missing confirmation needs attention.

#include "registers/inventory/inventoryconfirmation.h"
#include "storage/auditlog.h"
#include "common/currentdate.h"

#include <QObject>
#include <QSqlDatabase>

namespace integriteit {

class Database;
class Session;

class InventoryService : public QObject
{
    Q_OBJECT
public:
    InventoryService(Database &database, const Session &session, QObject *parent = nullptr);

    InventoryOverview overview(qint64 personId, int year) const;
    // Everybody in office during part of `year` (up to today), with his confirmation if any.
    std::vector<InventoryStatusRow> status(int year, bool unconfirmedOnly = false) const;

    // The inventory of a year is held in the autumn: from this day (setting "inventory_start",
    // default 1 September) a missing confirmation of a person in office appears on the attention
    // list, due 31 December. Stored as month and day; `year` only places it in a calendar.
    QDate startDate(int year) const;
    static QDate startDateIn(const QSqlDatabase &db, int year);
    void setStartDate(int month, int day);
    bool mayEditSettings() const;

    InventoryConfirmation confirmation(qint64 id) const;
    std::optional<InventoryConfirmation> confirmationFor(qint64 personId, int year) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(qint64 personId, int year) const;

    qint64 confirm(const InventoryConfirmation &confirmation);
    void update(const InventoryConfirmation &confirmation);
    void remove(qint64 id);
    void restore(const InventoryConfirmation &confirmation);

    static void validate(const InventoryConfirmation &confirmation, const QDate &today = currentDate());

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);
    void settingsChanged();

private:
    qint64 insert(const InventoryConfirmation &confirmation, bool keepId);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
