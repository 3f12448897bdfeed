#include "cardsmodel.h"

#include "claims/creditcardservice.h"
#include "claims/expensecategories.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "persons/personservice.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace integriteit {

CardsModel::CardsModel(CreditCardService &cards, PersonService &persons, ExpenseCategories &categories, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(cards)
    , m_persons(persons)
    , m_categories(categories)
{
    connect(&m_service, &CreditCardService::cardsChanged, this, &CardsModel::reload);
    connect(&m_persons, &PersonService::personChanged, this, &CardsModel::reload);
    reload();
}

void CardsModel::reload()
{
    beginResetModel();
    m_cards.clear();
    m_holderNames.clear();
    m_categoryNames.clear();
    try {
        m_cards = m_service.cards(0);
        for (const ExpenseCategory &c : m_categories.list(true))
            m_categoryNames.insert(c.code, c.name);
        for (const CreditCard &c : m_cards)
            if (!m_holderNames.contains(c.personId))
                m_holderNames.insert(c.personId, m_persons.person(c.personId).displayName());
    } catch (const Error &error) {
        m_cards.clear();
        endResetModel();
        Q_EMIT errorOccurred(error.userMessage());
        return;
    }
    endResetModel();
}

int CardsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cards.size());
}

int CardsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CardColumn::Count);
}

QVariant CardsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CreditCard &c = m_cards[std::size_t(index.row())];
    if (role == IdRole)
        return c.id;
    const auto column = CardColumn(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case CardColumn::Holder: return m_holderNames.value(c.personId);
        case CardColumn::Card: return c.label();
        case CardColumn::Issued: return dutch::date(c.issued);
        case CardColumn::Withdrawn: return c.withdrawn.isValid() ? dutch::date(c.withdrawn) : tr("in use");
        case CardColumn::AllowedKinds: {
            QStringList names;
            for (const QString &code : c.allowedCategories)
                names << m_categoryNames.value(code, code);
            return names.join(QStringLiteral(", "));
        }
        case CardColumn::Count: break;
        }
    }
    // A withdrawn card stays in the register but no longer asks for attention.
    if (role == Qt::ForegroundRole && c.withdrawn.isValid() && c.withdrawn < QDate::currentDate())
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    if (role == Qt::ToolTipRole && column == CardColumn::AllowedKinds)
        return tr("The kinds of cost this card may be used for (GC 9.10)");
    return {};
}

QVariant CardsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(CardColumn::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (CardColumn(section)) {
    case CardColumn::Holder: return tr("Card holder");
    case CardColumn::Card: return tr("Card");
    case CardColumn::Issued: return tr("Issued");
    case CardColumn::Withdrawn: return tr("Withdrawn");
    case CardColumn::AllowedKinds: return tr("Allowed kinds of cost");
    case CardColumn::Count: break;
    }
    return {};
}

qint64 CardsModel::idAt(int row) const
{
    return row >= 0 && row < int(m_cards.size()) ? m_cards[std::size_t(row)].id : 0;
}

int CardsModel::rowOf(qint64 cardId) const
{
    for (int i = 0; i < int(m_cards.size()); ++i)
        if (m_cards[std::size_t(i)].id == cardId)
            return i;
    return -1;
}

} // namespace integriteit
