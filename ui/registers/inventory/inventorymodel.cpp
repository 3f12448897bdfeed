#include "inventorymodel.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/inventory/inventoryservice.h"

#include <QBrush>
#include <QFont>
#include <algorithm>

namespace integriteit {

QString inventoryColumnTitle(InventoryColumn column)
{
    switch (column) {
    case InventoryColumn::Person:
        return InventoryModel::tr("Office holder");
    case InventoryColumn::Role:
        return InventoryModel::tr("Role");
    case InventoryColumn::Faction:
        return InventoryModel::tr("Party group");
    case InventoryColumn::Status:
        return InventoryModel::tr("Status");
    case InventoryColumn::Date:
        return InventoryModel::tr("Confirmed on");
    case InventoryColumn::Notes:
        return InventoryModel::tr("Notes");
    case InventoryColumn::Count:
        break;
    }
    return {};
}

QString inventoryStatusText(const std::optional<InventoryConfirmation> &c)
{
    if (!c)
        return InventoryModel::tr("Not confirmed");
    return c->corrected ? InventoryModel::tr("Corrected") : InventoryModel::tr("Confirmed");
}

InventoryModel::InventoryModel(InventoryService &inventory, QObject *parent)
    : QAbstractTableModel(parent)
    , m_gate(new ReloadGate(this, [this] { reload(); }))
    , m_inventory(inventory)
{
    connect(&m_inventory, &InventoryService::recordChanged, m_gate, [this] { m_gate->changed(); });
    connect(&m_inventory, &InventoryService::recordsChanged, m_gate, [this] { m_gate->changed(); });
}

int InventoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(InventoryColumn::Count);
}

QVariant InventoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InventoryStatusRow &row = m_rows[size_t(index.row())];
    const auto column = InventoryColumn(index.column());
    if (role == PersonIdRole)
        return row.person.personId;
    if (role == Qt::FontRole && column == InventoryColumn::Status && !row.confirmation) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case InventoryColumn::Person:
        return row.person.sortName;
    case InventoryColumn::Role:
        return row.person.role ? holderRoleName(*row.person.role) : QString();
    case InventoryColumn::Faction:
        return row.person.faction;
    case InventoryColumn::Status:
        return inventoryStatusText(row.confirmation);
    case InventoryColumn::Date:
        return row.confirmation ? dutch::date(row.confirmation->confirmed) : QString();
    case InventoryColumn::Notes:
        return row.confirmation ? row.confirmation->notes.simplified() : QString();
    case InventoryColumn::Count:
        break;
    }
    return {};
}

QVariant InventoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < int(InventoryColumn::Count))
        return inventoryColumnTitle(InventoryColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void InventoryModel::setYear(int year, bool unconfirmedOnly)
{
    if (year == m_year && unconfirmedOnly == m_unconfirmedOnly && !m_rows.empty())
        return;
    m_year = year;
    m_unconfirmedOnly = unconfirmedOnly;
    reload();
}

void InventoryModel::reload()
{
    std::vector<InventoryStatusRow> rows;
    if (m_year != 0) {
        try {
            rows = m_inventory.status(m_year, m_unconfirmedOnly);
        } catch (const Error &error) {
            Q_EMIT errorOccurred(error.userMessage());
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const InventoryStatusRow *InventoryModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

std::optional<int> InventoryModel::rowOf(qint64 personId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].person.personId == personId)
            return int(i);
    return std::nullopt;
}

int InventoryModel::unconfirmedCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const InventoryStatusRow &r) { return !r.confirmation; }));
}

} // namespace integriteit
