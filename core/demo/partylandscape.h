#pragma once
// The party groups of one body over the years: which real parties take part there, how strong
// each is locally, the local parties ("Leefbaar Leiderdorp"), and the seats of every election.

#include "demo/democontext.h"

#include <QString>
#include <vector>

namespace integriteit::demo {

struct PartyDef;

struct ElectionResult
{
    QString party;
    int seats = 0;
};

class PartyLandscape
{
public:
    PartyLandscape(const DemoBody &body, DemoRandom &random);

    // Seats per party group in election `term` (0 = the first of the demo), largest first; the
    // seats add up to the body's seats.
    std::vector<ElectionResult> election(int term);

    // The group a member of `party` stands for in election `term`: itself, its heir when it has
    // merged (GroenLinks and PvdA into GroenLinks-PvdA), or empty when it no longer takes part.
    QString standsFor(const QString &party, int term) const;

    double femaleShare(const QString &party) const;
    // Chance that a new member has a migration background.
    double diversity(const QString &party) const;

private:
    struct Contender
    {
        QString name;
        const PartyDef *def = nullptr; // null for a local party
        double strength = 1; // how well it does here compared with elsewhere
        double affinity = 0; // below a party's participation chance: it takes part
        int fixedSeats = 0; // waterschap: geborgde zetels, appointed not elected
    };
    const Contender *find(const QString &name) const;
    bool takesPart(const Contender &c, int term) const;
    double sizeFactor() const;

    const DemoBody &m_body;
    DemoRandom &m_random;
    std::vector<Contender> m_contenders;
};

// The short name a place goes by in party names: "Den Haag" for 's-Gravenhage.
QString everydayName(const QString &place);

} // namespace integriteit::demo
