#pragma once
// All register services of one open database, for AppCore to own as one member (no singletons:
// everything gets the database and session through its constructor).

#include "registers/attentionlist.h"
#include "registers/gifts/giftservice.h"
#include "registers/gifts/giftthresholds.h"
#include "registers/income/settlementservice.h"
#include "registers/income/sideincomeservice.h"
#include "registers/interests/financialinterestservice.h"
#include "registers/inventory/inventoryservice.h"
#include "registers/invitations/invitationservice.h"
#include "registers/sidepositions/sidepositionservice.h"
#include "registers/trips/tripservice.h"
#include "common/currentdate.h"

namespace integriteit {

class RegisterServices
{
public:
    RegisterServices(Database &database, const Session &session)
        : m_session(session)
        , m_sidePositions(database, session)
        , m_sideIncome(database, session)
        , m_settlement(database, session)
        , m_inventory(database, session)
        , m_interests(database, session)
        , m_gifts(database, session)
        , m_giftThresholds(database, session)
        , m_invitations(database, session)
        , m_trips(database, session)
        , m_attention(database)
    {
    }

    SidePositionService &sidePositions() { return m_sidePositions; }
    SideIncomeService &sideIncome() { return m_sideIncome; }
    SettlementService &settlement() { return m_settlement; }
    InventoryService &inventory() { return m_inventory; }
    FinancialInterestService &financialInterests() { return m_interests; }
    GiftService &gifts() { return m_gifts; }
    GiftThresholds &giftThresholds() { return m_giftThresholds; }
    InvitationService &invitations() { return m_invitations; }
    TripService &trips() { return m_trips; }
    // The start page's "Aandachtspunten" for the logged-in user.
    std::vector<AttentionItem> attention(const QDate &today = currentDate()) const
    {
        return m_attention.items(m_session, today);
    }

private:
    const Session &m_session;
    SidePositionService m_sidePositions;
    SideIncomeService m_sideIncome;
    SettlementService m_settlement;
    InventoryService m_inventory;
    FinancialInterestService m_interests;
    GiftService m_gifts;
    GiftThresholds m_giftThresholds;
    InvitationService m_invitations;
    TripService m_trips;
    AttentionList m_attention;
};

} // namespace integriteit
