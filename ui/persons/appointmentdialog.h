#pragma once
// Adding or changing an appointment (benoeming) with its onboarding checklist. Fields that do not
// apply to the chosen role are hidden and not saved; OK saves through PersonService and a refusal is
// shown at the top with the focus on the field concerned.

#include "persons/person.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace integriteit {

class DateLineEdit;
class InlineMessage;
class PersonService;

class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    // An appointment with id 0 is added on OK, otherwise updated. `personName` is for the title.
    AppointmentDialog(
        PersonService &persons, const Appointment &appointment, const QString &personName, QWidget *parent = nullptr);

    // After acceptance: the appointment as saved, with its id.
    const Appointment &appointment() const { return m_appointment; }

    void accept() override;

private:
    QWidget *buildAppointmentGroup();
    QWidget *buildChecklistGroup();
    void load(const Appointment &a);
    HolderRole currentRole() const;
    void updateRoleFields();
    // Reads the form; returns false (with the message shown) when a date cannot be read.
    bool readForm(Appointment &a);

    PersonService &m_persons;
    Appointment m_appointment;
    InlineMessage *m_error;
    QFormLayout *m_mainForm = nullptr;
    QFormLayout *m_checkForm = nullptr;
    QComboBox *m_role = nullptr;
    QComboBox *m_organisation = nullptr;
    QComboBox *m_faction = nullptr;
    DateLineEdit *m_start = nullptr;
    DateLineEdit *m_end = nullptr;
    QLineEdit *m_endReason = nullptr;
    QSpinBox *m_fraction = nullptr;
    QCheckBox *m_deputyChair = nullptr;
    QCheckBox *m_groupLeader = nullptr;
    QCheckBox *m_transitional = nullptr;
    DateLineEdit *m_oath = nullptr;
    DateLineEdit *m_code = nullptr;
    DateLineEdit *m_protocol = nullptr;
    DateLineEdit *m_screening = nullptr;
    QLineEdit *m_screeningReference = nullptr;
};

} // namespace integriteit
