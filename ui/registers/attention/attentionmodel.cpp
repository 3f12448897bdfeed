#include "attentionmodel.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/registerservices.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QPalette>

namespace integriteit {

namespace {
// A red that reads on light and dark palettes alike; the text says "overdue" too, for those who
// cannot tell the colour.
const QColor kOverdue(0xc0, 0x1c, 0x28);
} // namespace

AttentionModel::AttentionModel(RegisterServices &registers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_registers(registers)
{ }

int AttentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(AttentionColumn::Count);
}

QVariant AttentionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AttentionItem &item = m_items[size_t(index.row())];
    const bool overdue = item.overdue(m_today);
    switch (role) {
    case EntityRole:
        return item.entity;
    case RecordIdRole:
        return item.recordId;
    case PersonIdRole:
        return item.personId;
    case YearRole:
        return item.year;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        // Only the date is red: a whole red list would shout, and the date is what is late.
        return overdue && index.column() == int(AttentionColumn::Due) ? QVariant(QBrush(kOverdue)) : QVariant();
    case Qt::FontRole:
        if (overdue && index.column() == int(AttentionColumn::Due)) {
            QFont font = QApplication::font();
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (AttentionColumn(index.column())) {
    case AttentionColumn::Due:
        if (!item.due.isValid())
            return QString();
        return overdue ? tr("%1 (overdue)").arg(dutch::date(item.due)) : dutch::date(item.due);
    case AttentionColumn::Person:
        return item.personName;
    case AttentionColumn::What:
        return item.text;
    case AttentionColumn::Count:
        break;
    }
    return {};
}

QVariant AttentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (AttentionColumn(section)) {
    case AttentionColumn::Due:
        return tr("Due");
    case AttentionColumn::Person:
        return tr("Office holder");
    case AttentionColumn::What:
        return tr("What needs to be done");
    case AttentionColumn::Count:
        break;
    }
    return {};
}

void AttentionModel::reload(const QDate &today)
{
    std::vector<AttentionItem> items;
    try {
        items = m_registers.attention(today);
    } catch (const Error &error) {
        Q_EMIT errorOccurred(error.userMessage());
    }
    beginResetModel();
    m_today = today;
    m_items = std::move(items);
    endResetModel();
}

const AttentionItem *AttentionModel::itemAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? &m_items[size_t(row)] : nullptr;
}

int AttentionModel::overdueCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [this](const AttentionItem &i) { return i.overdue(m_today); }));
}

} // namespace integriteit
