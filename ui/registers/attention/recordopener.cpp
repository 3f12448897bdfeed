#include "recordopener.h"

#include "appcore.h"
#include "common/error.h"
#include "common/errorbox.h"

#include <QWidget>

namespace integriteit {

RecordOpener::RecordOpener(AppCore &core, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_core(core)
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
        if (entity == QLatin1String("appointment")) {
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
        } else if (entity == QLatin1String("invitation")) {
            Q_EMIT showPersonRequested(registers.invitations().invitation(id).personId, true);
        } else if (entity == QLatin1String("trip")) {
            Q_EMIT showPersonRequested(registers.trips().trip(id).personId, true);
        }
    } catch (const Error &error) {
        showErrorBox(m_dialogParent, tr("Open record"), error);
    }
}

} // namespace integriteit
