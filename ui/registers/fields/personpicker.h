#pragma once
// Chooses the office holder a register record belongs to: a combo box of names (last name first)
// in which the user can type to find one. Holds everybody the municipality has had; a national
// demo database is cut off at a few thousand names, the current person always included.

#include <QComboBox>

namespace integriteit {

class PersonService;

class PersonPicker : public QComboBox
{
    Q_OBJECT
public:
    static constexpr int MaxPersons = 5000;

    PersonPicker(PersonService &persons, qint64 current, QWidget *parent = nullptr);

    // 0 when nothing is chosen.
    qint64 personId() const;
    QString personName() const;
};

} // namespace integriteit
