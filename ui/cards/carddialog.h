#pragma once
// Registering or changing a creditcard (GC 9.10): holder, issuer, the last four digits only,
// issued, withdrawn and the kinds of cost it may be used for. OK saves through CreditCardService;
// a refusal is shown inline and the focus goes to the field concerned.

#include "claims/creditcard.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace integriteit {

class CreditCardService;
class DateLineEdit;
class ExpenseCategories;
class InlineMessage;
class PersonService;

class CardDialog : public QDialog
{
    Q_OBJECT
public:
    // A card with id 0 is created on OK, otherwise updated.
    CardDialog(CreditCardService &cards, PersonService &persons, ExpenseCategories &categories, const CreditCard &card,
               QWidget *parent = nullptr);

    // After acceptance: the card as saved, with its id.
    const CreditCard &card() const { return m_card; }
    void accept() override;

private:
    bool cardFromForm(CreditCard &card);

    CreditCardService &m_cards;
    CreditCard m_card;
    InlineMessage *m_error;
    QComboBox *m_holder;
    QLineEdit *m_issuer;
    QLineEdit *m_lastDigits;
    DateLineEdit *m_issued;
    DateLineEdit *m_withdrawn;
    QListWidget *m_categories;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
