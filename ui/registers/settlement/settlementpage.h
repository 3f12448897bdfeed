#pragma once
// Verrekening: choose a year, see every full-time college member's computed settlement and the
// college's decision, set the year's parameters and record decisions (with undo).

#include <QWidget>

class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace integriteit {

class PersonService;
class RegisterServices;
class SettlementModel;
class SettlementService;

class SettlementPage : public QWidget
{
    Q_OBJECT
public:
    SettlementPage(RegisterServices &registers, PersonService &persons, QUndoStack &undoStack,
                   QWidget *parent = nullptr);

    SettlementModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    int year() const;
    void setYear(int year);
    // Shows the year and selects the person (from the attention list).
    void showPerson(qint64 personId, int year);
    qint64 selectedPersonId() const;

    void editParameters();
    void recordDecision();
    // Removes the selected office holder's decision of the year after the user confirms (a
    // decision entered by mistake or for the wrong person); undo restores it.
    void removeDecision();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void updateParameters();
    void updateActions();

    SettlementService &m_settlement;
    PersonService &m_persons;
    QUndoStack &m_undoStack;
    SettlementModel *m_model;
    QSpinBox *m_year;
    QLabel *m_parameters;
    QPushButton *m_parametersButton;
    QPushButton *m_decisionButton;
    QPushButton *m_removeButton;
    QTableView *m_table;
    QLabel *m_emptyLabel;
};

} // namespace integriteit
