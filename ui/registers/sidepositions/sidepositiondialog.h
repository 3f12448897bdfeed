#pragma once
// Adding or changing a nevenfunctie. OK saves through SidePositionService; a refusal is shown at
// the top of the dialog with the focus on the field it names, and nothing is saved.

#include "registers/sidepositions/sideposition.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace integriteit {

class AppCore;
class DateLineEdit;
class InlineMessage;
class PersonPicker;

class SidePositionDialog : public QDialog
{
    Q_OBJECT
public:
    // A position with id 0 is created on OK, otherwise updated.
    SidePositionDialog(AppCore &core, const SidePosition &position, QWidget *parent = nullptr);

    // After acceptance: the position as stored, with its id.
    const SidePosition &position() const { return m_position; }

    void accept() override;

private:
    std::optional<SidePosition> positionFromForm();
    void updateCollegeFields();

    AppCore &m_core;
    SidePosition m_position;
    InlineMessage *m_error;
    PersonPicker *m_person;
    QLineEdit *m_organisation;
    QLineEdit *m_description;
    QRadioButton *m_personal;
    QRadioButton *m_exOfficio;
    QCheckBox *m_paid;
    DateLineEdit *m_start;
    DateLineEdit *m_end;
    DateLineEdit *m_reported;
    DateLineEdit *m_raadNotified;
    DateLineEdit *m_collegeDiscussed;
    QLabel *m_collegeHint;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
