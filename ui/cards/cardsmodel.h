#pragma once
// The creditcard register (GC 9.10): holder, card, issued, withdrawn, allowed kinds of cost. A
// municipality has a handful of cards, so the model reads them all at once (unlike the lazy
// payment list) and refreshes on CreditCardService::cardsChanged.

#include "claims/creditcard.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace integriteit {

class CreditCardService;
class ExpenseCategories;
class PersonService;

enum class CardColumn { Holder, Card, Issued, Withdrawn, AllowedKinds, Count };

class CardsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int IdRole = Qt::UserRole + 1;

    CardsModel(CreditCardService &cards, PersonService &persons, ExpenseCategories &categories, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    qint64 idAt(int row) const;
    int rowOf(qint64 cardId) const;
    const CreditCard &cardAt(int row) const { return m_cards.at(std::size_t(row)); }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    CreditCardService &m_service;
    PersonService &m_persons;
    ExpenseCategories &m_categories;
    std::vector<CreditCard> m_cards;
    QHash<qint64, QString> m_holderNames;
    QHash<QString, QString> m_categoryNames;
};

} // namespace integriteit
