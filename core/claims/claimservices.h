#pragma once
// All services of declaraties and creditcards of one open database, for AppCore to own as one
// member (no singletons: each gets the database and the session through its constructor).

#include "claims/accountlinks.h"
#include "claims/advanceservice.h"
#include "claims/cardpaymentservice.h"
#include "claims/claimservice.h"
#include "claims/creditcardservice.h"
#include "claims/expensecategories.h"

namespace integriteit {

class ClaimServices
{
public:
    ClaimServices(Database &database, const Session &session)
        : m_claims(database, session)
        , m_advances(database, session)
        , m_cards(database, session)
        , m_cardPayments(database, session)
        , m_categories(database, session)
        , m_accountLinks(database, session)
    {
    }

    ClaimService &claims() { return m_claims; }
    AdvanceService &advances() { return m_advances; }
    CreditCardService &cards() { return m_cards; }
    CardPaymentService &cardPayments() { return m_cardPayments; }
    ExpenseCategories &categories() { return m_categories; }
    AccountLinks &accountLinks() { return m_accountLinks; }

private:
    ClaimService m_claims;
    AdvanceService m_advances;
    CreditCardService m_cards;
    CardPaymentService m_cardPayments;
    ExpenseCategories m_categories;
    AccountLinks m_accountLinks;
};

} // namespace integriteit
