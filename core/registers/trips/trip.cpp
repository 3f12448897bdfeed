#include "trip.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordstore.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Trip) };

QString text(const QVariantMap &c, const char *key) { return c.value(QLatin1String(key)).toString(); }
QDate date(const QVariantMap &c, const char *key) { return dutch::fromIso(text(c, key)); }
} // namespace

QString tripPayerCode(TripPayer payer)
{
    return payer == TripPayer::Municipality ? QStringLiteral("gemeente") : QStringLiteral("derde");
}

std::optional<TripPayer> tripPayerFromCode(const QString &code)
{
    if (code == QLatin1String("gemeente"))
        return TripPayer::Municipality;
    if (code == QLatin1String("derde"))
        return TripPayer::ThirdParty;
    return std::nullopt;
}

QString tripPayerName(TripPayer payer)
{
    return payer == TripPayer::Municipality ? Tr::tr("Municipality") : Tr::tr("Third party");
}

QVariantMap Trip::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("purpose"), purpose},
            {QStringLiteral("policy_reasons"), policyReasons},
            {QStringLiteral("party"), party},
            {QStringLiteral("departure_date"), nullableDate(departure)},
            {QStringLiteral("return_date"), nullableDate(returnDate)},
            {QStringLiteral("estimated_cents"), qint64(estimatedCosts.cents())},
            {QStringLiteral("actual_cents"), nullableCents(actualCosts ? std::optional<qint64>(actualCosts->cents()) : std::nullopt)},
            {QStringLiteral("paid_by"), tripPayerCode(paidBy)},
            {QStringLiteral("third_party"), thirdParty},
            {QStringLiteral("partner_travels"), partnerTravels},
            {QStringLiteral("partner_invited_by_host"), partnerInvitedByHost},
            {QStringLiteral("partner_municipal_interest"), partnerMunicipalInterest},
            {QStringLiteral("third_persons"), thirdPersons},
            {QStringLiteral("private_extension_days"), privateExtensionDays},
            {QStringLiteral("decided_by"), nullableText(decidedBy ? decisionBodyCode(*decidedBy) : QString())},
            {QStringLiteral("decision_date"), nullableDate(decisionDate)},
            {QStringLiteral("decision"), nullableText(decision ? verdictCode(*decision) : QString())},
            {QStringLiteral("decision_notes"), decisionNotes},
            {QStringLiteral("conflict_test_date"), nullableDate(conflictTestDate)},
            {QStringLiteral("conflict_test_notes"), conflictTestNotes},
            {QStringLiteral("notes"), notes}};
}

Trip Trip::fromColumns(const QVariantMap &c)
{
    Trip t;
    t.id = c.value(QStringLiteral("id")).toLongLong();
    t.personId = c.value(QStringLiteral("person_id")).toLongLong();
    t.destination = text(c, "destination");
    t.purpose = text(c, "purpose");
    t.policyReasons = text(c, "policy_reasons");
    t.party = text(c, "party");
    t.departure = date(c, "departure_date");
    t.returnDate = date(c, "return_date");
    t.estimatedCosts = Money::fromCents(c.value(QStringLiteral("estimated_cents")).toLongLong());
    if (!c.value(QStringLiteral("actual_cents")).isNull())
        t.actualCosts = Money::fromCents(c.value(QStringLiteral("actual_cents")).toLongLong());
    t.paidBy = tripPayerFromCode(text(c, "paid_by")).value_or(TripPayer::Municipality);
    t.thirdParty = text(c, "third_party");
    t.partnerTravels = c.value(QStringLiteral("partner_travels")).toBool();
    t.partnerInvitedByHost = c.value(QStringLiteral("partner_invited_by_host")).toBool();
    t.partnerMunicipalInterest = c.value(QStringLiteral("partner_municipal_interest")).toBool();
    t.thirdPersons = text(c, "third_persons");
    t.privateExtensionDays = c.value(QStringLiteral("private_extension_days")).toInt();
    t.decidedBy = decisionBodyFromCode(text(c, "decided_by"));
    t.decisionDate = date(c, "decision_date");
    t.decision = verdictFromCode(text(c, "decision"));
    t.decisionNotes = text(c, "decision_notes");
    t.conflictTestDate = date(c, "conflict_test_date");
    t.conflictTestNotes = text(c, "conflict_test_notes");
    t.notes = text(c, "notes");
    return t;
}

QString Trip::searchText() const
{
    return textsearch::normalize(destination + QLatin1Char(' ') + purpose + QLatin1Char(' ') + thirdParty);
}

} // namespace integriteit
