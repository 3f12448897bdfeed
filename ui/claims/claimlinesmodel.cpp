#include "claimlinesmodel.h"

#include "claims/claimservices.h"
#include "common/dutchformat.h"
#include "common/error.h"

#include <QBrush>
#include <QMimeData>
#include <QUrl>

namespace integriteit {

ClaimLinesModel::ClaimLinesModel(ClaimServices &services, QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(services)
{
    connect(&m_services.claims(), &ClaimService::claimChanged, this, [this](qint64 id) {
        if (id == m_claimId)
            reload();
    });
    connect(&m_services.claims(), &ClaimService::claimsChanged, this, &ClaimLinesModel::reload);
}

void ClaimLinesModel::setClaim(qint64 claimId)
{
    m_claimId = claimId;
    reload();
}

void ClaimLinesModel::reload()
{
    std::vector<ClaimLine> lines;
    QHash<qint64, QString> names;
    QHash<QString, QString> categories;
    if (m_claimId > 0) {
        try {
            lines = m_services.claims().lines(m_claimId);
            for (const ClaimLine &l : lines)
                if (l.receiptId > 0)
                    names.insert(l.id, m_services.claims().receipt(l.id, false).fileName);
            for (const ExpenseCategory &c : m_services.categories().list(true))
                categories.insert(c.code, c.name);
        } catch (const Error &error) {
            // The claim was removed (undo) or is no longer readable: show nothing.
            lines.clear();
            names.clear();
            if (error.kind() != Error::Kind::NotFound)
                Q_EMIT errorOccurred(error.userMessage());
        }
    }
    beginResetModel();
    m_lines = std::move(lines);
    m_receiptNames = std::move(names);
    m_categoryNames = std::move(categories);
    endResetModel();
}

int ClaimLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ClaimLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ClaimLinesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimLine &l = m_lines[size_t(index.row())];
    const auto column = Column(index.column());
    const bool hasReceipt = m_receiptNames.contains(l.id);
    if (role == IdRole)
        return l.id;
    if (role == Qt::TextAlignmentRole && column == Column::Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    // What still blocks the submission stands out (GC 9.3).
    if (role == Qt::ForegroundRole
        && ((column == Column::Receipt && !hasReceipt) || (column == Column::Reason && l.reason.isEmpty())))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole) {
        if (column == Column::Reason || column == Column::Description)
            return column == Column::Reason ? l.reason : l.description;
        if (column == Column::Receipt && !hasReceipt)
            return tr("Attach the proof of payment, or drop the file on this line.");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Date: return dutch::date(l.expenseDate);
    case Column::Category: return m_categoryNames.value(l.category, l.category);
    case Column::Amount: return l.amount.toDutch();
    case Column::Description: return l.description;
    case Column::Reason: return l.reason.isEmpty() ? tr("(missing)") : l.reason;
    case Column::Receipt: return hasReceipt ? m_receiptNames.value(l.id) : tr("(missing)");
    case Column::Count: break;
    }
    return {};
}

QVariant ClaimLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Date: return tr("Date of expense");
    case Column::Category: return tr("Kind of cost");
    case Column::Amount: return tr("Amount");
    case Column::Description: return tr("Description");
    case Column::Reason: return tr("Functional reason");
    case Column::Receipt: return tr("Proof of payment");
    case Column::Count: break;
    }
    return {};
}

Qt::ItemFlags ClaimLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_acceptsDrops)
        f |= Qt::ItemIsDropEnabled; // on a line, and (invalid index) on the empty part of the table
    return f;
}

QStringList ClaimLinesModel::mimeTypes() const
{
    return {QStringLiteral("text/uri-list")};
}

Qt::DropActions ClaimLinesModel::supportedDropActions() const
{
    return Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;
}

QString ClaimLinesModel::droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

bool ClaimLinesModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int, const QModelIndex &) const
{
    return m_acceptsDrops && m_claimId > 0 && !droppedFile(data).isEmpty();
}

bool ClaimLinesModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // On a line: parent is its cell. Between lines or below them: a new line with this receipt.
    const qint64 lineId = parent.isValid() ? lineIdAt(parent.row()) : 0;
    Q_EMIT receiptDropped(lineId, droppedFile(data));
    return true;
}

qint64 ClaimLinesModel::lineIdAt(int row) const
{
    return row >= 0 && row < int(m_lines.size()) ? m_lines[size_t(row)].id : 0;
}

const ClaimLine *ClaimLinesModel::lineAt(int row) const
{
    return row >= 0 && row < int(m_lines.size()) ? &m_lines[size_t(row)] : nullptr;
}

int ClaimLinesModel::rowOfLine(qint64 lineId) const
{
    for (size_t i = 0; i < m_lines.size(); ++i)
        if (m_lines[i].id == lineId)
            return int(i);
    return -1;
}

} // namespace integriteit
