#pragma once
// Who may see and handle a declaratie or a creditcard: the office that keeps the claimant (his
// appointment on the claim's reference date: griffie for raad and commissie, secretarie for the
// college) enters, checks and approves; the burgemeester (role Integrity) handles referred claims
// and reads all; the auditor reads all; nobody else. Nobody acts on his own claim or card.

#include "claims/claim.h"
#include "claims/claimworkflow.h"
#include "persons/person.h"

#include <QSqlDatabase>
#include <optional>

namespace integriteit {

class Session;

class ClaimRights
{
public:
    ClaimRights(const QSqlDatabase &db, const Session &session) : m_db(db), m_session(session) {}

    // The role of the appointment that owns the claim (on its reference date).
    std::optional<HolderRole> ownerRole(const Claim &claim) const;
    ClaimFacts facts(const Claim &claim) const;
    ClaimUser user(const Claim &claim) const;
    // The same, with the owner role already looked up (a workflow step needs it three times).
    ClaimFacts facts(const Claim &claim, const std::optional<HolderRole> &ownerRole) const;
    ClaimUser user(const Claim &claim, const std::optional<HolderRole> &ownerRole) const;
    // The logged-in account is linked to this person.
    bool isOwnPerson(qint64 personId) const;

    // The roles whose claims the user may list; nullopt for all (auditor, burgemeester). Throws
    // Error(Permission) when the user may read no claims at all.
    std::optional<QList<HolderRole>> visibleRoles() const;
    bool mayRead(const std::optional<HolderRole> &ownerRole) const;
    void requireRead(const std::optional<HolderRole> &ownerRole) const;

    // Writes outside the workflow (drafts, lines, cards, advances): the office of the person's
    // appointment on `date`, and not his own. Returns that appointment; throws Error otherwise.
    Appointment requireKeep(qint64 personId, const QDate &date) const;
    bool mayKeep(qint64 personId, const QDate &date) const;

private:
    QSqlDatabase m_db;
    const Session &m_session;
};

} // namespace integriteit
