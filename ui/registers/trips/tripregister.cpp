#include "tripregister.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "tripdialog.h"

namespace integriteit {

namespace {
QString permissionText()
{
    return TripRegister::tr("The trip needs permission before departure (GC 6.2); none is recorded yet.");
}

QString conflictTestText()
{
    return TripRegister::tr("A trip paid by a third party is tested for conflicts of interest before the decision "
                            "(GC 6.4); no test is recorded yet.");
}

QString flagText(bool permission, bool conflictTest)
{
    QStringList texts;
    if (permission)
        texts << permissionText();
    if (conflictTest)
        texts << conflictTestText();
    return texts.join(QLatin1Char(' '));
}
} // namespace

TripRegister::TripRegister(AppCore &core, QUndoStack &undoStack, QObject *parent)
    : RegisterKind(core, undoStack, parent)
    , m_service(core.registers().trips())
{
    connect(&m_service, &TripService::recordChanged, this, &RegisterKind::recordsChanged);
    connect(&m_service, &TripService::recordsChanged, this, &RegisterKind::recordsChanged);
}

QString TripRegister::title() const
{
    return tr("Official trips");
}

QString TripRegister::countText(int count) const
{
    return tr("%Ln official trip(s)", nullptr, count);
}

QString TripRegister::newActionText() const
{
    return tr("&New official trip…");
}

QString TripRegister::emptyText() const
{
    return tr("No official trips registered yet. Choose New official trip to add the first.");
}

QString TripRegister::columnTitle(int column) const
{
    switch (TripColumn(column)) {
    case TripColumn::Person: return tr("Office holder");
    case TripColumn::Role: return tr("Role");
    case TripColumn::Faction: return tr("Party group");
    case TripColumn::Departure: return tr("Departure");
    case TripColumn::Return: return tr("Return");
    case TripColumn::Destination: return tr("Destination");
    case TripColumn::Purpose: return tr("Purpose");
    case TripColumn::Estimated: return tr("Estimated");
    case TripColumn::Actual: return tr("Actual costs");
    case TripColumn::PaidBy: return tr("Paid by");
    case TripColumn::Decision: return tr("Permission");
    case TripColumn::Count: break;
    }
    return {};
}

int TripRegister::columnWidth(int column) const
{
    switch (TripColumn(column)) {
    case TripColumn::Person: return 18;
    case TripColumn::Destination: return 18;
    case TripColumn::Purpose: return 24;
    case TripColumn::Decision: return 12;
    default: return 10;
    }
}

bool TripRegister::hiddenByDefault(int column) const
{
    return column == int(TripColumn::Faction) || column == int(TripColumn::Actual);
}

bool TripRegister::isAmount(int column) const
{
    return column == int(TripColumn::Estimated) || column == int(TripColumn::Actual);
}

int TripRegister::count(const RegisterFilter &filter) const
{
    return m_service.count(filter);
}

std::vector<RegisterRow> TripRegister::page(const RegisterFilter &filter, int column, Qt::SortOrder order, int offset,
                                            int limit) const
{
    std::vector<RegisterRow> rows;
    for (const TripRow &r : m_service.page(filter, TripColumn(column), order, offset, limit)) {
        const Trip &t = r.trip;
        RegisterRow row;
        row.id = t.id;
        const QString paidBy = t.paidBy == TripPayer::ThirdParty && !t.thirdParty.isEmpty() ? t.thirdParty
                                                                                            : tripPayerName(t.paidBy);
        const QString decision = t.decision ? verdictName(*t.decision) : tr("needed");
        row.cells = { r.person.sortName, roleText(r.person.role), r.person.faction, dutch::date(t.departure),
                      dutch::date(t.returnDate), t.destination, t.purpose.simplified(), t.estimatedCosts.toDutch(),
                      t.actualCosts ? t.actualCosts->toDutch() : QString(), paidBy, decision };
        row.flag = flagText(r.needsPermission, r.needsConflictTest);
        row.muted = t.returnDate.isValid() && t.returnDate < filter.today;
        rows.push_back(std::move(row));
    }
    return rows;
}

QString TripRegister::recordTitle(qint64 id) const
{
    const Trip t = m_service.trip(id);
    return tr("%1 — %2").arg(t.destination, personName(t.personId));
}

std::vector<DetailField> TripRegister::details(qint64 id) const
{
    const Trip t = m_service.trip(id);
    const bool noTest = t.paidBy == TripPayer::ThirdParty && !t.conflictTestDate.isValid();
    const QString partner = !t.partnerTravels ? tr("does not travel at municipal cost")
        : tr("travels: invited by the host %1, municipal interest %2")
              .arg(yesNo(t.partnerInvitedByHost).toLower(), yesNo(t.partnerMunicipalInterest).toLower());
    std::vector<DetailField> fields = {
        { tr("Office holder"), personName(t.personId) },
        { tr("Destination"), t.destination },
        { tr("Departure and return"), tr("%1 – %2 (%3 nights)").arg(dutch::date(t.departure), dutch::date(t.returnDate))
                                          .arg(t.nights()) },
        { tr("Purpose"), t.purpose },
        { tr("Policy reasons"), t.policyReasons },
        { tr("Party"), t.party },
        { tr("Estimated costs"), t.estimatedCosts.toDutch() },
        { tr("Actual costs"), t.actualCosts ? t.actualCosts->toDutch() : tr("not known yet") },
        { tr("Paid by"), t.paidBy == TripPayer::ThirdParty ? t.thirdParty : tripPayerName(t.paidBy) },
        { tr("Conflict-of-interest test"),
          t.conflictTestDate.isValid() ? tr("%1: %2").arg(dutch::date(t.conflictTestDate), t.conflictTestNotes)
                                       : (noTest ? tr("missing") : QString()),
          noTest },
        { tr("Partner"), partner },
        { tr("Third persons"), t.thirdPersons },
        { tr("Private extension"), t.privateExtensionDays ? tr("%1 days").arg(t.privateExtensionDays) : QString() },
        { tr("Permission"),
          t.decision ? tr("%1 by the %2 on %3")
                           .arg(verdictName(*t.decision), t.decidedBy ? decisionBodyName(*t.decidedBy).toLower() : QString(),
                                dutch::date(t.decisionDate))
                     : tr("none"),
          !t.decision },
        { tr("Notes on the decision"), t.decisionNotes },
        { tr("Notes"), t.notes },
    };
    if (!t.decision || noTest)
        fields.push_back({ tr("Attention"), flagText(!t.decision, noTest), true });
    return fields;
}

std::vector<AuditEntry> TripRegister::history(qint64 id) const
{
    return m_service.history(id);
}

// The history names the fields this way and lists their changes in this order.
std::vector<std::pair<QString, QString>> TripRegister::fieldLabels() const
{
    return {
        { QStringLiteral("destination"), tr("Destination") },
        { QStringLiteral("purpose"), tr("Purpose") },
        { QStringLiteral("policy_reasons"), tr("Policy reasons") },
        { QStringLiteral("party"), tr("Party") },
        { QStringLiteral("departure_date"), tr("Departure") },
        { QStringLiteral("return_date"), tr("Return") },
        { QStringLiteral("estimated_cents"), tr("Estimated costs") },
        { QStringLiteral("actual_cents"), tr("Actual costs") },
        { QStringLiteral("paid_by"), tr("Paid by") },
        { QStringLiteral("third_party"), tr("Third party") },
        { QStringLiteral("partner_travels"), tr("Partner travels") },
        { QStringLiteral("partner_invited_by_host"), tr("Partner invited by the host") },
        { QStringLiteral("partner_municipal_interest"), tr("Partner in the municipal interest") },
        { QStringLiteral("third_persons"), tr("Third persons") },
        { QStringLiteral("private_extension_days"), tr("Private extension (days)") },
        { QStringLiteral("decided_by"), tr("Decided by") },
        { QStringLiteral("decision_date"), tr("Date of the decision") },
        { QStringLiteral("decision"), tr("Permission") },
        { QStringLiteral("decision_notes"), tr("Notes on the decision") },
        { QStringLiteral("conflict_test_date"), tr("Conflict-of-interest test") },
        { QStringLiteral("conflict_test_notes"), tr("Outcome of the test") },
        { QStringLiteral("notes"), tr("Notes") },
    };
}

QString TripRegister::valueText(const QString &key, const QJsonValue &value) const
{
    // Stored as Dutch codes ("derde", "college"): the history shows the names.
    if (key == QLatin1String("paid_by"))
        if (const auto payer = tripPayerFromCode(value.toString()))
            return tripPayerName(*payer);
    if (const auto decision = decisionValueText(key, value))
        return *decision;
    return RegisterKind::valueText(key, value);
}

bool TripRegister::mayEdit(qint64 id) const
{
    return m_service.mayEdit(m_service.trip(id));
}

std::optional<qint64> TripRegister::createRecord(QWidget *parent)
{
    Trip draft;
    TripDialog dialog(core(), draft, parent);
    return createThrough(m_service, dialog, &TripDialog::trip, [this](const Trip &added) {
        return ActionTexts { tr("Add trip to %1").arg(added.destination),
                             tr("Trip of %1 to %2 added.").arg(personName(added.personId), added.destination) };
    }, parent);
}

bool TripRegister::editRecord(qint64 id, QWidget *parent)
{
    return editThrough<TripDialog>(m_service, id, &TripService::trip, &TripDialog::trip, tr("Edit official trip"),
                                   [this](const Trip &after) {
        return ActionTexts { tr("Edit trip to %1").arg(after.destination),
                             tr("Changes to the trip to %1 saved.").arg(after.destination) };
    }, parent);
}

bool TripRegister::removeRecord(qint64 id, QWidget *parent)
{
    return removeThrough(m_service, id, &TripService::trip, tr("Remove official trip"), [this](const Trip &removed) {
        return ActionTexts { tr("Remove trip to %1").arg(removed.destination),
                             tr("Trip to %1 removed. Choose Undo to bring it back.").arg(removed.destination) };
    }, parent);
}

} // namespace integriteit
