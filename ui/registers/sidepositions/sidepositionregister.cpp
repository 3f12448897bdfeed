#include "sidepositionregister.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "registers/common/enddatedialog.h"
#include "sideincomepanel.h"
#include "sidepositiondialog.h"

#include <QUndoStack>

namespace integriteit {

namespace {
QString capacityText(bool exOfficio)
{
    return exOfficio ? SidePositionRegister::tr("Ex officio (q.q.)") : SidePositionRegister::tr("Personal");
}
} // namespace

SidePositionRegister::SidePositionRegister(AppCore &core, QUndoStack &undoStack, QObject *parent)
    : RegisterKind(core, undoStack, parent)
    , m_service(core.registers().sidePositions())
{
    connect(&m_service, &SidePositionService::recordChanged, this, &RegisterKind::recordsChanged);
    connect(&m_service, &SidePositionService::recordsChanged, this, &RegisterKind::recordsChanged);
    // Income decides whether a position may be removed; an undo of an income step changes it too.
    connect(&core.registers().sideIncome(), &SideIncomeService::recordsChanged, this, &RegisterKind::recordsChanged);
    connect(&core.registers().sideIncome(), &SideIncomeService::recordChanged, this, &RegisterKind::recordsChanged);
}

QString SidePositionRegister::title() const
{
    return tr("Side positions");
}

QString SidePositionRegister::countText(int count) const
{
    return tr("%Ln side position(s)", nullptr, count);
}

QString SidePositionRegister::newActionText() const
{
    return tr("&New side position…");
}

QString SidePositionRegister::emptyText() const
{
    return tr("No side positions registered yet. Choose New side position to add the first.");
}

QString SidePositionRegister::collegeStepsText()
{
    return tr("Personal position of a wethouder or the burgemeester: the dates on which it was reported to the "
              "council and discussed in the college are missing (GC 3.6).");
}

QString SidePositionRegister::columnTitle(int column) const
{
    switch (SidePositionColumn(column)) {
    case SidePositionColumn::Person: return tr("Office holder");
    case SidePositionColumn::Role: return tr("Role");
    case SidePositionColumn::Faction: return tr("Party group");
    case SidePositionColumn::Organisation: return tr("Organisation");
    case SidePositionColumn::Description: return tr("Position");
    case SidePositionColumn::ExOfficio: return tr("Capacity");
    case SidePositionColumn::Paid: return tr("Paid");
    case SidePositionColumn::Start: return tr("Start");
    case SidePositionColumn::End: return tr("End");
    case SidePositionColumn::Reported: return tr("Reported");
    case SidePositionColumn::Flag: return tr("Attention");
    case SidePositionColumn::Count: break;
    }
    return {};
}

int SidePositionRegister::columnWidth(int column) const
{
    switch (SidePositionColumn(column)) {
    case SidePositionColumn::Person: return 13;
    case SidePositionColumn::Role: return 8;
    case SidePositionColumn::Organisation: return 15;
    case SidePositionColumn::Description: return 13;
    case SidePositionColumn::ExOfficio: return 8;
    case SidePositionColumn::Paid: return 3;
    case SidePositionColumn::Flag: return 5;
    default: return 10;
    }
}

bool SidePositionRegister::hiddenByDefault(int column) const
{
    // The party group and the reporting date are there for who wants them (header menu).
    return column == int(SidePositionColumn::Faction) || column == int(SidePositionColumn::Reported);
}

int SidePositionRegister::count(const RegisterFilter &filter) const
{
    return m_service.count(filter);
}

std::vector<RegisterRow> SidePositionRegister::page(const RegisterFilter &filter, int column, Qt::SortOrder order,
                                                    int offset, int limit) const
{
    std::vector<RegisterRow> rows;
    for (const SidePositionRow &r : m_service.page(filter, SidePositionColumn(column), order, offset, limit)) {
        const SidePosition &p = r.position;
        RegisterRow row;
        row.id = p.id;
        row.cells = { r.person.sortName, roleText(r.person.role), r.person.faction, p.organisation,
                      p.description, capacityText(p.exOfficio), yesNo(p.paid), dutch::date(p.start),
                      dutch::date(p.end), dutch::date(p.reported),
                      r.needsCollegeSteps ? tr("GC 3.6") : QString() };
        row.flag = r.needsCollegeSteps ? collegeStepsText() : QString();
        row.muted = !r.active;
        rows.push_back(std::move(row));
    }
    return rows;
}

QString SidePositionRegister::recordTitle(qint64 id) const
{
    const SidePosition p = m_service.position(id);
    return tr("%1 — %2").arg(p.organisation, personName(p.personId));
}

std::vector<DetailField> SidePositionRegister::details(qint64 id) const
{
    const SidePosition p = m_service.position(id);
    const bool flagged = m_service.needsCollegeSteps(p);
    std::vector<DetailField> fields = {
        { tr("Office holder"), personName(p.personId) },
        { tr("Organisation"), p.organisation },
        { tr("Position"), p.description },
        { tr("Capacity"), capacityText(p.exOfficio) },
        { tr("Paid"), yesNo(p.paid) },
        { tr("Start"), dutch::date(p.start) },
        { tr("End"), p.end.isValid() ? dutch::date(p.end) : tr("still running") },
        { tr("Reported"), dutch::date(p.reported), !p.reported.isValid() },
    };
    if (!p.exOfficio) {
        fields.push_back({ tr("Reported to the council"), dutch::date(p.raadNotified), flagged && !p.raadNotified.isValid() });
        fields.push_back({ tr("Discussed in the college"), dutch::date(p.collegeDiscussed),
                           flagged && !p.collegeDiscussed.isValid() });
    }
    fields.push_back({ tr("Notes"), p.notes });
    if (flagged)
        fields.push_back({ tr("Attention"), collegeStepsText(), true });
    return fields;
}

std::vector<AuditEntry> SidePositionRegister::history(qint64 id) const
{
    return m_service.history(id);
}

std::vector<std::pair<QString, QString>> SidePositionRegister::fieldLabels() const
{
    return {
        { QStringLiteral("organisation"), tr("Organisation") },
        { QStringLiteral("description"), tr("Position") },
        { QStringLiteral("ex_officio"), tr("Ex officio (q.q.)") },
        { QStringLiteral("paid"), tr("Paid") },
        { QStringLiteral("start_date"), tr("Start") },
        { QStringLiteral("end_date"), tr("End") },
        { QStringLiteral("reported_date"), tr("Reported") },
        { QStringLiteral("raad_notified_date"), tr("Reported to the council") },
        { QStringLiteral("college_discussed_date"), tr("Discussed in the college") },
        { QStringLiteral("notes"), tr("Notes") },
    };
}

QWidget *SidePositionRegister::createExtra(QWidget *parent)
{
    m_income = new SideIncomePanel(core(), undoStack(), parent);
    return m_income;
}

void SidePositionRegister::setExtraRecord(qint64 id)
{
    if (m_income)
        m_income->setPosition(id);
}

bool SidePositionRegister::mayEdit(qint64 id) const
{
    return m_service.mayEdit(m_service.position(id));
}

bool SidePositionRegister::isEnded(qint64 id) const
{
    const SidePosition p = m_service.position(id);
    return p.end.isValid() && p.end <= QDate::currentDate();
}

std::optional<qint64> SidePositionRegister::createRecord(QWidget *parent)
{
    SidePosition draft;
    draft.start = QDate::currentDate();
    draft.reported = QDate::currentDate();
    SidePositionDialog dialog(core(), draft, parent);
    return createThrough(m_service, dialog, &SidePositionDialog::position, [this](const SidePosition &added) {
        return ActionTexts { tr("Add side position %1").arg(added.organisation),
                             tr("Side position at %1 added.").arg(added.organisation) };
    }, parent);
}

bool SidePositionRegister::editRecord(qint64 id, QWidget *parent)
{
    return editThrough<SidePositionDialog>(m_service, id, &SidePositionService::position, &SidePositionDialog::position,
                                           tr("Edit side position"), [this](const SidePosition &after) {
        return ActionTexts { tr("Edit side position %1").arg(after.organisation),
                             tr("Changes to the side position at %1 saved.").arg(after.organisation) };
    }, parent);
}

bool SidePositionRegister::endRecord(qint64 id, QWidget *parent)
{
    return endThrough(m_service, id, &SidePositionService::position, tr("End side position"),
        [this](const SidePosition &before) {
            return tr("On which date did %1 end the position at %2?").arg(personName(before.personId), before.organisation);
        },
        [this](const SidePosition &after) {
            return ActionTexts { tr("End side position %1").arg(after.organisation),
                                 tr("The side position at %1 ends on %2.").arg(after.organisation, dutch::date(after.end)) };
        }, parent);
}

bool SidePositionRegister::removeRecord(qint64 id, QWidget *parent)
{
    return removeThrough(m_service, id, &SidePositionService::position, tr("Remove side position"),
                         [this](const SidePosition &removed) {
        return ActionTexts { tr("Remove side position %1").arg(removed.organisation),
                             tr("Side position at %1 removed. Choose Undo to bring it back.").arg(removed.organisation) };
    }, parent);
}

} // namespace integriteit
