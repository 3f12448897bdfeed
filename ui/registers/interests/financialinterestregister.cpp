#include "financialinterestregister.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "financialinterestdialog.h"
#include "registers/common/enddatedialog.h"

namespace integriteit {

FinancialInterestRegister::FinancialInterestRegister(AppCore &core, QUndoStack &undoStack, QObject *parent)
    : RegisterKind(core, undoStack, parent)
    , m_service(core.registers().financialInterests())
{
    connect(&m_service, &FinancialInterestService::recordChanged, this, &RegisterKind::recordsChanged);
    connect(&m_service, &FinancialInterestService::recordsChanged, this, &RegisterKind::recordsChanged);
}

QString FinancialInterestRegister::title() const
{
    return tr("Financial interests");
}

QString FinancialInterestRegister::countText(int count) const
{
    return tr("%Ln financial interest(s)", nullptr, count);
}

QString FinancialInterestRegister::newActionText() const
{
    return tr("&New financial interest…");
}

QString FinancialInterestRegister::emptyText() const
{
    return tr("No financial interests registered yet. Choose New financial interest to add the first.");
}

QString FinancialInterestRegister::columnTitle(int column) const
{
    switch (FinancialInterestColumn(column)) {
    case FinancialInterestColumn::Person: return tr("Office holder");
    case FinancialInterestColumn::Role: return tr("Role");
    case FinancialInterestColumn::Faction: return tr("Party group");
    case FinancialInterestColumn::Organisation: return tr("Company or organisation");
    case FinancialInterestColumn::Kind: return tr("Kind");
    case FinancialInterestColumn::Description: return tr("Description");
    case FinancialInterestColumn::Acquired: return tr("Acquired");
    case FinancialInterestColumn::Reported: return tr("Reported");
    case FinancialInterestColumn::End: return tr("Ended");
    case FinancialInterestColumn::Count: break;
    }
    return {};
}

int FinancialInterestRegister::columnWidth(int column) const
{
    switch (FinancialInterestColumn(column)) {
    case FinancialInterestColumn::Person: return 13;
    case FinancialInterestColumn::Organisation: return 17;
    case FinancialInterestColumn::Kind: return 8;
    case FinancialInterestColumn::Description: return 12;
    case FinancialInterestColumn::Reported: return 13; // "not reported" with its icon
    default: return 10;
    }
}

bool FinancialInterestRegister::hiddenByDefault(int column) const
{
    return column == int(FinancialInterestColumn::Role) || column == int(FinancialInterestColumn::Faction);
}

int FinancialInterestRegister::count(const RegisterFilter &filter) const
{
    return m_service.count(filter);
}

std::vector<RegisterRow> FinancialInterestRegister::page(const RegisterFilter &filter, int column,
                                                         Qt::SortOrder order, int offset, int limit) const
{
    std::vector<RegisterRow> rows;
    for (const FinancialInterestRow &r :
         m_service.page(filter, FinancialInterestColumn(column), order, offset, limit)) {
        const FinancialInterest &f = r.interest;
        RegisterRow row;
        row.id = f.id;
        row.cells = { r.person.sortName, roleText(r.person.role), r.person.faction, f.organisation,
                      interestKindName(f.kind), f.description, dutch::date(f.acquired),
                      r.unreported ? tr("not reported") : dutch::date(f.reported), dutch::date(f.end) };
        row.flag = r.unreported ? tr("No date of reporting recorded: the public list must be current (GC 2.3).")
                                : QString();
        row.muted = !r.active;
        rows.push_back(std::move(row));
    }
    return rows;
}

QString FinancialInterestRegister::recordTitle(qint64 id) const
{
    const FinancialInterest f = m_service.interest(id);
    return tr("%1 — %2").arg(f.organisation, personName(f.personId));
}

std::vector<DetailField> FinancialInterestRegister::details(qint64 id) const
{
    const FinancialInterest f = m_service.interest(id);
    return {
        { tr("Office holder"), personName(f.personId) },
        { tr("Company or organisation"), f.organisation },
        { tr("Kind"), interestKindName(f.kind) },
        { tr("Description"), f.description },
        { tr("Acquired"), dutch::date(f.acquired) },
        { tr("Reported"), f.reported.isValid() ? dutch::date(f.reported) : tr("not reported yet"),
          !f.reported.isValid() },
        { tr("Ended"), f.end.isValid() ? dutch::date(f.end) : tr("still held") },
        { tr("Notes"), f.notes },
    };
}

std::vector<AuditEntry> FinancialInterestRegister::history(qint64 id) const
{
    return m_service.history(id);
}

std::vector<std::pair<QString, QString>> FinancialInterestRegister::fieldLabels() const
{
    return {
        { QStringLiteral("organisation"), tr("Company or organisation") },
        { QStringLiteral("kind"), tr("Kind") },
        { QStringLiteral("description"), tr("Description") },
        { QStringLiteral("acquired_date"), tr("Acquired") },
        { QStringLiteral("reported_date"), tr("Reported") },
        { QStringLiteral("end_date"), tr("Ended") },
        { QStringLiteral("notes"), tr("Notes") },
    };
}

QString FinancialInterestRegister::valueText(const QString &key, const QJsonValue &value) const
{
    if (key == QLatin1String("kind")) {
        const auto kind = interestKindFromCode(value.toString());
        return kind ? interestKindName(*kind) : value.toString();
    }
    return RegisterKind::valueText(key, value);
}

bool FinancialInterestRegister::mayEdit(qint64 id) const
{
    return m_service.mayEdit(m_service.interest(id));
}

bool FinancialInterestRegister::isEnded(qint64 id) const
{
    const FinancialInterest f = m_service.interest(id);
    return f.end.isValid() && f.end <= QDate::currentDate();
}

std::optional<qint64> FinancialInterestRegister::createRecord(QWidget *parent)
{
    FinancialInterest draft;
    draft.reported = QDate::currentDate();
    FinancialInterestDialog dialog(core(), draft, parent);
    return createThrough(m_service, dialog, &FinancialInterestDialog::interest, [this](const FinancialInterest &added) {
        return ActionTexts { tr("Add financial interest %1").arg(added.organisation),
                             tr("Financial interest in %1 added.").arg(added.organisation) };
    }, parent);
}

bool FinancialInterestRegister::editRecord(qint64 id, QWidget *parent)
{
    return editThrough<FinancialInterestDialog>(m_service, id, &FinancialInterestService::interest,
                                                &FinancialInterestDialog::interest, tr("Edit financial interest"),
                                                [this](const FinancialInterest &after) {
        return ActionTexts { tr("Edit financial interest %1").arg(after.organisation),
                             tr("Changes to the financial interest in %1 saved.").arg(after.organisation) };
    }, parent);
}

bool FinancialInterestRegister::endRecord(qint64 id, QWidget *parent)
{
    return endThrough(m_service, id, &FinancialInterestService::interest, tr("End financial interest"),
        [this](const FinancialInterest &before) {
            return tr("On which date did %1 give up the interest in %2 (sold, expired)?")
                .arg(personName(before.personId), before.organisation);
        },
        [this](const FinancialInterest &after) {
            return ActionTexts { tr("End financial interest %1").arg(after.organisation),
                                 tr("The financial interest in %1 ended on %2.").arg(after.organisation, dutch::date(after.end)) };
        }, parent);
}

bool FinancialInterestRegister::removeRecord(qint64 id, QWidget *parent)
{
    return removeThrough(m_service, id, &FinancialInterestService::interest, tr("Remove financial interest"),
                         [this](const FinancialInterest &removed) {
        return ActionTexts { tr("Remove financial interest %1").arg(removed.organisation),
                             tr("Financial interest in %1 removed. Choose Undo to bring it back.").arg(removed.organisation) };
    }, parent);
}

} // namespace integriteit
