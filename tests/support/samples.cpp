#include "samples.h"

namespace integriteit::test {

Person samplePerson(const QString &lastName)
{
    Person p;
    p.initials = QStringLiteral("J.");
    p.firstName = QStringLiteral("Jan");
    p.lastName = lastName;
    p.gender = Gender::Male;
    p.email = QStringLiteral("j.jansen@beek.nl");
    p.phone = QStringLiteral("046 437 5600");
    return p;
}

Appointment sampleAppointment(qint64 personId, HolderRole role, const QDate &start)
{
    Appointment a;
    a.personId = personId;
    a.organisationId = 1;
    a.role = role;
    a.start = start;
    switch (role) {
    case HolderRole::Councillor:
    case HolderRole::CommitteeMember:
        a.faction = QStringLiteral("CDA");
        break;
    case HolderRole::Alderman:
        a.faction = QStringLiteral("CDA");
        a.fractionPct = 100;
        break;
    case HolderRole::Mayor:
        break;
    }
    return a;
}

QString repeated(QChar c, int n)
{
    return QString(n, c);
}

} // namespace integriteit::test
