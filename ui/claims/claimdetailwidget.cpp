#include "claimdetailwidget.h"

#include "appcore.h"
#include "claimeditor.h"
#include "claimhistoryview.h"
#include "claimlinespanel.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/icons.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// The steps in the order of the procedure, so they keep their places between claims.
const ClaimAction kActionOrder[] = {ClaimAction::Submit,      ClaimAction::Check,       ClaimAction::Approve,
                                    ClaimAction::ReferToMayor, ClaimAction::ReferToBody, ClaimAction::Resolve,
                                    ClaimAction::Reject,      ClaimAction::Return,      ClaimAction::Pay};

QColor statusColour(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Draft: return QColor(0x6b, 0x6b, 0x6b);
    case ClaimStatus::Submitted:
    case ClaimStatus::Checked: return QColor(0x1f, 0x5f, 0xa8);
    case ClaimStatus::ReferredToMayor:
    case ClaimStatus::ReferredToBody: return QColor(0xa0, 0x5a, 0x00);
    case ClaimStatus::Approved:
    case ClaimStatus::Paid: return QColor(0x2e, 0x7d, 0x32);
    case ClaimStatus::Rejected: return QColor(0xb0, 0x20, 0x20);
    }
    return {};
}
} // namespace

ClaimDetailWidget::ClaimDetailWidget(AppCore &core, ClaimEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_editor(editor)
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("claimDetail"));
    auto *placeholder = new QLabel(tr("Select a claim in the list to see its lines and proofs of payment."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(placeholder);
    m_stack->addWidget(buildContent());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QWidget *ClaimDetailWidget::buildContent()
{
    auto *content = new QWidget(this);
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("claimTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("claimStatus"));
    m_facts = new QLabel(content);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_editHeader = new QAction(Icons::themed("document-edit", Icons::edit()), tr("Edit claim…"), this);
    m_editHeader->setObjectName(QStringLiteral("editClaimAction"));
    m_editHeader->setShortcut(Qt::Key_F2);
    m_editHeader->setEnabled(false);
    connect(m_editHeader, &QAction::triggered, this, [this] {
        if (claimId() != 0)
            Q_EMIT editClaimRequested(claimId());
    });
    auto *editBar = new QToolBar(content);
    editBar->setObjectName(QStringLiteral("claimEditBar"));
    editBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    editBar->setIconSize(QSize(16, 16));
    editBar->addAction(m_editHeader);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title);
    titleRow->addSpacing(12);
    titleRow->addWidget(m_status);
    titleRow->addStretch(1);
    titleRow->addWidget(editBar);

    auto *actionRow = new QHBoxLayout;
    m_stepBar = new QToolBar(content);
    m_stepBar->setObjectName(QStringLiteral("claimStepBar"));
    m_stepBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (ClaimAction action : kActionOrder) {
        auto *step = new QAction(claimActionName(action) + QStringLiteral("…"), this);
        step->setObjectName(QStringLiteral("action_%1").arg(claimActionCode(action)));
        connect(step, &QAction::triggered, this, [this, action] {
            // A shortcut may still fire between a change and the refresh: core decides anyway.
            if (claimId() != 0)
                m_editor.runAction(claimId(), action, decidingBody(), summary());
        });
        m_actions.insert(int(action), step);
        // Shown when the claim's status allows the step; all nine at once would make the page
        // wider than a laptop screen.
        step->setVisible(false);
        m_stepBar->addAction(step);
    }
    // Submitting ends the entry of a claim form, so it gets the key that ends a form elsewhere;
    // the other steps are weighty enough to be chosen from the bar or the menu (each asks first).
    m_actions.value(int(ClaimAction::Submit))->setShortcut(QKeySequence(QStringLiteral("Ctrl+Return")));
    actionRow->addWidget(m_stepBar);
    m_noActions = new QLabel(content);
    m_noActions->setForegroundRole(QPalette::PlaceholderText);
    actionRow->addWidget(m_noActions);
    actionRow->addStretch(1);

    m_lines = new ClaimLinesPanel(m_core.claims(), m_editor, content);
    m_warnings = new QTreeWidget(content);
    m_warnings->setObjectName(QStringLiteral("claimWarnings"));
    m_warnings->setHeaderLabels({tr("Kind"), tr("Warning")});
    m_warnings->setRootIsDecorated(false);
    m_warnings->setWordWrap(true);
    m_warnings->setColumnWidth(0, fontMetrics().averageCharWidth() * 28);
    m_history = new ClaimHistoryView(content);
    m_tabs = new QTabWidget(content);
    m_tabs->addTab(m_lines, tr("Lines"));
    m_tabs->addTab(m_warnings, tr("Warnings"));
    m_tabs->addTab(m_history, tr("History"));

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(titleRow);
    layout->addWidget(m_facts);
    layout->addLayout(actionRow);
    layout->addWidget(m_tabs, 1);
    return content;
}

void ClaimDetailWidget::setClaim(const ClaimRow &row)
{
    m_row = row;
    refresh();
}

void ClaimDetailWidget::refresh()
{
    if (m_row.claim.id != 0) {
        try {
            m_row.claim = m_core.claims().claims().claim(m_row.claim.id);
        } catch (const Error &) {
            m_row = ClaimRow(); // removed (or undone): nothing to show
        }
    }
    if (m_row.claim.id == 0) {
        m_lines->setClaim(0, false);
        m_editHeader->setEnabled(false);
        for (QAction *step : std::as_const(m_actions))
            step->setVisible(false);
        m_stack->setCurrentIndex(0);
        return;
    }
    const Claim &c = m_row.claim;
    ClaimService &claims = m_core.claims().claims();
    m_title->setText(tr("%1 · %2").arg(c.number(), m_row.person.displayName));
    m_status->setText(claimStatusName(c.status));
    m_status->setStyleSheet(QStringLiteral("QLabel { color: white; background: %1; border-radius: 4px; padding: 2px 8px; }")
                                .arg(statusColour(c.status).name()));

    QStringList facts;
    if (m_row.person.role)
        facts << holderRoleName(*m_row.person.role);
    facts << c.description;
    facts << tr("%n line(s), total %1", nullptr, c.lineCount).arg(c.total.toDutch());
    if (c.lineCount > 0)
        facts << tr("costs from %1").arg(dutch::date(c.referenceDate));
    std::vector<ClaimEvent> events;
    try {
        events = claims.events(c.id);
    } catch (const Error &) {
    }
    if (!events.empty()) {
        const ClaimEvent &last = events.back();
        facts << tr("last step: %1 (%2, %3)").arg(claimActionName(last.action), last.userName, dutch::dateTime(last.atUtc));
    }
    if (!c.decisionText.isEmpty() && (c.status == ClaimStatus::Rejected || c.decisionBody))
        facts << tr("Decision: %1").arg(c.decisionText);
    m_facts->setText(facts.join(QStringLiteral(" · ")));

    const bool editable = claims.mayEdit(c);
    m_editHeader->setVisible(c.status == ClaimStatus::Draft);
    m_editHeader->setEnabled(editable);
    const QString notEditable = editable ? QString() : tr("Only a draft claim of an office holder your office keeps can be changed.");
    m_editHeader->setToolTip(notEditable.isEmpty() ? tr("Change the claim's office holder and description") : notEditable);
    m_editHeader->setStatusTip(m_editHeader->toolTip());
    m_lines->setClaim(c.id, editable);
    updateActions();
    fillWarnings();
    try {
        m_history->setEntries(claims.history(c.id));
    } catch (const Error &) {
        m_history->clear();
    }
    m_stack->setCurrentIndex(1);
}

void ClaimDetailWidget::updateActions()
{
    // The steps of the transition table from this status; those core refuses this user stay
    // visible but disabled, with core's reason as tooltip and status tip (the Edit menu shows the
    // latter).
    const Claim &c = m_row.claim;
    ClaimService &claims = m_core.claims().claims();
    const QList<ClaimAction> allowed = claims.availableActions(c);
    bool any = false;
    for (ClaimAction action : kActionOrder) {
        QAction *button = m_actions.value(int(action));
        const bool fromHere = ClaimWorkflow::find(c.status, action) != nullptr;
        const bool mayorsClaim = m_row.person.role == HolderRole::Mayor;
        // Referral rows that can never apply to this claimant are not shown at all.
        const bool applies = fromHere
            && !(c.status == ClaimStatus::Checked && action == ClaimAction::ReferToBody && !mayorsClaim)
            && !(action == ClaimAction::ReferToMayor && mayorsClaim);
        button->setVisible(applies);
        if (!applies)
            continue;
        any = true;
        const bool enabled = allowed.contains(action);
        button->setEnabled(enabled);
        const QString reason = enabled ? QString() : claims.refusal(c, action);
        button->setToolTip(reason);
        button->setStatusTip(reason);
        if (action == ClaimAction::ReferToBody)
            button->setText(tr("Put before the %1…").arg(decisionBodyName(decidingBody()).toLower()));
        else if (c.status == ClaimStatus::ReferredToBody && action == ClaimAction::Approve)
            button->setText(tr("Record approval by the %1…").arg(decisionBodyName(decidingBody()).toLower()));
        else if (c.status == ClaimStatus::ReferredToBody && action == ClaimAction::Reject)
            button->setText(tr("Record rejection by the %1…").arg(decisionBodyName(decidingBody()).toLower()));
        else
            button->setText(claimActionName(action) + QStringLiteral("…"));
    }
    m_noActions->setVisible(!any);
    m_noActions->setText(isFinal(c.status) ? tr("This claim is final: nothing more can be done with it.") : QString());
}

void ClaimDetailWidget::fillWarnings()
{
    m_warnings->clear();
    std::vector<ClaimWarning> warnings;
    try {
        warnings = m_core.claims().claims().warnings(claimId());
    } catch (const Error &) {
    }
    for (const ClaimWarning &w : warnings) {
        auto *item = new QTreeWidgetItem(m_warnings);
        item->setText(0, claimWarningKindName(w.kind));
        item->setText(1, w.message);
        item->setToolTip(1, w.message);
    }
    const int index = m_tabs->indexOf(m_warnings);
    m_tabs->setTabText(index, warnings.empty() ? tr("Warnings") : tr("Warnings (%1)").arg(warnings.size()));
}

QList<QAction *> ClaimDetailWidget::stepActions() const
{
    QList<QAction *> steps;
    for (ClaimAction action : kActionOrder)
        steps << m_actions.value(int(action));
    return steps;
}

DecisionBody ClaimDetailWidget::decidingBody() const
{
    return m_row.person.role ? ClaimWorkflow::bodyFor(*m_row.person.role) : DecisionBody::College;
}

QString ClaimDetailWidget::summary() const
{
    return tr("%1 of %2, %3").arg(m_row.claim.number(), m_row.person.displayName, m_row.claim.total.toDutch());
}

} // namespace integriteit
