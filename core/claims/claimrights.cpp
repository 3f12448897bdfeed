#include "claimrights.h"

#include "auth/session.h"
#include "claims/accountlinks.h"
#include "claims/claimquery.h"
#include "common/error.h"
#include "registers/common/recordowner.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ClaimRights) };

bool readsAll(const Session &session)
{
    return session.has(UserRole::Auditor) || session.has(UserRole::Integrity);
}
} // namespace

std::optional<HolderRole> ClaimRights::ownerRole(const Claim &claim) const
{
    return ClaimQuery(m_db).ownerRole(claim.personId, claim.referenceDate);
}

ClaimFacts ClaimRights::facts(const Claim &claim) const
{
    return facts(claim, ownerRole(claim));
}

ClaimFacts ClaimRights::facts(const Claim &claim, const std::optional<HolderRole> &role) const
{
    return ClaimFacts{claim.status, role, claim.submittedBy, claim.checkedBy};
}

bool ClaimRights::isOwnPerson(qint64 personId) const
{
    return m_session.isLoggedIn() && AccountLinks::personOf(m_db, m_session.user().id) == personId;
}

ClaimUser ClaimRights::user(const Claim &claim) const
{
    return user(claim, ownerRole(claim));
}

ClaimUser ClaimRights::user(const Claim &claim, const std::optional<HolderRole> &role) const
{
    ClaimUser u;
    u.userId = m_session.isLoggedIn() ? m_session.user().id : 0;
    u.administersClaimant = role && m_session.administers(officeFor(*role));
    u.mayor = m_session.has(UserRole::Integrity);
    u.isClaimant = isOwnPerson(claim.personId);
    return u;
}

std::optional<QList<HolderRole>> ClaimRights::visibleRoles() const
{
    m_session.requireLogin();
    if (readsAll(m_session))
        return std::nullopt;
    QList<HolderRole> roles;
    for (HolderRole role : allHolderRoles())
        if (m_session.administers(officeFor(role)))
            roles << role;
    if (roles.isEmpty())
        throw Error::permission(Tr::tr("You may not see expense claims: they are kept by the clerk's office and the secretariat."));
    return roles;
}

bool ClaimRights::mayRead(const std::optional<HolderRole> &role) const
{
    if (!m_session.isLoggedIn())
        return false;
    return readsAll(m_session) || (role && m_session.administers(officeFor(*role)));
}

void ClaimRights::requireRead(const std::optional<HolderRole> &role) const
{
    m_session.requireLogin();
    if (!mayRead(role))
        throw Error::permission(Tr::tr("You may not see this expense claim: it is kept by another office."));
}

bool ClaimRights::mayKeep(qint64 personId, const QDate &date) const
{
    return RecordOwner(m_db, m_session).mayEdit(personId, date) && !isOwnPerson(personId);
}

Appointment ClaimRights::requireKeep(qint64 personId, const QDate &date) const
{
    const Appointment owner = RecordOwner(m_db, m_session).requireEdit(personId, date);
    if (isOwnPerson(personId))
        throw Error::permission(Tr::tr("You may not handle your own expense claims or credit card."));
    return owner;
}

} // namespace integriteit
