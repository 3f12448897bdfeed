#include "partylandscape.h"

#include "demo/dutchplaces.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace integriteit::demo {

struct PartyDef
{
    const char *name;
    double support[4]; // share of the vote where it takes part, per election of the body's kind
    double participation[4]; // chance that it takes part in one body, per election
    double female; // share of women among its office holders
    double diverse; // factor on the share of members with a migration background
    const char *heir; // where its members stand when it no longer takes part itself
};

namespace {

// Gemeenteraad elections 2014, 2018, 2022, 2026.
constexpr PartyDef kMunicipal[] = {
    { "VVD", { 13.5, 14, 12, 11 }, { 0.97, 0.97, 0.97, 0.95 }, 0.30, 1.0, nullptr },
    { "CDA", { 14.5, 13.5, 11.5, 11.5 }, { 0.98, 0.98, 0.97, 0.97 }, 0.30, 0.8, nullptr },
    { "D66", { 13, 11, 10, 12 }, { 0.8, 0.8, 0.8, 0.85 }, 0.45, 1.2, nullptr },
    { "PvdA", { 11, 8, 8, 0 }, { 0.9, 0.85, 0.8, 0 }, 0.45, 1.6, "GroenLinks-PvdA" },
    { "GroenLinks", { 9, 11, 11, 0 }, { 0.55, 0.7, 0.7, 0 }, 0.55, 1.5, "GroenLinks-PvdA" },
    { "GroenLinks-PvdA", { 0, 0, 0, 15 }, { 0, 0, 0, 0.9 }, 0.50, 1.6, nullptr },
    { "SP", { 7, 6, 5, 5 }, { 0.5, 0.4, 0.3, 0.25 }, 0.40, 1.2, nullptr },
    { "ChristenUnie", { 7, 7, 7, 6.5 }, { 0.45, 0.45, 0.45, 0.42 }, 0.30, 0.4, nullptr },
    { "SGP", { 8, 8, 8, 8 }, { 0.25, 0.25, 0.25, 0.25 }, 0.03, 0.1, nullptr },
    { "PVV", { 8, 7, 6, 6 }, { 0.01, 0.09, 0.13, 0.3 }, 0.20, 0.5, nullptr },
    { "Partij voor de Dieren", { 3, 3.5, 4, 4 }, { 0.03, 0.1, 0.15, 0.2 }, 0.60, 0.8, nullptr },
    { "JA21", { 0, 0, 5, 5 }, { 0, 0, 0.04, 0.3 }, 0.20, 0.5, nullptr },
    { "BBB", { 0, 0, 8, 9 }, { 0, 0, 0.01, 0.45 }, 0.30, 0.3, nullptr },
    { "Volt", { 0, 0, 3.5, 4 }, { 0, 0, 0.05, 0.2 }, 0.45, 1.5, nullptr },
    { "DENK", { 0, 6, 6, 6 }, { 0, 0.04, 0.05, 0.05 }, 0.30, 9.0, nullptr },
    { "50PLUS", { 3, 3, 2.5, 2 }, { 0.05, 0.05, 0.02, 0.01 }, 0.35, 0.5, nullptr },
};
// Provinciale Staten elections 2015, 2019, 2023.
constexpr PartyDef kProvincial[] = {
    { "VVD", { 16, 14, 11.2 }, { 1, 1, 1 }, 0.30, 1.0, nullptr },
    { "CDA", { 14.7, 11.1, 6.6 }, { 1, 1, 1 }, 0.30, 0.8, nullptr },
    { "D66", { 12.5, 7.8, 5.8 }, { 1, 1, 1 }, 0.45, 1.2, nullptr },
    { "PVV", { 11.7, 6.9, 5.5 }, { 1, 1, 1 }, 0.20, 0.5, nullptr },
    { "SP", { 11.7, 5.9, 3.3 }, { 1, 1, 1 }, 0.40, 1.2, nullptr },
    { "PvdA", { 10.1, 8.5, 0 }, { 1, 1, 0 }, 0.45, 1.6, "GroenLinks-PvdA" },
    { "GroenLinks", { 5.4, 10.8, 0 }, { 1, 1, 0 }, 0.55, 1.5, "GroenLinks-PvdA" },
    { "GroenLinks-PvdA", { 0, 0, 17 }, { 0, 0, 1 }, 0.50, 1.6, nullptr },
    { "ChristenUnie", { 4.2, 4.8, 3.4 }, { 1, 1, 1 }, 0.30, 0.4, nullptr },
    { "SGP", { 2.5, 2.5, 2.4 }, { 0.75, 0.75, 0.75 }, 0.03, 0.1, nullptr },
    { "Partij voor de Dieren", { 3.4, 4.4, 4.9 }, { 1, 1, 1 }, 0.60, 0.8, nullptr },
    { "50PLUS", { 3.4, 3.6, 0.8 }, { 1, 1, 0.6 }, 0.35, 0.5, nullptr },
    { "Forum voor Democratie", { 0, 14.5, 2.6 }, { 0, 1, 1 }, 0.15, 0.5, nullptr },
    { "JA21", { 0, 0, 4.5 }, { 0, 0, 1 }, 0.20, 0.5, nullptr },
    { "BBB", { 0, 0, 19.2 }, { 0, 0, 1 }, 0.30, 0.3, nullptr },
    { "Volt", { 0, 0, 2.8 }, { 0, 0, 1 }, 0.45, 1.5, nullptr },
};
// Waterschap elections 2015, 2019, 2023; the geborgde zetels are added separately.
constexpr PartyDef kWaterBoard[] = {
    { "VVD", { 16, 15, 11 }, { 1, 1, 1 }, 0.25, 0.8, nullptr },
    { "CDA", { 13, 12, 7 }, { 1, 1, 1 }, 0.25, 0.6, nullptr },
    { "PvdA", { 11, 9, 7 }, { 1, 1, 0.9 }, 0.40, 1.2, nullptr },
    { "Water Natuurlijk", { 14, 14, 11 }, { 1, 1, 1 }, 0.45, 1.0, nullptr },
    { "AWP", { 12, 10, 7 }, { 0.9, 0.9, 0.9 }, 0.30, 0.6, nullptr },
    { "Partij voor de Dieren", { 7, 7, 6 }, { 1, 1, 1 }, 0.60, 0.6, nullptr },
    { "50PLUS", { 5, 6, 2 }, { 0.8, 0.9, 0.5 }, 0.35, 0.5, nullptr },
    { "ChristenUnie", { 6, 6, 4 }, { 0.8, 0.8, 0.8 }, 0.30, 0.3, nullptr },
    { "SGP", { 5, 5, 5 }, { 0.5, 0.5, 0.5 }, 0.03, 0.1, nullptr },
    { "BBB", { 0, 0, 23 }, { 0, 0, 1 }, 0.25, 0.3, nullptr },
    { "JA21", { 0, 0, 5 }, { 0, 0, 0.9 }, 0.20, 0.5, nullptr },
};

std::span<const PartyDef> definitions(OrganisationKind kind)
{
    switch (kind) {
    case OrganisationKind::Municipality:
        return kMunicipal;
    case OrganisationKind::Province:
        return kProvincial;
    case OrganisationKind::WaterBoard:
        return kWaterBoard;
    }
    return kMunicipal;
}

// Share of the vote that goes to local parties in gemeenteraad elections.
constexpr double kLocalShare[] = { 28, 32, 35, 33 };

bool bibleBelt(const QString &province)
{
    static const QStringList belt
        = { QStringLiteral("Zeeland"), QStringLiteral("Zuid-Holland"), QStringLiteral("Gelderland"),
              QStringLiteral("Utrecht"), QStringLiteral("Overijssel"), QStringLiteral("Flevoland") };
    return belt.contains(province);
}

// The last election in the tables; later terms repeat it.
int lastElection(OrganisationKind kind)
{
    return kind == OrganisationKind::Municipality ? 3 : 2;
}

bool catholicSouth(const QString &province)
{
    return province == QLatin1String("Limburg") || province == QLatin1String("Noord-Brabant");
}

} // namespace

QString everydayName(const QString &place)
{
    if (place == QLatin1String("'s-Gravenhage"))
        return QStringLiteral("Den Haag");
    if (place == QLatin1String("'s-Hertogenbosch"))
        return QStringLiteral("Den Bosch");
    if (place.startsWith(QLatin1String("Nuenen")))
        return QStringLiteral("Nuenen");
    QString name = place;
    const int paren = name.indexOf(QLatin1String(" ("));
    return paren > 0 ? name.left(paren) : name;
}

PartyLandscape::PartyLandscape(const DemoBody &body, DemoRandom &random)
    : m_body(body)
    , m_random(random)
{
    const bool belt = bibleBelt(body.province);
    const bool south = catholicSouth(body.province);
    for (const PartyDef &def : definitions(body.kind)) {
        Contender c;
        c.name = QString::fromUtf8(def.name);
        c.def = &def;
        c.strength = random.lognormal(0.45);
        c.affinity = random.real();
        const bool orthodox = c.name == QLatin1String("SGP") || c.name == QLatin1String("ChristenUnie");
        if (orthodox && belt) {
            c.affinity *= 0.5;
            c.strength *= 1.5;
        }
        if (orthodox && body.kind == OrganisationKind::Municipality && body.seats >= 33)
            c.strength *= 0.4; // strong in villages, small in cities
        if (orthodox && south) {
            c.affinity = std::min(0.999, c.affinity * 8);
        }
        if (c.name == QLatin1String("CDA") && (south || body.province == QLatin1String("Overijssel")))
            c.strength *= 1.35;
        m_contenders.push_back(c);
    }

    if (body.kind == OrganisationKind::Municipality) {
        // One to three local parties, persistent over the years: the local landscape stays recognisable.
        const QString place = everydayName(body.name);
        QStringList patterns = { QStringLiteral("Leefbaar %1"), QStringLiteral("Gemeentebelangen %1"),
            QStringLiteral("Lokaal Belang"), QStringLiteral("Burgerbelangen %1"), QStringLiteral("Progressief %1"),
            QStringLiteral("Onafhankelijke Partij %1"), QStringLiteral("%1 Lokaal") };
        random.shuffle(patterns);
        // Cities often have a stadspartij, villages their dorpsbelangen.
        if (body.seats >= 33 && random.chance(0.5))
            patterns.prepend(QStringLiteral("Stadspartij %1"));
        if (body.seats <= 27 && random.chance(0.4))
            patterns.prepend(QStringLiteral("Dorpsbelangen"));
        const int count = random.uniform(1, body.seats >= 31 ? 3 : 2);
        for (int i = 0; i < count; ++i) {
            Contender c;
            c.name = patterns.at(i).contains(QLatin1String("%1")) ? patterns.at(i).arg(place) : patterns.at(i);
            c.strength = random.lognormal(0.5) * (i == 0 ? 1.3 : 0.8) * (south ? 1.3 : 1.0);
            c.affinity = i == 0 ? 0 : random.real() * 0.6; // later local parties may start or stop
            m_contenders.push_back(c);
        }
        if (body.province == QLatin1String("Friesland") && random.chance(0.7)) {
            Contender fnp;
            fnp.name = QStringLiteral("FNP");
            fnp.strength = random.lognormal(0.3) * 0.8;
            m_contenders.push_back(fnp);
        }
    } else if (body.kind == OrganisationKind::Province) {
        for (const ProvinceData &p : provinces())
            if (body.name == QString::fromUtf8(p.name) && p.regionalParty) {
                Contender c;
                c.name = QString::fromUtf8(p.regionalParty);
                c.strength = random.lognormal(0.3);
                m_contenders.push_back(c);
            }
    } else {
        // Geborgde zetels: appointed by the organisations of landowners, businesses and nature areas.
        const bool large = body.seats >= 27;
        const std::pair<const char *, int> borg[]
            = { { "Ongebouwd", large ? 3 : 2 }, { "Bedrijven", large ? 2 : 1 }, { "Natuurterreinen", large ? 2 : 1 } };
        for (const auto &[name, seats] : borg) {
            Contender c;
            c.name = QString::fromUtf8(name);
            c.fixedSeats = seats;
            m_contenders.push_back(c);
        }
    }
}

double PartyLandscape::sizeFactor() const
{
    // Small parties take part in the cities first.
    if (m_body.kind != OrganisationKind::Municipality)
        return 1;
    const int s = m_body.seats;
    return s >= 45 ? 8.0 : s >= 39 ? 3.5 : s >= 33 ? 2.0 : s >= 27 ? 1.2 : s <= 17 ? 0.4 : 0.8;
}

bool PartyLandscape::takesPart(const Contender &c, int term) const
{
    if (c.fixedSeats > 0)
        return true;
    if (!c.def) // local party
        return c.affinity < 0.35 + 0.15 * term || c.affinity == 0;
    const double p = c.def->participation[std::min(term, lastElection(m_body.kind))];
    if (p <= 0)
        return false;
    const double effective = p >= 0.8 ? p : std::min(1.0, p * sizeFactor());
    return c.affinity < effective;
}

const PartyLandscape::Contender *PartyLandscape::find(const QString &name) const
{
    for (const Contender &c : m_contenders)
        if (c.name == name)
            return &c;
    return nullptr;
}

std::vector<ElectionResult> PartyLandscape::election(int term)
{
    const int t = std::min(term, lastElection(m_body.kind));
    std::vector<const Contender *> running;
    std::vector<double> votes;
    int free = m_body.seats;
    std::vector<ElectionResult> results;
    double localStrength = 0;
    for (const Contender &c : m_contenders)
        if (!c.def && !c.fixedSeats && takesPart(c, term))
            localStrength += c.strength;
    for (const Contender &c : m_contenders) {
        if (!takesPart(c, term))
            continue;
        if (c.fixedSeats > 0) {
            results.push_back({ c.name, c.fixedSeats });
            free -= c.fixedSeats;
            continue;
        }
        double share;
        if (c.def) {
            share = c.def->support[t] * c.strength;
        } else if (m_body.kind == OrganisationKind::Municipality) {
            const double small = m_body.seats <= 19 ? 1.3 : m_body.seats >= 39 ? 0.7 : 1.0;
            share = kLocalShare[t] * small * c.strength / std::max(0.01, localStrength);
        } else {
            share = 3.5 * c.strength; // provincial party
        }
        share *= m_random.lognormal(0.25); // this election's mood
        running.push_back(&c);
        votes.push_back(share);
    }

    // D'Hondt, as the Kieswet does for councils of 19 seats and more.
    std::vector<int> seats(running.size(), 0);
    for (int s = 0; s < free; ++s) {
        size_t best = 0;
        double bestQuotient = -1;
        for (size_t i = 0; i < running.size(); ++i) {
            const double q = votes[i] / (seats[i] + 1);
            if (q > bestQuotient) {
                bestQuotient = q;
                best = i;
            }
        }
        ++seats[best];
    }
    for (size_t i = 0; i < running.size(); ++i)
        if (seats[i] > 0)
            results.push_back({ running[i]->name, seats[i] });
    std::stable_sort(results.begin(), results.end(),
        [](const ElectionResult &a, const ElectionResult &b) { return a.seats > b.seats; });
    return results;
}

QString PartyLandscape::standsFor(const QString &party, int term) const
{
    const Contender *c = find(party);
    if (!c)
        return {}; // a one-person group after a split
    if (takesPart(*c, term))
        return party;
    if (c->def && c->def->heir) {
        const QString heir = QString::fromUtf8(c->def->heir);
        const Contender *h = find(heir);
        if (h && takesPart(*h, term))
            return heir;
    }
    return {};
}

double PartyLandscape::femaleShare(const QString &party) const
{
    const Contender *c = find(party);
    if (c && c->def)
        return c->def->female;
    return 0.33;
}

double PartyLandscape::diversity(const QString &party) const
{
    const Contender *c = find(party);
    const double factor = c && c->def ? c->def->diverse : 0.6;
    double base = 0.04;
    if (m_body.kind == OrganisationKind::Municipality)
        base = m_body.seats >= 45 ? 0.22 : m_body.seats >= 39 ? 0.12 : m_body.seats >= 33 ? 0.07 : 0.03;
    return std::min(0.9, base * factor);
}

} // namespace integriteit::demo
