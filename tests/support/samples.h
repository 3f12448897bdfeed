#pragma once
// Valid sample records; a test changes one field to see one rule at work.

#include "persons/person.h"

#include <QDate>

namespace integriteit::test {

// "J. (Jan) Jansen", valid in every field.
Person samplePerson(const QString &lastName = QStringLiteral("Jansen"));
// A valid appointment in the test municipality (organisation 1) for this role: a party group for
// raad and commissie, a part-time factor for a wethouder, nothing of either for the burgemeester.
Appointment sampleAppointment(qint64 personId, HolderRole role, const QDate &start = QDate(2022, 3, 30));
// A string of n copies of c, for length limits.
QString repeated(QChar c, int n);

} // namespace integriteit::test
