// Demo nevenfuncties, neveninkomsten, verrekening and inventarisatie of one body.

#include "demo/registersteps.h"

#include "demo/partylandscape.h"
#include "registers/income/settlementservice.h"
#include "registers/income/sideincomeservice.h"
#include "registers/inventory/inventoryservice.h"
#include "registers/sidepositions/sidepositionservice.h"

#include <algorithm>

namespace integriteit::demo {

namespace {

struct PositionKind
{
    const char *description;
    const char *organisation; // %1: the place, %2: the holder's surname
    double paid; // chance that it is paid
    int minIncome, maxIncome; // euros a year when paid
};

// What raadsleden and wethouders do besides their office: their job, boards, clubs.
const PositionKind kPersonal[] = {
    { "Lid raad van toezicht", "Stichting Welzijn %1", 0.5, 1500, 6000 },
    { "Voorzitter", "Voetbalvereniging %1 Boys", 0.0, 0, 0 },
    { "Eigenaar", "Adviesbureau %2", 1.0, 15000, 90000 },
    { "Penningmeester", "Historische Vereniging %1", 0.0, 0, 0 },
    { "Bestuurslid", "Ondernemersvereniging %1", 0.0, 0, 0 },
    { "Docent economie", "ROC %1 e.o.", 1.0, 30000, 55000 },
    { "Beleidsmedewerker", "Waterschap %1", 1.0, 35000, 60000 },
    { "Leraar basisonderwijs", "Openbare Basisschool De Regenboog, %1", 1.0, 30000, 50000 },
    { "Huisarts", "Huisartsenpraktijk %2", 1.0, 60000, 120000 },
    { "Directeur-eigenaar", "%2 Installatietechniek B.V.", 1.0, 40000, 110000 },
    { "Lid raad van commissarissen", "Woningstichting %1 Wonen", 1.0, 8000, 16000 },
    { "Voorzitter", "Oranjevereniging %1", 0.0, 0, 0 },
    { "Secretaris", "Harmonie Sint-Caecilia %1", 0.0, 0, 0 },
    { "Vrijwilliger", "Voedselbank %1", 0.0, 0, 0 },
    { "Ouderling", "Protestantse Gemeente %1", 0.0, 0, 0 },
    { "Bestuurslid", "Stichting Dorpshuis %1", 0.0, 0, 0 },
    { "Lid raad van advies", "Stichting Natuur en Milieu %1", 0.2, 500, 1500 },
    { "Voorzitter medezeggenschapsraad", "Basisschool De Wegwijzer, %1", 0.0, 0, 0 },
    { "Mede-eigenaar", "Melkveebedrijf %2 v.o.f.", 1.0, 20000, 70000 },
    { "Partner", "Advocatenkantoor %2 & Partners", 1.0, 70000, 150000 },
    { "Lid raad van toezicht", "Zorggroep %1", 1.0, 9000, 18000 },
    { "Gastdocent bestuurskunde", "Hogeschool %1", 1.0, 1000, 5000 },
    { "Lid bezwaarschriftencommissie", "Gemeente %2sveld", 1.0, 2000, 6000 },
};

// Ambtshalve (q.q.) positions of the college: the joint arrangements and companies the municipality
// takes part in. Vacation fees are paid to the municipality.
const PositionKind kExOfficio[] = {
    { "Lid algemeen bestuur", "Veiligheidsregio %1", 0.0, 0, 0 },
    { "Lid algemeen bestuur", "GGD %1", 0.0, 0, 0 },
    { "Lid dagelijks bestuur", "Omgevingsdienst %1", 0.3, 800, 2500 },
    { "Lid algemeen bestuur", "Gemeenschappelijke regeling Sociale Werkvoorziening %1", 0.0, 0, 0 },
    { "Lid algemene vergadering van aandeelhouders", "Enexis Holding N.V.", 0.0, 0, 0 },
    { "Lid algemene vergadering van aandeelhouders", "BNG Bank N.V.", 0.0, 0, 0 },
    { "Lid bestuur", "Vereniging van Nederlandse Gemeenten, afdeling %1", 0.5, 1000, 3000 },
    { "Lid stuurgroep", "Regiodeal %1", 0.0, 0, 0 },
    { "Lid raad van toezicht", "Stichting Openbaar Onderwijs %1", 0.4, 1500, 4000 },
};

const PositionKind kMayor[] = {
    { "Voorzitter", "Veiligheidsregio %1", 0.0, 0, 0 },
    { "Lid Regionaal Bestuurlijk Overleg", "Politie-eenheid %1", 0.0, 0, 0 },
    { "Voorzitter", "Comité 4 en 5 mei %1", 0.0, 0, 0 },
    { "Lid dagelijks bestuur", "Regionaal Informatie en Expertise Centrum %1", 0.0, 0, 0 },
    { "Voorzitter", "Stichting Vrienden van het Museum %1", 0.0, 0, 0 },
};

QString fill(const char *pattern, const QString &place, const Person &person)
{
    QString text = QString::fromUtf8(pattern);
    text.replace(QLatin1String("%1"), place);
    return text.replace(QLatin1String("%2"), person.lastName);
}

// The board and the region the q.q. positions name: the province stands in for the region.
QString regionOf(const DemoBody &body)
{
    return body.province.isEmpty() ? placeName(body) : body.province;
}

bool overlapsCollege(const std::vector<OfficeSpell> &spells, const QDate &from, const QDate &to)
{
    return std::any_of(spells.begin(), spells.end(),
        [&](const OfficeSpell &s) { return s.college() && s.from <= to && (!from.isValid() || s.to >= from); });
}

struct Writer
{
    DemoContext &c;
    SidePositionService positions { c.work.database(), c.session };
    SideIncomeService incomes { c.work.database(), c.session };
    QString place = placeName(c.body);

    void income(const SidePosition &p, const PositionKind &kind, const std::vector<OfficeSpell> &spells)
    {
        if (!p.paid)
            return;
        const int last = std::min(p.end.isValid() ? p.end.year() : c.today.year(), c.today.year());
        const bool big = !p.exOfficio && c.random.chance(0.3); // enough to be settled against the salary
        for (int year = p.start.year(); year <= last; ++year) {
            const auto spell = std::find_if(spells.begin(), spells.end(),
                [&](const OfficeSpell &s) { return s.from.year() <= year && s.to.year() >= year; });
            if (spell == spells.end() || (year == c.today.year() && !c.random.chance(0.2)))
                continue; // only years in office; this year's income is mostly known next year
            SideIncome i;
            i.positionId = p.id;
            i.year = year;
            const int euros = big ? c.random.uniform(22000, 45000) : c.random.uniform(kind.minIncome, kind.maxIncome);
            i.amount = Money::fromCents(qint64(euros) * 100 + c.random.uniform(0, 99));
            const bool mustPublish = std::any_of(spells.begin(), spells.end(), [&](const OfficeSpell &s) {
                return s.fullTimeCollege() && s.from.year() <= year && s.to.year() >= year;
            });
            // Full-time college members publish before 1 April; a few forget (the list flags it).
            if (mustPublish && c.random.chance(0.9))
                i.published = std::min(QDate(year + 1, c.random.uniform(1, 3), c.random.uniform(1, 28)), c.today);
            incomes.create(i);
            ++c.stats.sideIncomes;
        }
    }

    void position(const DemoHolder &h, const std::vector<OfficeSpell> &spells, const PositionKind &kind, bool exOfficio,
        const OfficeSpell *spell)
    {
        SidePosition p;
        p.personId = h.person.id;
        p.description = QString::fromUtf8(kind.description);
        p.organisation = fill(kind.organisation, exOfficio ? regionOf(c.body) : place, h.person);
        p.exOfficio = exOfficio;
        p.paid = c.random.chance(kind.paid);
        if (exOfficio) {
            // For the time in the college: from installation (or a little later) to leaving.
            p.start = std::min(spell->from.addDays(c.random.uniform(0, 60)), c.today);
            if (spell->appointment->end.isValid())
                p.end = std::max(p.start, spell->appointment->end);
            p.reported = std::min(p.start.addDays(c.random.uniform(0, 20)), c.today);
        } else {
            // Many positions began before the office and are reported at installation.
            const QDate first = spells.front().from;
            p.start = c.random.date(first.addYears(-8), spells.back().to);
            if (c.random.chance(0.35))
                p.end = std::min(c.random.date(p.start.addMonths(3), p.start.addYears(10)), c.today);
            const QDate known = std::max(p.start, first);
            p.reported = std::min(known.addDays(c.random.uniform(0, 45)), c.today);
            if (c.random.chance(0.05))
                p.reported = QDate(); // never reported: the list shows the gap
            if (overlapsCollege(spells, p.start, p.end.isValid() ? p.end : c.today) && c.random.chance(0.88)) {
                // GC 3.6: reported to the raad and discussed in the college before accepting; the
                // rest lacks the dates and is flagged.
                const auto college
                    = std::find_if(spells.begin(), spells.end(), [](const OfficeSpell &s) { return s.college(); });
                const QDate basis = std::max(p.start, college->from);
                p.raadNotified = std::min(basis.addDays(-c.random.uniform(3, 40)), c.today);
                p.collegeDiscussed = std::min(p.raadNotified.addDays(c.random.uniform(0, 10)), c.today);
            }
        }
        if (c.random.chance(0.03))
            p.notes = QStringLiteral("Functie uitgebreid toegelicht in het gesprek bij de installatie.");
        p.id = positions.create(p);
        ++c.stats.sidePositions;
        income(p, kind, spells);
    }
};

void setSettlementParameters(DemoContext &c, SettlementService &settlement, int firstYear)
{
    // Rechtspositiebesluit: the salary follows the size class; a rough scale by seats, indexed 2 % a year.
    const double size = std::clamp(c.body.seats / 29.0, 0.6, 1.8);
    for (int year = firstYear; year <= c.today.year(); ++year) {
        const double index = std::pow(1.02, year - 2014);
        SettlementParameters p;
        p.organisationId = c.body.id;
        p.year = year;
        p.aldermanSalary = Money::fromCents(qint64(std::llround(92000.0 * size * index)) * 100);
        p.mayorSalary = Money::fromCents(qint64(std::llround(108000.0 * size * index)) * 100);
        settlement.setParameters(p);
    }
}

void recordSettlements(
    DemoContext &c, SettlementService &settlement, const DemoHolder &h, const std::vector<OfficeSpell> &spells)
{
    for (int year = spells.front().from.year(); year < c.today.year(); ++year) {
        if (!std::any_of(spells.begin(), spells.end(), [&](const OfficeSpell &s) {
                return s.fullTimeCollege() && s.from.year() <= year && s.to.year() >= year;
            }))
            continue;
        const SettlementCase sc = settlement.compute(h.person.id, year);
        // Last year's decision is due by 30 June: about half are taken; older ones mostly are.
        if (!sc.applies || !c.random.chance(year == c.today.year() - 1 ? 0.5 : 0.94))
            continue;
        SettlementDecision d;
        d.personId = h.person.id;
        d.year = year;
        d.settled = sc.result.deduction;
        d.nothingToSettle = d.settled.cents() == 0;
        d.decisionDate = std::min(QDate(year + 1, c.random.uniform(4, 6), c.random.uniform(1, 28)), c.today);
        d.decisionText = QStringLiteral("Collegebesluit %1/%2: verrekening neveninkomsten %3")
                             .arg(year + 1)
                             .arg(c.random.uniform(100, 999))
                             .arg(year);
        settlement.recordDecision(d);
    }
}

void confirmInventories(
    DemoContext &c, InventoryService &inventory, const DemoHolder &h, const std::vector<OfficeSpell> &spells)
{
    const int first = spells.front().from.year();
    for (int year = first; year <= spells.back().to.year(); ++year) {
        const QDate sent = InventoryService::startDateIn(c.work.database().connection(), year);
        if (sent > c.today)
            continue;
        const double p = year == c.today.year() ? 0.6 : year == c.today.year() - 1 ? 0.85 : 0.97;
        if (!c.random.chance(p))
            continue;
        InventoryConfirmation ic;
        ic.personId = h.person.id;
        ic.year = year;
        ic.confirmed = std::min(sent.addDays(c.random.uniform(3, 90)), c.today);
        if (c.random.chance(0.08)) {
            ic.corrected = true;
            ic.notes = c.random.chance(0.5) ? QStringLiteral("Einddatum van een bestuursfunctie aangevuld.")
                                            : QStringLiteral("Nieuwe onbezoldigde functie toegevoegd.");
        }
        inventory.confirm(ic);
    }
}

} // namespace

void addSidePositions(DemoContext &c)
{
    Writer w { c };
    SettlementService settlement(c.work.database(), c.session);
    InventoryService inventory(c.work.database(), c.session);
    int firstYear = c.today.year();
    for (const DemoHolder &h : c.holders)
        if (!h.appointments.empty())
            firstYear = std::min(firstYear, h.appointments.front().start.year());
    setSettlementParameters(c, settlement, firstYear);

    for (const DemoHolder &h : c.holders) {
        const std::vector<OfficeSpell> spells = officeSpells(h, c.today);
        if (spells.empty())
            continue;
        // Raadsleden list their job and a handful of boards and clubs: 1 to 11, most often 5 or 6.
        const int personal = c.random.weighted({ 0, 0.2, 0.5, 1.0, 1.5, 2.0, 2.0, 1.5, 1.2, 0.8, 0.5, 0.3 });
        for (int i = 0; i < personal; ++i)
            w.position(h, spells, kPersonal[c.random.uniform(0, int(std::size(kPersonal)) - 1)], false, nullptr);
        for (const OfficeSpell &s : spells) {
            if (!s.college())
                continue;
            const bool mayor = s.appointment->role == HolderRole::Mayor;
            const int count = mayor ? c.random.uniform(3, 5) : c.random.uniform(1, 3);
            for (int i = 0; i < count; ++i) {
                const PositionKind &kind = mayor && i < 2
                    ? kMayor[c.random.uniform(0, int(std::size(kMayor)) - 1)]
                    : kExOfficio[c.random.uniform(0, int(std::size(kExOfficio)) - 1)];
                w.position(h, spells, kind, true, &s);
            }
        }
        recordSettlements(c, settlement, h, spells);
        confirmInventories(c, inventory, h, spells);
    }
}

} // namespace integriteit::demo
