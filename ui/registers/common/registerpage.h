#pragma once
// One register's area in the main window, built from its RegisterKind: the buttons (New, Edit,
// End for registers with a period, Remove, and the kind's extra actions), the filter bar, the lazy
// list and the detail pane with the history. Double-click or Return edits, Del removes (in the
// list only). The page takes ownership of the kind.

#include <QWidget>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;

namespace integriteit {

class RecordDetailWidget;
class RegisterFilterBar;
class RegisterKind;
class RegisterModel;

class RegisterPage : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterPage(RegisterKind *kind, QWidget *parent = nullptr);

    RegisterKind &kind() const { return *m_kind; }
    RegisterModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    RecordDetailWidget *detail() const { return m_detail; }
    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *endAction() const { return m_endAction; } // null for registers without a period
    QAction *removeAction() const { return m_removeAction; }

    // 0 when nothing is selected.
    qint64 selectedId() const;
    // Selects the record, clearing the filters when they hide it. False when it does not exist.
    bool showRecord(qint64 id);
    void focusSearch();

    // The header, splitter and filter choices, in the group of the kind's settingsKey().
    void saveState(QSettings &settings) const;
    void restoreState(QSettings &settings);

Q_SIGNALS:
    void countChanged(int shown, int total);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void setUpTable();
    void aboutToReset();
    void afterReset();
    void selectionChanged();
    void selectRow(int row);
    void updateActions();
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);

    RegisterKind *m_kind;
    RegisterModel *m_model;
    RegisterFilterBar *m_filterBar;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    RecordDetailWidget *m_detail;
    QSplitter *m_splitter;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_endAction = nullptr;
    QAction *m_removeAction = nullptr;
    qint64 m_pendingSelection = 0; // kept by id across a re-query
};

} // namespace integriteit
