#include "recordopener.h"

#include "appcore.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "registers/invitations/invitationdialog.h"
#include "registers/trips/tripdialog.h"
#include "registers/undo/servicecommand.h"

#include <QUndoStack>

namespace integriteit {

RecordOpener::RecordOpener(AppCore &core, QUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_core(core)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{ }

void RecordOpener::openYearly(const QString &entity, qint64 personId, int year)
{
    if (entity == QLatin1String("settlement_decision"))
        Q_EMIT showSettlementRequested(personId, year);
    else if (entity == QLatin1String("inventory_confirmation"))
        Q_EMIT showInventoryRequested(personId, year);
}

void RecordOpener::openRecord(const QString &entity, qint64 id)
{
    RegisterServices &registers = m_core.registers();
    try {
        if (entity == QLatin1String("invitation")) {
            editInvitation(id);
        } else if (entity == QLatin1String("trip")) {
            editTrip(id);
        } else if (entity == QLatin1String("appointment")) {
            Q_EMIT showPersonRequested(m_core.persons().appointment(id).personId, false);
        } else if (entity == QLatin1String("settlement_decision")) {
            const SettlementDecision d = registers.settlement().decision(id);
            Q_EMIT showSettlementRequested(d.personId, d.year);
        } else if (entity == QLatin1String("inventory_confirmation")) {
            const InventoryConfirmation c = registers.inventory().confirmation(id);
            Q_EMIT showInventoryRequested(c.personId, c.year);
        } else if (entity == QLatin1String("side_position")) {
            Q_EMIT showPersonRequested(registers.sidePositions().position(id).personId, true);
        } else if (entity == QLatin1String("side_income")) {
            const SideIncome income = registers.sideIncome().income(id);
            Q_EMIT showPersonRequested(registers.sidePositions().position(income.positionId).personId, true);
        } else if (entity == QLatin1String("financial_interest")) {
            Q_EMIT showPersonRequested(registers.financialInterests().interest(id).personId, true);
        } else if (entity == QLatin1String("gift")) {
            Q_EMIT showPersonRequested(registers.gifts().gift(id).personId, true);
        }
    } catch (const Error &error) {
        showErrorBox(m_dialogParent, tr("Open record"), error);
    }
}

bool RecordOpener::editInvitation(qint64 id)
{
    InvitationService &service = m_core.registers().invitations();
    Invitation before;
    try {
        before = service.invitation(id);
    } catch (const Error &error) {
        showErrorBox(m_dialogParent, tr("Invitation"), error);
        return false;
    }
    InvitationDialog dialog(m_core, before, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Invitation after = dialog.invitation();
    if (after.columns() == before.columns())
        return false;
    InvitationService *s = &service;
    const QString name = dialog.personName();
    m_undoStack.push(new ServiceCommand(tr("Edit invitation of %1").arg(name), [s, before] { s->update(before); },
                                        [s, after] { s->update(after); }, m_dialogParent));
    Q_EMIT statusMessage(tr("The invitation of %1 has been saved.").arg(name));
    return true;
}

bool RecordOpener::editTrip(qint64 id)
{
    TripService &service = m_core.registers().trips();
    Trip before;
    try {
        before = service.trip(id);
    } catch (const Error &error) {
        showErrorBox(m_dialogParent, tr("Official trip"), error);
        return false;
    }
    TripDialog dialog(m_core, before, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Trip after = dialog.trip();
    if (after.columns() == before.columns())
        return false;
    TripService *s = &service;
    const QString name = dialog.personName();
    m_undoStack.push(new ServiceCommand(tr("Edit trip of %1").arg(name), [s, before] { s->update(before); },
                                        [s, after] { s->update(after); }, m_dialogParent));
    Q_EMIT statusMessage(tr("The trip of %1 has been saved.").arg(name));
    return true;
}

} // namespace integriteit
