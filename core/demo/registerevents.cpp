// Demo financiële belangen, geschenken, uitnodigingen and dienstreizen of one body.

#include "demo/registersteps.h"

#include "registers/gifts/giftservice.h"
#include "registers/gifts/giftthresholds.h"
#include "registers/interests/financialinterestservice.h"
#include "registers/invitations/invitationservice.h"
#include "registers/trips/tripservice.h"

#include <algorithm>

namespace integriteit::demo {

namespace {

struct GiftKind
{
    const char *description;
    const char *giver; // %1: the place
    int minEuros, maxEuros;
};

// Mostly flowers, wine and books below the threshold; a few gifts of delegations and tickets above it.
const GiftKind kGifts[] = {
    { "Bos bloemen", "Woningstichting %1 Wonen", 15, 35 },
    { "Fles wijn", "Ondernemersvereniging %1", 10, 40 },
    { "Boek over de geschiedenis van %1", "Historische Vereniging %1", 20, 45 },
    { "Kerstpakket", "Bouwbedrijf Van den Heuvel B.V.", 35, 75 },
    { "Paraplu met logo", "Rabobank %1", 10, 25 },
    { "Streekproductenmand", "Stichting Plattelandsontwikkeling %1", 30, 60 },
    { "Toegangskaarten concert", "Stichting Schouwburg %1", 40, 160 },
    { "Porseleinen vaas", "Delegatie van de partnerstad", 60, 280 },
    { "Wijnpakket", "Aannemersbedrijf Jansen & Zn.", 40, 130 },
    { "Dinerbon", "Hotel-restaurant De Gouden Leeuw, %1", 50, 120 },
    { "Doos bonbons", "Zorggroep %1", 8, 20 },
    { "Ingelijste prent", "Oranjevereniging %1", 25, 90 },
};

const char *const kOccasions[] = { "Opening nieuw gebouw", "Jubileum 50 jaar", "Nieuwjaarsreceptie", "Werkbezoek",
    "Kerst", "Bezoek buitenlandse delegatie", "Afscheid directeur", "Toespraak bij de opening van het seizoen" };

struct InvitationKindData
{
    InvitationKind kind;
    const char *description;
    const char *host;
    int minEuros, maxEuros;
};

const InvitationKindData kInvitations[] = {
    { InvitationKind::Reception, "Nieuwjaarsreceptie", "Kamer van Koophandel", 0, 0 },
    { InvitationKind::Dinner, "Diner ter gelegenheid van het 100-jarig bestaan", "Woningstichting %1 Wonen", 60, 120 },
    { InvitationKind::Lunch, "Werklunch met het bestuur", "Rabobank %1", 25, 45 },
    { InvitationKind::Excursion, "Excursie naar het windpark", "Eneco", 40, 90 },
    { InvitationKind::Event, "Wedstrijd in de businessclub", "Betaald voetbalorganisatie", 120, 300 },
    { InvitationKind::Event, "Concert in het Concertgebouw", "BNG Bank", 90, 200 },
    { InvitationKind::Reception, "Receptie opening bedrijfspand", "Bouwbedrijf Van den Heuvel B.V.", 0, 0 },
    { InvitationKind::Other, "Golfdag voor relaties", "Adviesbureau Stedelijk Groen", 150, 400 },
};

struct TripData
{
    const char *destination;
    const char *purpose;
    const char *thirdParty; // empty: the municipality pays
};

const TripData kTrips[] = {
    { "Brussel (België)", "Vergadering van het Europees Comité van de Regio's", "" },
    { "Cannes (Frankrijk)", "Vastgoedbeurs MIPIM met de regio", "Stichting Regionale Ontwikkeling" },
    { "Kopenhagen (Denemarken)", "Studiereis klimaatadaptatie met de VNG", "" },
    { "Hamburg (Duitsland)", "Bezoek haven en warmtenet", "" },
    { "Wenen (Oostenrijk)", "Studiereis sociale woningbouw", "Aedes vereniging van woningcorporaties" },
    { "Tábor (Tsjechië)", "Bezoek aan de partnerstad", "" },
    { "Barcelona (Spanje)", "Smart City Expo", "" },
};

const char *const kCompanies[] = { "Koninklijke Ahold Delhaize N.V.", "ING Groep N.V.", "ASML Holding N.V.",
    "Heijmans N.V.", "Koninklijke BAM Groep N.V.", "Arcadis N.V.", "Koninklijke KPN N.V.", "Unilever PLC" };

// A mean count as a whole number: its integer part and the fraction by chance.
int draw(DemoRandom &random, double mean)
{
    const int whole = int(mean);
    return whole + (random.chance(mean - whole) ? 1 : 0);
}

QString fill(const char *pattern, const QString &place)
{
    const QString text = QString::fromUtf8(pattern);
    return text.contains(QLatin1String("%1")) ? text.arg(place) : text;
}

struct Writer
{
    DemoContext &c;
    QString place = placeName(c.body);
    FinancialInterestService interests { c.work.database(), c.session };
    GiftService gifts { c.work.database(), c.session };
    GiftThresholds thresholds { c.work.database(), c.session };
    InvitationService invitations { c.work.database(), c.session };
    TripService trips { c.work.database(), c.session };

    void interest(const DemoHolder &h, const std::vector<OfficeSpell> &spells)
    {
        FinancialInterest f;
        f.personId = h.person.id;
        if (c.random.chance(0.15)) {
            f.kind = InterestKind::Other;
            f.organisation = QStringLiteral("Energiecoöperatie %1 U.A.").arg(place);
            f.description = QStringLiteral("Participatie in het zonnepark");
        } else {
            f.kind = c.random.chance(0.85) ? InterestKind::Shares : InterestKind::Bonds;
            f.organisation = QString::fromUtf8(kCompanies[c.random.uniform(0, int(std::size(kCompanies)) - 1)]);
        }
        f.acquired = c.random.date(spells.front().from.addYears(-6), spells.back().to);
        if (!c.random.chance(0.06)) // a few without a reporting date: flagged
            f.reported = std::min(std::max(f.acquired, spells.front().from).addDays(c.random.uniform(1, 40)), c.today);
        if (c.random.chance(0.2))
            f.end = c.random.date(f.acquired, c.today);
        interests.create(f);
        ++c.stats.interests;
    }

    void gift(const DemoHolder &h, const QDate &day)
    {
        const GiftKind &kind = kGifts[c.random.uniform(0, int(std::size(kGifts)) - 1)];
        Gift g;
        g.personId = h.person.id;
        g.received = day;
        g.giver = fill(kind.giver, place);
        g.description = fill(kind.description, place);
        g.value = Money::fromCents(qint64(c.random.uniform(kind.minEuros, kind.maxEuros)) * 100);
        g.occasion = QString::fromUtf8(kOccasions[c.random.uniform(0, int(std::size(kOccasions)) - 1)]);
        g.receivedAtHome = c.random.chance(0.03);
        const Office office = ownerAt(h, day).office();
        const bool above = g.value > thresholds.threshold(day.year());
        if (above || g.receivedAtHome || c.random.chance(0.25))
            g.reported = std::min(day.addDays(c.random.uniform(0, 14)), c.today);
        // Most reported gifts get a destination; some above the threshold still wait (attention list).
        if (g.reported.isValid() && c.random.chance(above ? 0.88 : 0.5)) {
            g.decisionDate = std::min(g.reported.addDays(c.random.uniform(0, 30)), c.today);
            g.decidedBy = g.receivedAtHome || c.random.chance(0.15) ? councilBodyFor(office) : officialFor(office);
            static const GiftDestination aboveChoices[] = { GiftDestination::Municipality, GiftDestination::Charity,
                GiftDestination::Staff, GiftDestination::Returned };
            g.destination = above ? aboveChoices[c.random.uniform(0, 3)]
                                  : (c.random.chance(0.8) ? GiftDestination::KeptByPerson : GiftDestination::Staff);
        }
        gifts.create(g);
        ++c.stats.gifts;
    }

    void invitation(const DemoHolder &h, const QDate &day, bool upcoming)
    {
        const InvitationKindData &kind = kInvitations[c.random.uniform(0, int(std::size(kInvitations)) - 1)];
        Invitation i;
        i.personId = h.person.id;
        i.eventDate = day;
        i.kind = kind.kind;
        i.description = QString::fromUtf8(kind.description);
        i.host = fill(kind.host, place);
        if (kind.maxEuros > 0)
            i.value = Money::fromCents(qint64(c.random.uniform(kind.minEuros, kind.maxEuros)) * 100);
        i.functional = kind.kind != InvitationKind::Other || c.random.chance(0.3);
        if (i.needsPriorDecision() && !upcoming && c.random.chance(0.92)) {
            i.decidedBy = councilBodyFor(ownerAt(h, day).office());
            i.decisionDate = day.addDays(-c.random.uniform(3, 30));
            i.decision = c.random.chance(0.85) ? Verdict::Allowed : Verdict::Refused;
        }
        i.accepted = i.functional && (!i.decision || *i.decision == Verdict::Allowed) && c.random.chance(0.85);
        invitations.create(i);
        ++c.stats.invitations;
    }

    void trip(const DemoHolder &h, const QDate &departure, bool upcoming)
    {
        const TripData &data = kTrips[c.random.uniform(0, int(std::size(kTrips)) - 1)];
        Trip t;
        t.personId = h.person.id;
        t.destination = QString::fromUtf8(data.destination);
        t.purpose = QString::fromUtf8(data.purpose);
        t.policyReasons = QStringLiteral("Kennis voor het beleid van %1 en het netwerk in de regio.").arg(place);
        t.party = QStringLiteral("%1, twee ambtenaren").arg(h.person.displayName());
        t.departure = departure;
        t.returnDate = departure.addDays(c.random.uniform(1, 4));
        t.estimatedCosts = Money::fromCents(qint64(c.random.uniform(600, 2500)) * 100);
        if (*data.thirdParty) {
            t.paidBy = TripPayer::ThirdParty;
            t.thirdParty = QString::fromUtf8(data.thirdParty);
        }
        if (!upcoming) {
            if (t.paidBy == TripPayer::ThirdParty) {
                t.conflictTestDate = departure.addDays(-c.random.uniform(20, 40));
                t.conflictTestNotes = QStringLiteral(
                    "Geen belangenverstrengeling: de organisator heeft geen zaken lopen met de gemeente.");
            }
            t.decidedBy = ownerAt(h, departure).office() == Office::Griffie && c.random.chance(0.5)
                ? DecisionBody::SeniorsCouncil
                : DecisionBody::College;
            t.decisionDate = departure.addDays(-c.random.uniform(5, 19));
            t.decision = c.random.chance(0.93) ? Verdict::Allowed : Verdict::Refused;
            if (t.returnDate <= c.today && *t.decision == Verdict::Allowed)
                t.actualCosts = Money::fromCents(t.estimatedCosts.cents() * c.random.uniform(80, 115) / 100);
        }
        if (c.random.chance(0.1))
            t.privateExtensionDays = c.random.uniform(1, 5);
        trips.create(t);
        ++c.stats.trips;
    }
};

// The threshold is one table for the database: the first body sets it, indexed a little each year.
void setThresholds(DemoContext &c, GiftThresholds &thresholds)
{
    if (c.body.index != 0)
        return;
    const int cents[] = { 5000, 5000, 5150, 5300, 5500, 5650, 5800 }; // 2020..2026
    for (int year = 2020; year <= std::min(c.today.year(), 2026); ++year)
        thresholds.set(year, Money::fromCents(cents[year - 2020]));
}

} // namespace

void addRegisterEvents(DemoContext &c)
{
    Writer w { c };
    setThresholds(c, w.thresholds);
    for (const DemoHolder &h : c.holders) {
        const std::vector<OfficeSpell> spells = officeSpells(h, c.today);
        if (spells.empty())
            continue;
        if (c.random.chance(0.12))
            for (int i = c.random.uniform(1, 2); i > 0; --i)
                w.interest(h, spells);
        for (const OfficeSpell &s : spells) {
            const double years = (s.from.daysTo(s.to) + 1) / 365.25;
            // The college receives and is invited far more than the raad.
            const double giftRate = s.college() ? 2.0 : 0.4;
            const double invitationRate = s.college() ? 1.5 : 0.25;
            const double tripRate = s.college() ? 0.25 : 0.02;
            for (int i = draw(c.random, giftRate * years); i > 0; --i)
                w.gift(h, c.random.date(s.from, s.to));
            for (int i = draw(c.random, invitationRate * years); i > 0; --i)
                w.invitation(h, c.random.date(s.from, s.to), false);
            for (int i = draw(c.random, tripRate * years); i > 0; --i) {
                const QDate departure = c.random.date(s.from, s.to);
                if (departure.addDays(-40) >= s.from)
                    w.trip(h, departure, false);
            }
            // Those in office today have things coming up that still need a decision.
            if (s.to == c.today && !s.appointment->end.isValid()) {
                if (c.random.chance(s.college() ? 0.3 : 0.04))
                    w.invitation(h, c.today.addDays(c.random.uniform(5, 90)), true);
                if (c.random.chance(s.college() ? 0.12 : 0.01))
                    w.trip(h, c.today.addDays(c.random.uniform(10, 120)), true);
            }
        }
    }
}

} // namespace integriteit::demo
