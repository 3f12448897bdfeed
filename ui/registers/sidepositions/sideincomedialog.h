#pragma once
// Recording the income of one side position in one year (neveninkomsten), and when it was
// published. OK saves through SideIncomeService; a refusal is shown with the focus on its field.

#include "registers/income/sideincome.h"
#include "registers/sidepositions/sideposition.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace integriteit {

class AppCore;
class DateLineEdit;
class InlineMessage;

class SideIncomeDialog : public QDialog
{
    Q_OBJECT
public:
    // An income with id 0 is created on OK, otherwise updated.
    SideIncomeDialog(AppCore &core, const SidePosition &position, const SideIncome &income, QWidget *parent = nullptr);

    const SideIncome &income() const { return m_income; }
    bool changed() const { return m_changed; }
    void accept() override;

private:
    AppCore &m_core;
    SideIncome m_income;
    bool m_changed = false;
    InlineMessage *m_error;
    QSpinBox *m_year;
    QLineEdit *m_amount;
    DateLineEdit *m_published;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
