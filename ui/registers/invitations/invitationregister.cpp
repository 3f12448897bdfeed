#include "invitationregister.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "invitationdialog.h"

namespace integriteit {

InvitationRegister::InvitationRegister(AppCore &core, QUndoStack &undoStack, QObject *parent)
    : RegisterKind(core, undoStack, parent)
    , m_service(core.registers().invitations())
{
    connect(&m_service, &InvitationService::recordChanged, this, &RegisterKind::recordsChanged);
    connect(&m_service, &InvitationService::recordsChanged, this, &RegisterKind::recordsChanged);
}

QString InvitationRegister::title() const
{
    return tr("Invitations");
}

QString InvitationRegister::countText(int count) const
{
    return tr("%Ln invitation(s)", nullptr, count);
}

QString InvitationRegister::newActionText() const
{
    return tr("&New invitation…");
}

QString InvitationRegister::emptyText() const
{
    return tr("No invitations registered yet. Choose New invitation to add the first.");
}

QString InvitationRegister::needsDecisionText()
{
    return tr("An excursion or event is discussed beforehand in the seniors' council or the college (GC 5.2.2); "
              "no decision is recorded yet.");
}

QString InvitationRegister::decisionText(const Invitation &i)
{
    if (!i.decision)
        return {};
    return tr("%1 by the %2 on %3")
        .arg(verdictName(*i.decision), i.decidedBy ? decisionBodyName(*i.decidedBy).toLower() : QString(),
             dutch::date(i.decisionDate));
}

QString InvitationRegister::columnTitle(int column) const
{
    switch (InvitationColumn(column)) {
    case InvitationColumn::Person: return tr("Office holder");
    case InvitationColumn::Role: return tr("Role");
    case InvitationColumn::Faction: return tr("Party group");
    case InvitationColumn::Date: return tr("Date");
    case InvitationColumn::Host: return tr("Host");
    case InvitationColumn::Description: return tr("Invitation");
    case InvitationColumn::Kind: return tr("Kind");
    case InvitationColumn::Functional: return tr("Functional");
    case InvitationColumn::Accepted: return tr("Accepted");
    case InvitationColumn::Decision: return tr("Decision");
    case InvitationColumn::Count: break;
    }
    return {};
}

int InvitationRegister::columnWidth(int column) const
{
    switch (InvitationColumn(column)) {
    case InvitationColumn::Person: return 18;
    case InvitationColumn::Host: return 18;
    case InvitationColumn::Description: return 24;
    case InvitationColumn::Functional:
    case InvitationColumn::Accepted: return 6;
    case InvitationColumn::Decision: return 12;
    default: return 10;
    }
}

bool InvitationRegister::hiddenByDefault(int column) const
{
    return column == int(InvitationColumn::Faction) || column == int(InvitationColumn::Functional);
}

int InvitationRegister::count(const RegisterFilter &filter) const
{
    return m_service.count(filter);
}

std::vector<RegisterRow> InvitationRegister::page(const RegisterFilter &filter, int column, Qt::SortOrder order,
                                                  int offset, int limit) const
{
    std::vector<RegisterRow> rows;
    for (const InvitationRow &r : m_service.page(filter, InvitationColumn(column), order, offset, limit)) {
        const Invitation &i = r.invitation;
        RegisterRow row;
        row.id = i.id;
        const QString decision = i.decision ? verdictName(*i.decision) : r.needsDecision ? tr("needed") : QString();
        row.cells = { r.person.sortName, roleText(r.person.role), r.person.faction, dutch::date(i.eventDate), i.host,
                      i.description, invitationKindName(i.kind), yesNo(i.functional), yesNo(i.accepted), decision };
        row.flag = r.needsDecision ? needsDecisionText() : QString();
        rows.push_back(std::move(row));
    }
    return rows;
}

QString InvitationRegister::recordTitle(qint64 id) const
{
    const Invitation i = m_service.invitation(id);
    return tr("%1 — %2").arg(i.description, personName(i.personId));
}

std::vector<DetailField> InvitationRegister::details(qint64 id) const
{
    const Invitation i = m_service.invitation(id);
    const bool open = i.needsPriorDecision() && !i.decision;
    std::vector<DetailField> fields = {
        { tr("Office holder"), personName(i.personId) },
        { tr("Date"), dutch::date(i.eventDate) },
        { tr("Host"), i.host },
        { tr("Invitation"), i.description },
        { tr("Kind"), invitationKindName(i.kind) },
        { tr("Functional"), yesNo(i.functional) },
        { tr("Accepted"), yesNo(i.accepted) },
        { tr("Estimated value"), i.value ? i.value->toDutch() : tr("not known") },
        { tr("Decision"), i.decision ? decisionText(i) : tr("none"), open },
        { tr("Notes on the decision"), i.decisionNotes },
        { tr("Notes"), i.notes },
    };
    if (open)
        fields.push_back({ tr("Attention"), needsDecisionText(), true });
    return fields;
}

std::vector<AuditEntry> InvitationRegister::history(qint64 id) const
{
    return m_service.history(id);
}

// The history names the fields this way and lists their changes in this order.
std::vector<std::pair<QString, QString>> InvitationRegister::fieldLabels() const
{
    return {
        { QStringLiteral("event_date"), tr("Date") },
        { QStringLiteral("host"), tr("Host") },
        { QStringLiteral("description"), tr("Invitation") },
        { QStringLiteral("kind"), tr("Kind") },
        { QStringLiteral("functional"), tr("Functional") },
        { QStringLiteral("accepted"), tr("Accepted") },
        { QStringLiteral("value_cents"), tr("Estimated value") },
        { QStringLiteral("decided_by"), tr("Decided by") },
        { QStringLiteral("decision_date"), tr("Date of the decision") },
        { QStringLiteral("decision"), tr("Decision") },
        { QStringLiteral("decision_notes"), tr("Notes on the decision") },
        { QStringLiteral("notes"), tr("Notes") },
    };
}

QString InvitationRegister::valueText(const QString &key, const QJsonValue &value) const
{
    // Stored as Dutch codes ("excursie", "college"): the history shows the names.
    if (key == QLatin1String("kind"))
        if (const auto kind = invitationKindFromCode(value.toString()))
            return invitationKindName(*kind);
    if (const auto decision = decisionValueText(key, value))
        return *decision;
    return RegisterKind::valueText(key, value);
}

bool InvitationRegister::mayEdit(qint64 id) const
{
    return m_service.mayEdit(m_service.invitation(id));
}

std::optional<qint64> InvitationRegister::createRecord(QWidget *parent)
{
    Invitation draft;
    draft.eventDate = QDate::currentDate();
    InvitationDialog dialog(core(), draft, parent);
    return createThrough(m_service, dialog, &InvitationDialog::invitation, [this](const Invitation &added) {
        const QString name = personName(added.personId);
        return ActionTexts { tr("Add invitation of %1").arg(name), tr("Invitation of %1 added.").arg(name) };
    }, parent);
}

bool InvitationRegister::editRecord(qint64 id, QWidget *parent)
{
    return editThrough<InvitationDialog>(m_service, id, &InvitationService::invitation, &InvitationDialog::invitation,
                                         tr("Edit invitation"), [this](const Invitation &after) {
        const QString name = personName(after.personId);
        return ActionTexts { tr("Edit invitation of %1").arg(name),
                             tr("Changes to the invitation of %1 saved.").arg(name) };
    }, parent);
}

bool InvitationRegister::removeRecord(qint64 id, QWidget *parent)
{
    return removeThrough(m_service, id, &InvitationService::invitation, tr("Remove invitation"),
                         [this](const Invitation &removed) {
        const QString name = personName(removed.personId);
        return ActionTexts { tr("Remove invitation of %1").arg(name),
                             tr("Invitation of %1 removed. Choose Undo to bring it back.").arg(name) };
    }, parent);
}

} // namespace integriteit
