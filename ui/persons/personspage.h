#pragma once
// The office holders area of the main window: search and filters above a lazy, sortable list, the
// selected person's details beside it, and the actions (with undo) the main window puts in its menus.

#include <QWidget>

class QAction;
class QLabel;
class QSettings;
class QSplitter;
class QTableView;
class QUndoStack;

namespace integriteit {

class PersonDetailWidget;
class PersonEditor;
class PersonFilterBar;
class PersonService;
class PersonsModel;

class PersonsPage : public QWidget
{
    Q_OBJECT
public:
    PersonsPage(PersonService &persons, QUndoStack &undoStack, QWidget *parent = nullptr);

    QAction *newPersonAction() const { return m_newAction; }
    QAction *editPersonAction() const { return m_editAction; }
    QAction *removePersonAction() const { return m_removeAction; }
    QAction *newAppointmentAction() const { return m_newAppointmentAction; }
    void focusSearch();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

    // 0 when nothing is selected.
    qint64 selectedPersonId() const;
    // Selects the person, widening the search to his name when the filters hide him.
    void selectPerson(qint64 personId);
    PersonsModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    PersonDetailWidget *detail() const { return m_detail; }

Q_SIGNALS:
    void countChanged(int shown, int total);
    void statusMessage(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void setUpTable();
    void applyFilter();
    void aboutToReset();
    void afterReset();
    void selectionChanged();
    void updateActions();
    void updateEmptyState();
    void showContextMenu(const QPoint &pos);
    void showColumnMenu(const QPoint &pos);
    void selectRow(int row);

    PersonService &m_persons;
    PersonsModel *m_model;
    PersonEditor *m_editor;
    PersonFilterBar *m_filterBar;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    PersonDetailWidget *m_detail;
    QSplitter *m_splitter;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_newAppointmentAction = nullptr;
    qint64 m_pendingSelection = 0; // kept by id across a re-query
};

} // namespace integriteit
