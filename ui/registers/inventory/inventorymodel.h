#pragma once
// The yearly inventory (GC 3.4) as a table: every office holder of the year with his confirmation
// status. A municipality has a few dozen office holders a year, so the year is read whole.

#include "registers/inventory/inventoryconfirmation.h"

#include "common/reloadgate.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace integriteit {

class InventoryService;

enum class InventoryColumn { Person, Role, Faction, Status, Date, Notes, Count };

class InventoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    explicit InventoryModel(InventoryService &inventory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int year() const { return m_year; }
    bool unconfirmedOnly() const { return m_unconfirmedOnly; }
    void setYear(int year, bool unconfirmedOnly);
    void reload();
    // From now on a change read while `page` is hidden waits until it is shown (ReloadGate).
    void reloadOnlyWhenShown(QWidget *page) { m_gate->watch(page); }
    const InventoryStatusRow *rowAt(int row) const;
    std::optional<int> rowOf(qint64 personId) const;
    int unconfirmedCount() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    ReloadGate *m_gate;
    InventoryService &m_inventory;
    int m_year = 0;
    bool m_unconfirmedOnly = false;
    std::vector<InventoryStatusRow> m_rows;
};

QString inventoryColumnTitle(InventoryColumn column);
// "Confirmed", "Corrected", "Not confirmed".
QString inventoryStatusText(const std::optional<InventoryConfirmation> &confirmation);

} // namespace integriteit
