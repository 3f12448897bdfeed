#pragma once
// Aandachtspunten as a table: what needs action, for whom, by when; overdue items in a warning
// colour. The list is short by nature (open actions of one or two offices), so it is read whole.

#include "registers/attentionlist.h"

#include <QAbstractTableModel>
#include <QDate>
#include <vector>

namespace integriteit {

class RegisterServices;

enum class AttentionColumn { Due, Person, What, Count };

class AttentionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int EntityRole = Qt::UserRole + 1;
    static constexpr int RecordIdRole = Qt::UserRole + 2;
    static constexpr int PersonIdRole = Qt::UserRole + 3;
    static constexpr int YearRole = Qt::UserRole + 4;
    static constexpr int OverdueRole = Qt::UserRole + 5;

    explicit AttentionModel(RegisterServices &registers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Reads the list again (sorted by due date by the core); `today` decides what is overdue.
    void reload(const QDate &today = QDate::currentDate());
    const AttentionItem *itemAt(int row) const;
    int overdueCount() const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    RegisterServices &m_registers;
    std::vector<AttentionItem> m_items;
    QDate m_today;
};

} // namespace integriteit
