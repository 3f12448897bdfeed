#pragma once
// Records (or changes) the college's decision on the settlement of one person's side income in one
// year: the date, the amount settled or "nothing to settle", and the decision's reference. The
// computed figures are shown for reference; the service keeps those the college saw.

#include "registers/income/settlement.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class DateLineEdit;
class InlineMessage;
class SettlementService;

class SettlementDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    // A decision with id 0 is recorded on OK, otherwise updated. `computed` may be empty (no salary).
    SettlementDecisionDialog(SettlementService &settlement, const SettlementDecision &decision,
                             const QString &personName, const std::optional<SettlementCase> &computed,
                             QWidget *parent = nullptr);

    // After acceptance: the decision as stored, with its id.
    const SettlementDecision &decision() const { return m_decision; }

    void accept() override;

private:
    void updateAmountField();

    SettlementService &m_settlement;
    SettlementDecision m_decision;
    InlineMessage *m_error;
    DateLineEdit *m_date;
    QCheckBox *m_nothing;
    QLineEdit *m_amount;
    QPlainTextEdit *m_text;
};

} // namespace integriteit
