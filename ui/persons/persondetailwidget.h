#pragma once
// The detail pane beside the list: the selected office holder's contact data, appointments with
// their onboarding checklist, and the history of everything recorded about him.

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace integriteit {

class AppointmentsPanel;
class PersonHistoryView;
class PersonService;

class PersonDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PersonDetailWidget(PersonService &persons, QWidget *parent = nullptr);

    // 0 shows the "select an office holder" hint.
    void setPerson(qint64 personId);
    qint64 personId() const { return m_personId; }
    // Re-reads the shown person (after a change or undo); clears the pane if he no longer exists.
    void refresh();
    // A further tab from another area (the registers); it follows personShown().
    void addTab(QWidget *tab, const QString &title);
    void setTabTitle(QWidget *tab, const QString &title);
    void showTab(QWidget *tab);

Q_SIGNALS:
    void editPersonRequested(qint64 personId);
    void newAppointmentRequested(qint64 personId);
    void editAppointmentRequested(qint64 appointmentId);
    void removeAppointmentRequested(qint64 appointmentId);
    // The pane shows this person now (0: none), for the added tabs.
    void personShown(qint64 personId);

private:
    QWidget *buildContent();

    PersonService &m_persons;
    qint64 m_personId = 0;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_name = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_email = nullptr;
    QLabel *m_phone = nullptr;
    QLabel *m_gender = nullptr;
    QLabel *m_notes = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_newAppointment = nullptr;
    QTabWidget *m_tabs = nullptr;
    AppointmentsPanel *m_appointments = nullptr;
    PersonHistoryView *m_history = nullptr;
};

} // namespace integriteit
