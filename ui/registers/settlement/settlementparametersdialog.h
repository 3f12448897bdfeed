#pragma once
// The settlement parameters of one year: the full-time salary per role (wethouder, burgemeester,
// holiday allowance included), the free part and the rate. Saved through SettlementService; only
// the administrator and the secretariat may change them, everybody else sees them read-only.

#include "registers/income/settlement.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace integriteit {

class InlineMessage;
class PersonService;
class SettlementService;

class SettlementParametersDialog : public QDialog
{
    Q_OBJECT
public:
    SettlementParametersDialog(SettlementService &settlement, PersonService &persons, int year, QWidget *parent = nullptr);

    // Before and after the save (after acceptance), for the undo step.
    const SettlementParameters &before() const { return m_before; }
    const SettlementParameters &after() const { return m_after; }
    bool changed() const { return m_changed; }

    void accept() override;

private:
    void load();
    bool readMoney(QLineEdit *edit, const QString &label, std::optional<Money> &target);

    SettlementService &m_settlement;
    int m_year;
    bool m_mayEdit;
    SettlementParameters m_before;
    SettlementParameters m_after;
    bool m_changed = false;
    InlineMessage *m_error;
    QComboBox *m_organisation;
    QLineEdit *m_aldermanSalary;
    QLineEdit *m_mayorSalary;
    QDoubleSpinBox *m_freePart;
    QDoubleSpinBox *m_rate;
};

} // namespace integriteit
