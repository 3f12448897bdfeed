#include "gift.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordstore.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Gift) };
}

QList<GiftDestination> allGiftDestinations()
{
    return {GiftDestination::Municipality, GiftDestination::Charity, GiftDestination::Staff, GiftDestination::Returned,
            GiftDestination::KeptByPerson};
}

QString giftDestinationCode(GiftDestination d)
{
    switch (d) {
    case GiftDestination::Municipality: return QStringLiteral("gemeente");
    case GiftDestination::Charity: return QStringLiteral("goed_doel");
    case GiftDestination::Staff: return QStringLiteral("personeel");
    case GiftDestination::Returned: return QStringLiteral("teruggegeven");
    case GiftDestination::KeptByPerson: return QStringLiteral("behouden");
    }
    return {};
}

std::optional<GiftDestination> giftDestinationFromCode(const QString &code)
{
    for (GiftDestination d : allGiftDestinations())
        if (giftDestinationCode(d) == code)
            return d;
    return std::nullopt;
}

QString giftDestinationName(GiftDestination d)
{
    switch (d) {
    case GiftDestination::Municipality: return Tr::tr("Kept by the municipality");
    case GiftDestination::Charity: return Tr::tr("Given to charity");
    case GiftDestination::Staff: return Tr::tr("Shared with staff");
    case GiftDestination::Returned: return Tr::tr("Returned");
    case GiftDestination::KeptByPerson: return Tr::tr("Kept by the recipient");
    }
    return {};
}

QVariantMap Gift::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("received_date"), nullableDate(received)},
            {QStringLiteral("giver"), giver},
            {QStringLiteral("description"), description},
            {QStringLiteral("value_cents"), qint64(value.cents())},
            {QStringLiteral("occasion"), occasion},
            {QStringLiteral("received_at_home"), receivedAtHome},
            {QStringLiteral("reported_date"), nullableDate(reported)},
            {QStringLiteral("destination"), nullableText(destination ? giftDestinationCode(*destination) : QString())},
            {QStringLiteral("decided_by"), nullableText(decidedBy ? decisionBodyCode(*decidedBy) : QString())},
            {QStringLiteral("decision_date"), nullableDate(decisionDate)},
            {QStringLiteral("notes"), notes}};
}

Gift Gift::fromColumns(const QVariantMap &c)
{
    Gift g;
    g.id = c.value(QStringLiteral("id")).toLongLong();
    g.personId = c.value(QStringLiteral("person_id")).toLongLong();
    g.received = dutch::fromIso(c.value(QStringLiteral("received_date")).toString());
    g.giver = c.value(QStringLiteral("giver")).toString();
    g.description = c.value(QStringLiteral("description")).toString();
    g.value = Money::fromCents(c.value(QStringLiteral("value_cents")).toLongLong());
    g.occasion = c.value(QStringLiteral("occasion")).toString();
    g.receivedAtHome = c.value(QStringLiteral("received_at_home")).toBool();
    g.reported = dutch::fromIso(c.value(QStringLiteral("reported_date")).toString());
    g.destination = giftDestinationFromCode(c.value(QStringLiteral("destination")).toString());
    g.decidedBy = decisionBodyFromCode(c.value(QStringLiteral("decided_by")).toString());
    g.decisionDate = dutch::fromIso(c.value(QStringLiteral("decision_date")).toString());
    g.notes = c.value(QStringLiteral("notes")).toString();
    return g;
}

QString Gift::searchText() const
{
    return textsearch::normalize(giver + QLatin1Char(' ') + description + QLatin1Char(' ') + occasion);
}

} // namespace integriteit
