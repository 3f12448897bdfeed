#pragma once
// Geschenk (GC 5.1): a gift received by an office holder, its estimated value, and the bestemming
// (destination) the municipality gave it.

#include "common/money.h"
#include "registers/common/decisionbody.h"
#include "registers/common/recordperson.h"

#include <QDate>
#include <QVariantMap>
#include <optional>

namespace integriteit {

enum class GiftDestination {
    Municipality, // blijft eigendom van de gemeente
    Charity,      // goed doel
    Staff,        // verdeeld onder het personeel
    Returned,     // teruggegeven
    KeptByPerson, // behouden door de ontvanger: only at or below the threshold (GC 5.1.2)
};
QString giftDestinationCode(GiftDestination destination);
std::optional<GiftDestination> giftDestinationFromCode(const QString &code);
QString giftDestinationName(GiftDestination destination);
QList<GiftDestination> allGiftDestinations();

struct Gift
{
    qint64 id = 0;
    qint64 personId = 0;
    QDate received;
    QString giver;
    QString description;
    Money value;                 // estimated value
    QString occasion;
    bool receivedAtHome = false; // must not happen (GC 5.1.4); if it does: GC 5.1.5
    QDate reported;
    std::optional<GiftDestination> destination;
    std::optional<DecisionBody> decidedBy;
    QDate decisionDate;
    QString notes;

    QVariantMap columns() const;
    static Gift fromColumns(const QVariantMap &columns);
    QString searchText() const;
};

enum class GiftColumn { Person, Role, Faction, Received, Giver, Description, Value, AtHome, Destination, DecidedBy, Count };

struct GiftRow
{
    Gift gift;
    RecordPerson person;
    Money threshold;                // of the year the gift was received
    bool aboveThreshold = false;    // must be reported and gets a destination
    bool needsDestination = false;  // above the threshold, no destination yet
    bool needsBodyDecision = false; // received at home, no decision of seniorenconvent or college yet
};

} // namespace integriteit
