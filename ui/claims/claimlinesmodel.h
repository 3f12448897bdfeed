#pragma once
// The lines (declaratieregels) of one claim, with the name of each proof of payment. A file
// dropped on a line is offered as that line's receipt (receiptDropped); the model only reports
// the drop, the page attaches it through the same code path as its file chooser.

#include "claims/claim.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace integriteit {

class ClaimServices;

class ClaimLinesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Date, Category, Amount, Description, Reason, Receipt, Count };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ClaimLinesModel(ClaimServices &services, QObject *parent = nullptr);

    // 0 clears the table.
    void setClaim(qint64 claimId);
    qint64 claimId() const { return m_claimId; }
    void reload();
    // Dropping files is offered only while the claim's lines may change.
    void setAcceptsDrops(bool accepts) { m_acceptsDrops = accepts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    qint64 lineIdAt(int row) const;
    const ClaimLine *lineAt(int row) const;
    int rowOfLine(qint64 lineId) const;

    // The first local file of a drag, or empty.
    static QString droppedFile(const QMimeData *data);

Q_SIGNALS:
    // A file was dropped on a line (lineId > 0) or on the empty part of the table (lineId 0).
    void receiptDropped(qint64 lineId, const QString &path);
    void errorOccurred(const QString &message);

private:
    ClaimServices &m_services;
    qint64 m_claimId = 0;
    std::vector<ClaimLine> m_lines;
    QHash<qint64, QString> m_receiptNames; // by line id
    QHash<QString, QString> m_categoryNames; // by code
    bool m_acceptsDrops = false;
};

} // namespace integriteit
