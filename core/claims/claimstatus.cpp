#include "claimstatus.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ClaimStatus) };
}

QList<ClaimStatus> allClaimStatuses()
{
    return {ClaimStatus::Draft,          ClaimStatus::Submitted, ClaimStatus::Checked,  ClaimStatus::ReferredToMayor,
            ClaimStatus::ReferredToBody, ClaimStatus::Approved,  ClaimStatus::Rejected, ClaimStatus::Paid};
}

bool isFinal(ClaimStatus status)
{
    return status == ClaimStatus::Rejected || status == ClaimStatus::Paid;
}

QString claimStatusCode(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Draft: return QStringLiteral("concept");
    case ClaimStatus::Submitted: return QStringLiteral("ingediend");
    case ClaimStatus::Checked: return QStringLiteral("gecontroleerd");
    case ClaimStatus::ReferredToMayor: return QStringLiteral("voorgelegd_burgemeester");
    case ClaimStatus::ReferredToBody: return QStringLiteral("voorgelegd_orgaan");
    case ClaimStatus::Approved: return QStringLiteral("goedgekeurd");
    case ClaimStatus::Rejected: return QStringLiteral("afgewezen");
    case ClaimStatus::Paid: return QStringLiteral("betaald");
    }
    return {};
}

std::optional<ClaimStatus> claimStatusFromCode(const QString &code)
{
    for (ClaimStatus s : allClaimStatuses())
        if (claimStatusCode(s) == code)
            return s;
    return std::nullopt;
}

QString claimStatusName(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Draft: return Tr::tr("Draft");
    case ClaimStatus::Submitted: return Tr::tr("Submitted");
    case ClaimStatus::Checked: return Tr::tr("Checked");
    case ClaimStatus::ReferredToMayor: return Tr::tr("Referred to the mayor");
    case ClaimStatus::ReferredToBody: return Tr::tr("Awaiting decision");
    case ClaimStatus::Approved: return Tr::tr("Approved");
    case ClaimStatus::Rejected: return Tr::tr("Rejected");
    case ClaimStatus::Paid: return Tr::tr("Paid");
    }
    return {};
}

QList<ClaimAction> allClaimActions()
{
    return {ClaimAction::Submit,       ClaimAction::Return,      ClaimAction::Check,
            ClaimAction::Approve,      ClaimAction::Reject,      ClaimAction::ReferToMayor,
            ClaimAction::ReferToBody,  ClaimAction::Resolve,     ClaimAction::Pay};
}

QString claimActionCode(ClaimAction action)
{
    switch (action) {
    case ClaimAction::Submit: return QStringLiteral("indienen");
    case ClaimAction::Return: return QStringLiteral("terugsturen");
    case ClaimAction::Check: return QStringLiteral("controleren");
    case ClaimAction::Approve: return QStringLiteral("goedkeuren");
    case ClaimAction::Reject: return QStringLiteral("afwijzen");
    case ClaimAction::ReferToMayor: return QStringLiteral("voorleggen_burgemeester");
    case ClaimAction::ReferToBody: return QStringLiteral("voorleggen_orgaan");
    case ClaimAction::Resolve: return QStringLiteral("twijfel_weggenomen");
    case ClaimAction::Pay: return QStringLiteral("betalen");
    }
    return {};
}

std::optional<ClaimAction> claimActionFromCode(const QString &code)
{
    for (ClaimAction a : allClaimActions())
        if (claimActionCode(a) == code)
            return a;
    return std::nullopt;
}

QString claimActionName(ClaimAction action)
{
    switch (action) {
    case ClaimAction::Submit: return Tr::tr("Submit");
    case ClaimAction::Return: return Tr::tr("Return for correction");
    case ClaimAction::Check: return Tr::tr("Mark as checked");
    case ClaimAction::Approve: return Tr::tr("Approve");
    case ClaimAction::Reject: return Tr::tr("Reject");
    case ClaimAction::ReferToMayor: return Tr::tr("Refer to the mayor");
    case ClaimAction::ReferToBody: return Tr::tr("Put before the deciding body");
    case ClaimAction::Resolve: return Tr::tr("Doubt resolved");
    case ClaimAction::Pay: return Tr::tr("Mark as paid");
    }
    return {};
}

} // namespace integriteit
