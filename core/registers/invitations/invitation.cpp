#include "invitation.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordstore.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Invitation) };
}

QList<InvitationKind> allInvitationKinds()
{
    return {InvitationKind::Lunch, InvitationKind::Dinner, InvitationKind::Reception, InvitationKind::Excursion,
            InvitationKind::Event, InvitationKind::Other};
}

QString invitationKindCode(InvitationKind kind)
{
    switch (kind) {
    case InvitationKind::Lunch: return QStringLiteral("lunch");
    case InvitationKind::Dinner: return QStringLiteral("diner");
    case InvitationKind::Reception: return QStringLiteral("receptie");
    case InvitationKind::Excursion: return QStringLiteral("excursie");
    case InvitationKind::Event: return QStringLiteral("evenement");
    case InvitationKind::Other: return QStringLiteral("overig");
    }
    return {};
}

std::optional<InvitationKind> invitationKindFromCode(const QString &code)
{
    for (InvitationKind kind : allInvitationKinds())
        if (invitationKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString invitationKindName(InvitationKind kind)
{
    switch (kind) {
    case InvitationKind::Lunch: return Tr::tr("Lunch");
    case InvitationKind::Dinner: return Tr::tr("Dinner");
    case InvitationKind::Reception: return Tr::tr("Reception");
    case InvitationKind::Excursion: return Tr::tr("Excursion");
    case InvitationKind::Event: return Tr::tr("Event");
    case InvitationKind::Other: return Tr::tr("Other");
    }
    return {};
}

QVariantMap Invitation::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("event_date"), nullableDate(eventDate)},
            {QStringLiteral("host"), host},
            {QStringLiteral("description"), description},
            {QStringLiteral("kind"), invitationKindCode(kind)},
            {QStringLiteral("functional"), functional},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("value_cents"), nullableCents(value ? std::optional<qint64>(value->cents()) : std::nullopt)},
            {QStringLiteral("decided_by"), nullableText(decidedBy ? decisionBodyCode(*decidedBy) : QString())},
            {QStringLiteral("decision_date"), nullableDate(decisionDate)},
            {QStringLiteral("decision"), nullableText(decision ? verdictCode(*decision) : QString())},
            {QStringLiteral("decision_notes"), decisionNotes},
            {QStringLiteral("notes"), notes}};
}

Invitation Invitation::fromColumns(const QVariantMap &c)
{
    Invitation i;
    i.id = c.value(QStringLiteral("id")).toLongLong();
    i.personId = c.value(QStringLiteral("person_id")).toLongLong();
    i.eventDate = dutch::fromIso(c.value(QStringLiteral("event_date")).toString());
    i.host = c.value(QStringLiteral("host")).toString();
    i.description = c.value(QStringLiteral("description")).toString();
    i.kind = invitationKindFromCode(c.value(QStringLiteral("kind")).toString()).value_or(InvitationKind::Other);
    i.functional = c.value(QStringLiteral("functional")).toBool();
    i.accepted = c.value(QStringLiteral("accepted")).toBool();
    const QVariant value = c.value(QStringLiteral("value_cents"));
    if (!value.isNull())
        i.value = Money::fromCents(value.toLongLong());
    i.decidedBy = decisionBodyFromCode(c.value(QStringLiteral("decided_by")).toString());
    i.decisionDate = dutch::fromIso(c.value(QStringLiteral("decision_date")).toString());
    i.decision = verdictFromCode(c.value(QStringLiteral("decision")).toString());
    i.decisionNotes = c.value(QStringLiteral("decision_notes")).toString();
    i.notes = c.value(QStringLiteral("notes")).toString();
    return i;
}

QString Invitation::searchText() const
{
    return textsearch::normalize(host + QLatin1Char(' ') + description + QLatin1Char(' ') + invitationKindCode(kind));
}

} // namespace integriteit
