#pragma once
// The pane under the claims list: the selected claim's header (number, office holder, status,
// total, description), its workflow buttons, and tabs with the lines and receipts, the warnings
// recorded at submission and the history.

#include "claims/claimquery.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
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
    QPushButton *actionButton(ClaimAction action) const { return m_actions.value(int(action)); }
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
    QPushButton *m_editHeader = nullptr;
    QHash<int, QPushButton *> m_actions; // by ClaimAction
    QLabel *m_noActions = nullptr;
    QTabWidget *m_tabs = nullptr;
    ClaimLinesPanel *m_lines = nullptr;
    QTreeWidget *m_warnings = nullptr;
    ClaimHistoryView *m_history = nullptr;
};

} // namespace integriteit
