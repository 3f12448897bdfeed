#pragma once
// The payments of one card (or any CardPaymentFilter): a lazy table over CardPaymentService::page(),
// sorted in SQL, read a page at a time, refreshed when a payment changes. A card of many years
// holds thousands of payments.

#include "claims/cardquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace integriteit {

class CardPaymentService;
class CreditCardService;
class ExpenseCategories;

class CardPaymentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PageSize = 200;

    CardPaymentsModel(CardPaymentService &payments, CreditCardService &cards, ExpenseCategories &categories,
                      QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const CardPaymentFilter &filter);
    const CardPaymentFilter &filter() const { return m_filter; }
    int totalCount() const { return m_total; }
    // Payments of the filter's card still lacking kind, reason or receipt (GC 9.11).
    int unaccountedCount() const { return m_unaccounted; }
    const CardPaymentRow *rowAt(int row) const;
    int rowOf(qint64 paymentId) const;
    void reload();

Q_SIGNALS:
    void countChanged(int total, int unaccounted);
    void errorOccurred(const QString &message);

private:
    void requery(int rowsWanted);

    CardPaymentService &m_payments;
    ExpenseCategories &m_categories;
    QHash<QString, QString> m_categoryNames;
    CardPaymentFilter m_filter;
    CardPaymentColumn m_sortColumn = CardPaymentColumn::Date;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    std::vector<CardPaymentRow> m_rows;
    int m_total = 0;
    int m_unaccounted = 0;
};

QString cardPaymentColumnTitle(CardPaymentColumn column);

} // namespace integriteit
