#include "claimworkflow.h"

#include "common/error.h"

#include <QCoreApplication>
#include <array>

namespace integriteit {

namespace {
// Member functions of ClaimWorkflow confuse lupdate about a local Tr struct: name the context.

using S = ClaimStatus;
using A = ClaimAction;
using W = ClaimActor;

// The procedure of GC 9.2-9.8. Rejecting and approving are decisions: never by the user who
// submitted or checked the claim (four eyes, seed 004). Doubt goes to the burgemeester, who
// either resolves it (back to the office's normal approval) or puts it before the deciding body;
// the burgemeester's own claims go straight to the college (GC 9.6).
constexpr std::array kTable{
    ClaimTransition{S::Draft, A::Submit, S::Submitted, W::Office, CompleteLines},
    ClaimTransition{S::Submitted, A::Return, S::Draft, W::Office, NeedsText},
    ClaimTransition{S::Submitted, A::Check, S::Checked, W::Office, NoGuard},
    ClaimTransition{S::Submitted, A::Reject, S::Rejected, W::Office, NeedsText | NotSubmitter},
    ClaimTransition{S::Checked, A::Return, S::Draft, W::Office, NeedsText},
    ClaimTransition{S::Checked, A::Approve, S::Approved, W::Office, NotChecker | NotSubmitter},
    ClaimTransition{S::Checked, A::Reject, S::Rejected, W::Office, NeedsText | NotChecker | NotSubmitter},
    ClaimTransition{S::Checked, A::ReferToMayor, S::ReferredToMayor, W::Office, NeedsText | NotMayorsClaim},
    ClaimTransition{S::Checked, A::ReferToBody, S::ReferredToBody, W::Office, NeedsText | MayorsClaim},
    ClaimTransition{S::ReferredToMayor, A::Resolve, S::Checked, W::Mayor, NeedsText},
    ClaimTransition{S::ReferredToMayor, A::ReferToBody, S::ReferredToBody, W::Mayor, NeedsText},
    ClaimTransition{S::ReferredToBody, A::Approve, S::Approved, W::Office, BodyDecision | NeedsText | NeedsDate},
    ClaimTransition{S::ReferredToBody, A::Reject, S::Rejected, W::Office, BodyDecision | NeedsText | NeedsDate},
    ClaimTransition{S::Approved, A::Pay, S::Paid, W::Office, NeedsDate},
};

void refuse(Error::Kind kind, const QString &message, const QString &field = {})
{
    throw Error(kind, message, QString(), field);
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"%1\"").arg(text);
}

void checkText(const ClaimTransition &row, const TransitionInput &input, DecisionBody body)
{
    if (!(row.guards & NeedsText))
        return;
    const QString text = input.text.trimmed();
    QString message;
    QString field = QStringLiteral("reason");
    if (row.guards & BodyDecision) {
        field = QStringLiteral("decision");
        message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Decision: fill in the decision of the %1.").arg(decisionBodyName(body).toLower());
    } else {
        switch (row.action) {
        case ClaimAction::Return: message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason: say what must be corrected."); break;
        case ClaimAction::Reject: message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason: say why the claim is rejected."); break;
        case ClaimAction::ReferToMayor: message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason: describe the doubt about this claim."); break;
        case ClaimAction::ReferToBody: message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason: describe the doubt the body is to decide on."); break;
        case ClaimAction::Resolve: message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason: say how the doubt was resolved."); break;
        default: message = QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason: fill this in."); break;
        }
    }
    if (text.isEmpty())
        refuse(Error::Kind::Validation, message, field);
    if (text.size() > 2000)
        refuse(Error::Kind::Validation, QCoreApplication::translate("integriteit::ClaimWorkflow", "%1: at most 2000 characters.")
                   .arg(field == QLatin1String("decision") ? QCoreApplication::translate("integriteit::ClaimWorkflow", "Decision") : QCoreApplication::translate("integriteit::ClaimWorkflow", "Reason")), field);
}

void checkDate(const ClaimTransition &row, const TransitionInput &input, const QDate &today, const QDate &since,
               DecisionBody body)
{
    if (!(row.guards & NeedsDate))
        return;
    const bool decision = row.guards & BodyDecision;
    const QString field = decision ? QStringLiteral("decisionDate") : QStringLiteral("paidDate");
    const QString label = decision ? QCoreApplication::translate("integriteit::ClaimWorkflow", "Decision date") : QCoreApplication::translate("integriteit::ClaimWorkflow", "Payment date");
    if (!input.date.isValid())
        refuse(Error::Kind::Validation,
               decision ? QCoreApplication::translate("integriteit::ClaimWorkflow", "Decision date: fill in the date of the decision of the %1.")
                              .arg(decisionBodyName(body).toLower())
                        : QCoreApplication::translate("integriteit::ClaimWorkflow", "Payment date: fill in the date the claim was paid."),
               field);
    if (input.date > today)
        refuse(Error::Kind::Validation, QCoreApplication::translate("integriteit::ClaimWorkflow", "%1: the date cannot be in the future.").arg(label), field);
    if (since.isValid() && input.date < since)
        refuse(Error::Kind::Validation,
               decision ? QCoreApplication::translate("integriteit::ClaimWorkflow", "%1: the decision cannot be before the claim was put before the body.").arg(label)
                        : QCoreApplication::translate("integriteit::ClaimWorkflow", "%1: the claim cannot be paid before it was approved.").arg(label),
               field);
}
} // namespace

std::span<const ClaimTransition> ClaimWorkflow::table()
{
    return kTable;
}

const ClaimTransition *ClaimWorkflow::find(ClaimStatus from, ClaimAction action)
{
    for (const ClaimTransition &row : kTable)
        if (row.from == from && row.action == action)
            return &row;
    return nullptr;
}

DecisionBody ClaimWorkflow::bodyFor(HolderRole claimantRole)
{
    return councilBodyFor(officeFor(claimantRole));
}

const ClaimTransition &ClaimWorkflow::authorizeUser(const ClaimFacts &claim, ClaimAction action, const ClaimUser &user)
{
    const ClaimTransition *row = find(claim.status, action);
    if (!row) {
        QStringList possible;
        for (const ClaimTransition &r : kTable)
            if (r.from == claim.status)
                possible << quoted(claimActionName(r.action));
        possible.removeDuplicates();
        const QString base = QCoreApplication::translate("integriteit::ClaimWorkflow", "%1 is not possible for a claim with the status %2.")
                                 .arg(quoted(claimActionName(action)), quoted(claimStatusName(claim.status)));
        refuse(Error::Kind::Workflow,
               possible.isEmpty() ? base + QLatin1Char(' ') + QCoreApplication::translate("integriteit::ClaimWorkflow", "Nothing more can be done with it.")
                                  : base + QLatin1Char(' ') + QCoreApplication::translate("integriteit::ClaimWorkflow", "Possible now: %1.")
                                                                  .arg(possible.join(QStringLiteral(", "))));
    }
    if (!claim.claimantRole)
        refuse(Error::Kind::Workflow,
               QCoreApplication::translate("integriteit::ClaimWorkflow", "The office holder of this claim has no appointment, so nobody can handle the claim. "
                      "Add the appointment first."));
    const bool mayorsClaim = *claim.claimantRole == HolderRole::Mayor;
    if ((row->guards & MayorsClaim) && !mayorsClaim)
        refuse(Error::Kind::Workflow,
               QCoreApplication::translate("integriteit::ClaimWorkflow", "A claim in doubt goes to the mayor first (GC 9.6); only the mayor's own claims go straight "
                      "to the college."));
    if ((row->guards & NotMayorsClaim) && mayorsClaim)
        refuse(Error::Kind::Workflow,
               QCoreApplication::translate("integriteit::ClaimWorkflow", "A doubtful claim of the mayor is put before the college, not before the mayor (GC 9.6)."));

    if (user.userId <= 0)
        refuse(Error::Kind::Permission, QCoreApplication::translate("integriteit::ClaimWorkflow", "You are not logged in."));
    if (user.isClaimant)
        refuse(Error::Kind::Permission, QCoreApplication::translate("integriteit::ClaimWorkflow", "You may not act on your own claim."));
    if (row->actor == ClaimActor::Office && !user.administersClaimant) {
        const HolderRole role = *claim.claimantRole;
        refuse(Error::Kind::Permission, QCoreApplication::translate("integriteit::ClaimWorkflow", "You may not do this: the claims of a %1 are handled by the %2.")
                                            .arg(holderRoleName(role).toLower(), officeName(officeFor(role)).toLower()));
    }
    if (row->actor == ClaimActor::Mayor && !user.mayor)
        refuse(Error::Kind::Permission,
               QCoreApplication::translate("integriteit::ClaimWorkflow", "Only the mayor decides on a claim referred to him (GC 9.6)."));
    if ((row->guards & NotChecker) && claim.checkedBy == user.userId)
        refuse(Error::Kind::Permission,
               QCoreApplication::translate("integriteit::ClaimWorkflow", "Four eyes: you checked this claim, so another official decides on it."));
    if ((row->guards & NotSubmitter) && claim.submittedBy == user.userId)
        refuse(Error::Kind::Permission,
               QCoreApplication::translate("integriteit::ClaimWorkflow", "Four eyes: you submitted this claim, so another official decides on it."));
    return *row;
}

const ClaimTransition &ClaimWorkflow::authorize(const ClaimFacts &claim, ClaimAction action, const ClaimUser &user,
                                                const TransitionInput &input, const QDate &today, const QDate &since)
{
    const ClaimTransition &row = authorizeUser(claim, action, user);
    const DecisionBody body = bodyFor(*claim.claimantRole);
    checkText(row, input, body);
    checkDate(row, input, today, since, body);
    return row;
}

QList<ClaimAction> ClaimWorkflow::available(const ClaimFacts &claim, const ClaimUser &user)
{
    QList<ClaimAction> actions;
    for (const ClaimTransition &row : kTable) {
        if (row.from != claim.status)
            continue;
        try {
            authorizeUser(claim, row.action, user);
            actions << row.action;
        } catch (const Error &) {
        }
    }
    return actions;
}

} // namespace integriteit
