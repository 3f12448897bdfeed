#pragma once
// Politieke ambtsdrager (Person) and ambtsperiode (Appointment), with the onboarding checklist.

#include "auth/role.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace integriteit {

enum class Gender { Male, Female, Unspecified };

// The four offices an appointment can be for (domain.md "People").
enum class HolderRole { Councillor, CommitteeMember, Alderman, Mayor };

QString holderRoleCode(HolderRole role);                    // "raadslid", ...: storage and CLI
std::optional<HolderRole> holderRoleFromCode(const QString &code);
QString holderRoleName(HolderRole role);                    // translated
QList<HolderRole> allHolderRoles();
// Raad and commissie are kept by the griffie, the college by the secretariat.
Office officeFor(HolderRole role);

struct Person
{
    qint64 id = 0;
    QString initials;   // voorletters, "J.P."
    QString firstName;  // roepnaam
    QString namePrefix; // tussenvoegsel, "van der"
    QString lastName;
    Gender gender = Gender::Unspecified;
    QString email;
    QString phone;
    QString notes;

    // "J.P. (Jan) van der Berg"
    QString displayName() const;
    // "Berg, Jan van der": how Dutch lists sort (the tussenvoegsel does not count).
    QString sortName() const;
    QJsonObject toJson() const;
};

struct Appointment
{
    qint64 id = 0;
    qint64 personId = 0;
    qint64 organisationId = 0;
    HolderRole role = HolderRole::Councillor;
    int fractionPct = 0;          // wethouder only: 100 = full-time
    bool deputyChair = false;     // plaatsvervangend voorzitter van de raad
    bool groupLeader = false;     // fractievoorzitter
    QString faction;              // fractie
    QDate start;                  // installation
    QDate end;                    // null while in office
    QString endReason;
    // Onboarding checklist
    QDate oathDate;               // eed/belofte
    QDate codeReceived;           // gedragscode ontvangen (GC 1.5)
    QDate protocolReceived;       // protocol ontvangen (P 1.7)
    QDate screeningDate;          // VOG / risicoanalyse (wethouders)
    QString screeningReference;   // outcome reference
    bool transitionalSettlement = false; // overgangsrecht verrekening (in office since before 10-03-2010)

    Office office() const { return officeFor(role); }
    bool isActiveOn(const QDate &day) const { return start <= day && (!end.isValid() || end >= day); }
    // The checklist items still open, as translated labels.
    QStringList openChecklistItems() const;
    QJsonObject toJson() const;
};

} // namespace integriteit
