#pragma once
// A person's appointments (benoemingen) as a table, with the onboarding checklist of the selected
// one; open items of a current appointment are highlighted.

#include "persons/person.h"

#include <QWidget>
#include <vector>

class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace integriteit {

class PersonService;

class AppointmentsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AppointmentsPanel(PersonService &persons, QWidget *parent = nullptr);

    void setAppointments(const std::vector<Appointment> &appointments, const QHash<qint64, QString> &organisations,
        bool multipleOrganisations);
    qint64 selectedAppointmentId() const;

    // The colours for open checklist items, shared with the detail pane.
    static QColor openItemBackground();
    static QColor openItemText();

Q_SIGNALS:
    void editRequested(qint64 appointmentId);
    void removeRequested(qint64 appointmentId);

private:
    // The checklist before the functions: in a narrow pane the least needed column is the one cut.
    enum Column {
        RoleColumn,
        BodyColumn,
        FactionColumn,
        StartColumn,
        EndColumn,
        ChecklistColumn,
        FunctionsColumn,
        ColumnCount
    };

    void updateSelection();
    void showChecklist(const Appointment *appointment);
    const Appointment *selectedAppointment() const;

    PersonService &m_persons;
    std::vector<Appointment> m_appointments;
    QTableWidget *m_table;
    QLabel *m_empty;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QGroupBox *m_checklistBox;
    QFormLayout *m_checklist;
};

// "fractievoorzitter, plv. voorzitter", "part-time 60%": the functions column, also for tests.
QString appointmentFunctions(const Appointment &appointment);

} // namespace integriteit
