#pragma once
// The Declaraties area of the main window: search and filters above a lazy, sortable list of
// claims, and the selected claim below it with its lines, receipts, workflow and history. Every
// command is a QAction, shown in the page's bars and (through AreaChrome) in the Edit menu.

#include <QWidget>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QUndoStack;

namespace integriteit {

class AppCore;
class ClaimDetailWidget;
class ClaimEditor;
class ClaimFilterBar;
class ClaimsModel;

class ClaimsPage : public QWidget
{
    Q_OBJECT
public:
    ClaimsPage(AppCore &core, QUndoStack &undoStack, QWidget *parent = nullptr);

    void focusSearch();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    qint64 selectedClaimId() const;
    // Selects the claim, clearing the filters when they hide it.
    void selectClaim(qint64 claimId);
    ClaimsModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    ClaimDetailWidget *detail() const { return m_detail; }
    ClaimEditor *editor() const { return m_editor; }
    QAction *newClaimAction() const { return m_new; }
    QAction *removeClaimAction() const { return m_remove; }
    // What the window's Edit menu lists for this area: the claim, its lines, its workflow steps
    // (those that do not apply to the selected claim are hidden), with separators between.
    QList<QAction *> areaActions() const;

Q_SIGNALS:
    void countChanged(int shown, int total);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setUpTable();
    void selectionChanged();
    void afterReset();
    void updateButtons();
    void updateEmptyState();
    void selectRow(int row);

    AppCore &m_core;
    ClaimsModel *m_model;
    ClaimEditor *m_editor;
    ClaimFilterBar *m_filterBar;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    ClaimDetailWidget *m_detail;
    QSplitter *m_splitter;
    QAction *m_new;
    QAction *m_remove;
    qint64 m_pendingSelection = 0; // kept by id across a re-query
};

} // namespace integriteit
