#pragma once
// The rules a person or an appointment must meet before it is saved. Each failure is an
// Error(Validation) whose field() names the form field and whose message says what to fix.

#include "persons/person.h"
#include "common/currentdate.h"

#include <QSqlDatabase>

namespace integriteit {

class PersonValidator
{
public:
    explicit PersonValidator(const QSqlDatabase &db) : m_db(db) {}

    void validate(const Person &person) const;
    // Checks the fields and, against the database, overlaps with other appointments.
    void validate(const Appointment &appointment, const QDate &today = currentDate()) const;

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
