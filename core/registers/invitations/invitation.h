#pragma once
// Uitnodiging (GC 5.2): lunches, dinners, receptions, excursions and events paid or organised by
// others. Excursions and events are discussed beforehand in the seniorenconvent or the college.

#include "common/money.h"
#include "registers/common/decisionbody.h"
#include "registers/common/recordperson.h"

#include <QDate>
#include <QVariantMap>
#include <optional>

namespace integriteit {

enum class InvitationKind { Lunch, Dinner, Reception, Excursion, Event, Other };
QString invitationKindCode(InvitationKind kind); // "lunch", "diner", "receptie", "excursie", "evenement", "overig"
std::optional<InvitationKind> invitationKindFromCode(const QString &code);
QString invitationKindName(InvitationKind kind);
QList<InvitationKind> allInvitationKinds();

struct Invitation
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate eventDate;
    QString host;                // who invites and pays
    QString description;
    InvitationKind kind = InvitationKind::Reception;
    bool functional = true;      // part of the office (GC 5.2.1)
    bool accepted = false;
    std::optional<Money> value;  // estimated value, when known
    std::optional<DecisionBody> decidedBy; // seniorenconvent or college
    QDate decisionDate;
    std::optional<Verdict> decision;
    QString decisionNotes;
    QString notes;

    // GC 5.2.2: excursions and events are discussed beforehand.
    bool needsPriorDecision() const { return kind == InvitationKind::Excursion || kind == InvitationKind::Event; }
    QVariantMap columns() const;
    static Invitation fromColumns(const QVariantMap &columns);
    QString searchText() const;
};

enum class InvitationColumn { Person, Role, Faction, Date, Host, Description, Kind, Functional, Accepted, Decision, Count };

struct InvitationRow
{
    Invitation invitation;
    RecordPerson person;
    bool needsDecision = false; // excursion or event without a decision
};

} // namespace integriteit
