#pragma once
// Confirms one workflow step of a claim and asks what its row in the transition table requires: a
// reason (return, reject, referral), the deciding body's decision and date (GC 9.6-9.8) or the
// payment date. OK performs the step through ClaimService; a refusal stays in the dialog with the
// field concerned focused.

#include "claims/claim.h"
#include "claims/claimworkflow.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace integriteit {

class ClaimService;
class DateLineEdit;
class InlineMessage;

class TransitionDialog : public QDialog
{
    Q_OBJECT
public:
    // `summary`: the claim in one line (number, office holder, total); `body`: who decides on
    // doubt about this claim.
    TransitionDialog(ClaimService &claims, const Claim &claim, ClaimAction action, DecisionBody body,
                     const QString &summary, QWidget *parent = nullptr);

    void accept() override;

private:
    ClaimService &m_claims;
    Claim m_claim;
    ClaimAction m_action;
    InlineMessage *m_error;
    QPlainTextEdit *m_text = nullptr;
    DateLineEdit *m_date = nullptr;
};

} // namespace integriteit
