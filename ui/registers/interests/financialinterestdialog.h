#pragma once
// Adding or changing a financieel belang. OK saves through FinancialInterestService; a refusal is
// shown at the top with the focus on the field it names, and nothing is saved.

#include "registers/interests/financialinterest.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class AppCore;
class DateLineEdit;
class InlineMessage;
class PersonPicker;

class FinancialInterestDialog : public QDialog
{
    Q_OBJECT
public:
    // An interest with id 0 is created on OK, otherwise updated.
    FinancialInterestDialog(AppCore &core, const FinancialInterest &interest, QWidget *parent = nullptr);

    const FinancialInterest &interest() const { return m_interest; }
    void accept() override;

private:
    void updateDescriptionHint();

    AppCore &m_core;
    FinancialInterest m_interest;
    InlineMessage *m_error;
    PersonPicker *m_person;
    QLineEdit *m_organisation;
    QComboBox *m_kind;
    QLineEdit *m_description;
    DateLineEdit *m_acquired;
    DateLineEdit *m_reported;
    DateLineEdit *m_end;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
