#pragma once
// Adding or changing an office holder's own data. OK saves through PersonService; a refusal is
// shown at the top of the dialog, which stays open with the input intact.

#include "persons/person.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace integriteit {

class InlineMessage;
class PersonService;

class PersonDialog : public QDialog
{
    Q_OBJECT
public:
    // A person with id 0 is created on OK, otherwise updated.
    PersonDialog(PersonService &persons, const Person &person, QWidget *parent = nullptr);

    // After acceptance: the person as saved, with his id.
    const Person &person() const { return m_person; }

    void accept() override;

private:
    Person personFromForm() const;

    PersonService &m_persons;
    Person m_person;
    InlineMessage *m_error;
    QLineEdit *m_initials;
    QLineEdit *m_firstName;
    QLineEdit *m_namePrefix;
    QLineEdit *m_lastName;
    QComboBox *m_gender;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
