#pragma once
// The pane under the claims list: the selected claim's header (number, office holder, status,
// total, description), its workflow steps as actions (in a bar here and, through the page, in the
// window's Edit menu), and tabs with the lines and receipts, the warnings recorded at submission
// and the history.

#include "claims/claimquery.h"

#include <QHash>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace integriteit {

class AppCore;
class ClaimEditor;
class ClaimHistoryView;
class ClaimLinesPanel;

class ClaimDetailWidget : public QWidget
{
    Q_OBJECT
public:
    ClaimDetailWidget(AppCore &core, ClaimEditor &editor, QWidget *parent = nullptr);

    // The claim with its person columns as the list shows them; an empty row shows the hint.
    void setClaim(const ClaimRow &row);
    qint64 claimId() const { return m_row.claim.id; }
    // Re-reads the shown claim; clears the pane when it no longer exists.
    void refresh();
    ClaimLinesPanel *linesPanel() const { return m_lines; }
    // The workflow step's action: visible when the claim's status has the step, enabled when core
    // allows it this user, else core's refusal as tooltip and status tip.
    QAction *stepAction(ClaimAction action) const { return m_actions.value(int(action)); }
    // The steps in the order of the procedure.
    QList<QAction *> stepActions() const;
    QAction *editAction() const { return m_editHeader; }
    QToolBar *stepBar() const { return m_stepBar; }
    QTabWidget *tabs() const { return m_tabs; }

Q_SIGNALS:
    void editClaimRequested(qint64 claimId);

private:
    QWidget *buildContent();
    void updateActions();
    void fillWarnings();
    DecisionBody decidingBody() const;
    QString summary() const;

    AppCore &m_core;
    ClaimEditor &m_editor;
    ClaimRow m_row;
    QStackedWidget *m_stack;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_facts = nullptr;
    QAction *m_editHeader = nullptr;
    QHash<int, QAction *> m_actions; // by ClaimAction
    QToolBar *m_stepBar = nullptr;
    QLabel *m_noActions = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClaimLinesPanel *m_lines = nullptr;
    QTreeWidget *m_warnings = nullptr;
    ClaimHistoryView *m_history = nullptr;
};

} // namespace integriteit
