#pragma once
// Verrekening of one year as a table: every full-time wethouder and burgemeester not under
// overgangsrecht in that year (and anybody with a recorded decision), with the figures the
// SettlementService computes and the college's decision. A college has a handful of members, so
// the year is read whole.

#include "registers/income/settlement.h"

#include "common/reloadgate.h"

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace integriteit {

class PersonService;
class RegisterServices;
class SettlementService;

enum class SettlementColumn { Person, Role, Salary, FreePart, PersonalIncome, ExOfficioIncome, Deduction, Decision, Count };

struct SettlementRow
{
    qint64 personId = 0;
    QString name;       // "J. (Jan) Jansen"
    QString sortName;
    QString role;       // wethouder / burgemeester in that year
    std::optional<SettlementCase> computed; // none when a salary is missing
    QString problem;    // why nothing was computed
    std::optional<SettlementDecision> decision;
};

class SettlementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int PersonIdRole = Qt::UserRole + 1;

    SettlementModel(RegisterServices &registers, PersonService &persons, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int year() const { return m_year; }
    void setYear(int year);
    void reload();
    // From now on a change read while `page` is hidden waits until it is shown (ReloadGate).
    void reloadOnlyWhenShown(QWidget *page) { m_gate->watch(page); }
    const SettlementRow *rowAt(int row) const;
    std::optional<int> rowOf(qint64 personId) const;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    ReloadGate *m_gate;
    SettlementService &m_settlement;
    PersonService &m_persons;
    int m_year = 0;
    std::vector<SettlementRow> m_rows;
};

QString settlementColumnTitle(SettlementColumn column);
// "€ 1.234,56 on 12-03-2026" or "nothing to settle, 12-03-2026"; empty when there is none.
QString settlementDecisionText(const SettlementDecision &decision);

} // namespace integriteit
