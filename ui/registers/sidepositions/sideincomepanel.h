#pragma once
// The neveninkomsten of one side position, in its detail pane: one row per year with the amount,
// the publication date and the "not published before 1 April" flag; Add, Edit and Remove with undo.
// Income is only recorded for a paid position.

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace integriteit {

class AppCore;

class SideIncomePanel : public QWidget
{
    Q_OBJECT
public:
    SideIncomePanel(AppCore &core, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setPosition(qint64 positionId);
    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    qint64 selectedIncome() const;
    void updateButtons();
    void add();
    void edit();
    void remove();

    AppCore &m_core;
    QUndoStack &m_undoStack;
    qint64 m_positionId = 0;
    bool m_paid = false;
    bool m_mayEdit = false;
    QLabel *m_title;
    QLabel *m_note;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace integriteit
