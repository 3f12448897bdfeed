#include "settlementmodel.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "persons/personservice.h"
#include "registers/registerservices.h"

#include <QBrush>
#include <QPalette>
#include <algorithm>
#include <set>

namespace integriteit {

namespace {
// The college office the settlement is about, in the year: mayor wins over alderman when both.
QString collegeRoleIn(const std::vector<Appointment> &appointments, int year)
{
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    QString role;
    for (const Appointment &a : appointments) {
        const bool overlaps = a.start <= last && (!a.end.isValid() || a.end >= first);
        if (!overlaps)
            continue;
        if (a.role == HolderRole::Mayor)
            return holderRoleName(a.role);
        if (a.role == HolderRole::Alderman)
            role = holderRoleName(a.role);
    }
    return role;
}
} // namespace

QString settlementColumnTitle(SettlementColumn column)
{
    switch (column) {
    case SettlementColumn::Person:
        return SettlementModel::tr("Office holder");
    case SettlementColumn::Role:
        return SettlementModel::tr("Role");
    case SettlementColumn::Salary:
        return SettlementModel::tr("Salary");
    case SettlementColumn::FreePart:
        return SettlementModel::tr("Free part");
    case SettlementColumn::PersonalIncome:
        return SettlementModel::tr("Personal income");
    case SettlementColumn::ExOfficioIncome:
        return SettlementModel::tr("Ex officio income");
    case SettlementColumn::Deduction:
        return SettlementModel::tr("To settle");
    case SettlementColumn::Decision:
        return SettlementModel::tr("College decision");
    case SettlementColumn::Count:
        break;
    }
    return {};
}

QString settlementDecisionText(const SettlementDecision &d)
{
    if (d.nothingToSettle)
        return SettlementModel::tr("Nothing to settle (%1)").arg(dutch::date(d.decisionDate));
    return SettlementModel::tr("%1 settled (%2)").arg(d.settled.toDutch(), dutch::date(d.decisionDate));
}

SettlementModel::SettlementModel(RegisterServices &registers, PersonService &persons, QObject *parent)
    : QAbstractTableModel(parent)
    , m_gate(new ReloadGate(this, [this] { reload(); }))
    , m_settlement(registers.settlement())
    , m_persons(persons)
{
    // Income, positions (q.q. or not), decisions, parameters and appointments all change the
    // figures: read the year again.
    connect(&registers.sideIncome(), &SideIncomeService::recordChanged, m_gate, [this] { m_gate->changed(); });
    connect(&registers.sideIncome(), &SideIncomeService::recordsChanged, m_gate, [this] { m_gate->changed(); });
    connect(&registers.sidePositions(), &SidePositionService::recordChanged, m_gate, [this] { m_gate->changed(); });
    connect(&m_settlement, &SettlementService::recordChanged, m_gate, [this] { m_gate->changed(); });
    connect(&m_settlement, &SettlementService::recordsChanged, m_gate, [this] { m_gate->changed(); });
    connect(&m_settlement, &SettlementService::parametersChanged, m_gate, [this] { m_gate->changed(); });
    connect(&m_persons, &PersonService::personChanged, m_gate, [this] { m_gate->changed(); });
    connect(&m_persons, &PersonService::personsChanged, m_gate, [this] { m_gate->changed(); });
}

int SettlementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettlementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(SettlementColumn::Count);
}

QVariant SettlementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SettlementRow &row = m_rows[size_t(index.row())];
    const auto column = SettlementColumn(index.column());
    if (role == PersonIdRole)
        return row.personId;
    if (role == Qt::TextAlignmentRole && column >= SettlementColumn::Salary && column <= SettlementColumn::Deduction)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && !row.computed && column >= SettlementColumn::Salary
        && column <= SettlementColumn::Deduction)
        return row.problem;
    if (role == Qt::ToolTipRole && row.computed && column == SettlementColumn::Salary
        && row.computed->daysInOffice < row.computed->daysInYear)
        return tr("Pro rata: %1 of %2 days in office").arg(row.computed->daysInOffice).arg(row.computed->daysInYear);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const SettlementResult *r = row.computed ? &row.computed->result : nullptr;
    const QString unknown = tr("salary not set");
    switch (column) {
    case SettlementColumn::Person:
        return row.name;
    case SettlementColumn::Role:
        return row.role;
    case SettlementColumn::Salary:
        return r ? r->salary.toDutch() : unknown;
    case SettlementColumn::FreePart:
        return r ? r->freePart.toDutch() : QString();
    case SettlementColumn::PersonalIncome:
        return r ? r->personalIncome.toDutch() : QString();
    case SettlementColumn::ExOfficioIncome:
        return r ? r->exOfficioIncome.toDutch() : QString();
    case SettlementColumn::Deduction:
        return r ? r->deduction.toDutch() : QString();
    case SettlementColumn::Decision:
        return row.decision ? settlementDecisionText(*row.decision) : tr("not decided yet");
    case SettlementColumn::Count:
        break;
    }
    return {};
}

QVariant SettlementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < int(SettlementColumn::Count))
        return settlementColumnTitle(SettlementColumn(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

void SettlementModel::setYear(int year)
{
    if (year == m_year && !m_rows.empty())
        return;
    m_year = year;
    reload();
}

void SettlementModel::reload()
{
    std::vector<SettlementRow> rows;
    if (m_year != 0) {
        try {
            std::set<qint64> ids;
            for (qint64 id : m_settlement.undecided(m_year))
                ids.insert(id);
            for (const SettlementDecision &d : m_settlement.decisions(m_year))
                ids.insert(d.personId);
            for (qint64 id : ids) {
                SettlementRow row;
                row.personId = id;
                const Person person = m_persons.person(id);
                row.name = person.displayName();
                row.sortName = person.sortName();
                row.role = collegeRoleIn(m_persons.appointments(id), m_year);
                try {
                    row.computed = m_settlement.compute(id, m_year);
                } catch (const Error &error) {
                    if (error.kind() != Error::Kind::Validation)
                        throw;
                    row.problem = error.userMessage(); // "set the alderman's salary for 2025 first"
                }
                row.decision = m_settlement.decisionFor(id, m_year);
                rows.push_back(std::move(row));
            }
        } catch (const Error &error) {
            rows.clear();
            Q_EMIT errorOccurred(error.userMessage());
        }
    }
    std::sort(rows.begin(), rows.end(), [](const SettlementRow &a, const SettlementRow &b) {
        return QString::localeAwareCompare(a.sortName, b.sortName) < 0;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const SettlementRow *SettlementModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[size_t(row)] : nullptr;
}

std::optional<int> SettlementModel::rowOf(qint64 personId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].personId == personId)
            return int(i);
    return std::nullopt;
}

} // namespace integriteit
