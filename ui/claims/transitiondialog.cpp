#include "transitiondialog.h"

#include "claims/claimservice.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// What the step means, in the words of the code of conduct.
QString explanation(ClaimAction action, DecisionBody body)
{
    const QString bodyName = decisionBodyName(body).toLower();
    switch (action) {
    case ClaimAction::Submit:
        return TransitionDialog::tr("The claim goes to the checker and can no longer be changed. Warnings about late "
                                    "costs (GC 9.4), probable duplicates (GC 9.1) and open advances are recorded for "
                                    "the checker.");
    case ClaimAction::Return:
        return TransitionDialog::tr("The claim goes back to draft so that it can be corrected.");
    case ClaimAction::Check:
        return TransitionDialog::tr("You have checked the lines, the proofs of payment and the functional reasons "
                                    "(GC 9.5). Another official approves.");
    case ClaimAction::Approve:
        return TransitionDialog::tr("The claim is approved for payment.");
    case ClaimAction::Reject:
        return TransitionDialog::tr("The claim is rejected. This is final.");
    case ClaimAction::ReferToMayor:
        return TransitionDialog::tr("In case of doubt the claim is put before the mayor (GC 9.6).");
    case ClaimAction::ReferToBody:
        return TransitionDialog::tr("The claim is put before the %1 for a decision (GC 9.6-9.8).").arg(bodyName);
    case ClaimAction::Resolve:
        return TransitionDialog::tr("The doubt is resolved: the claim goes back to the office for the normal approval.");
    case ClaimAction::Pay:
        return TransitionDialog::tr("The approved claim has been paid.");
    }
    return {};
}
} // namespace

TransitionDialog::TransitionDialog(ClaimService &claims, const Claim &claim, ClaimAction action, DecisionBody body,
                                   const QString &summary, QWidget *parent)
    : QDialog(parent)
    , m_claims(claims)
    , m_claim(claim)
    , m_action(action)
    , m_error(new InlineMessage(this))
{
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("%1: %2").arg(claimActionName(action), claim.number()));
    const ClaimTransition *row = ClaimWorkflow::find(claim.status, action);
    const unsigned guards = row ? row->guards : 0;
    const bool decision = guards & BodyDecision;

    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setWordWrap(true);
    QFont bold = summaryLabel->font();
    bold.setBold(true);
    summaryLabel->setFont(bold);
    auto *explain = new QLabel(decision ? (action == ClaimAction::Approve
                                               ? tr("Record that the %1 approved the claim.")
                                               : tr("Record that the %1 rejected the claim."))
                                              .arg(decisionBodyName(body).toLower())
                                        : explanation(action, body),
                               this);
    explain->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    if (guards & NeedsText) {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(decision ? QStringLiteral("decision") : QStringLiteral("reason"));
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 4 + 12);
        QString label = tr("&Reason:");
        if (decision)
            label = tr("&Decision of the %1:").arg(decisionBodyName(body).toLower());
        else if (action == ClaimAction::ReferToMayor || action == ClaimAction::ReferToBody)
            label = tr("&Doubt:");
        else if (action == ClaimAction::Resolve)
            label = tr("&How resolved:");
        form->addRow(label, m_text);
    }
    if (guards & NeedsDate) {
        m_date = new DateLineEdit(this);
        m_date->setObjectName(decision ? QStringLiteral("decisionDate") : QStringLiteral("paidDate"));
        form->addRow(decision ? tr("Date of the &decision:") : tr("Date &paid:"), m_date);
        if (!decision)
            m_date->setDate(QDate::currentDate());
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(claimActionName(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &TransitionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransitionDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(summaryLabel);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    if (m_text)
        m_text->setFocus();
    else
        buttons->button(QDialogButtonBox::Ok)->setFocus();
}

void TransitionDialog::accept()
{
    TransitionInput input;
    if (m_text)
        input.text = m_text->toPlainText();
    if (m_date) {
        const auto date = m_date->date();
        if (!date) {
            m_error->showError(Error::validation(m_date->objectName(), tr("Date: write the date as dd-mm-yyyy.")), this);
            growToContents(this);
            return;
        }
        input.date = *date;
    }
    try {
        m_claims.transition(m_claim.id, m_action, input);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
