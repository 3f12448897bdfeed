// Demo declaraties of one body: the college's claims and, where the body reimburses them, those of
// the raad, in every state of the workflow, with advances. Everything goes through ClaimService
// with the day of each step as its `today`; only the time stamp of each claim_events row is set
// back to that day afterwards, because the service stamps the real clock and then (rightly) refuses
// a payment dated before "now".

#include "demo/registersteps.h"
#include "demo/demoreceipt.h"

#include "claims/advanceservice.h"
#include "claims/claimservice.h"
#include "demo/demoofficials.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace integriteit::demo {

namespace {

struct LineKind
{
    const char *category;
    const char *description; // %1: the place
    const char *reason;
    int minCents, maxCents;
};

const LineKind kLines[] = {
    { "reis", "Treinreis %1 - Den Haag v.v.", "Overleg met het ministerie over de regiodeal", 1800, 6400 },
    { "reis", "Parkeerkosten", "Werkbezoek aan een bedrijf in de gemeente", 350, 2500 },
    { "reis", "Taxi station - congrescentrum", "Geen openbaar vervoer op tijd beschikbaar", 1900, 7500 },
    { "reis", "Kilometervergoeding eigen auto", "Vergadering gemeenschappelijke regeling", 900, 6800 },
    { "verblijf", "Hotelovernachting congres", "Tweedaags congres, vergadering tot laat in de avond", 8900, 17900 },
    { "representatie", "Bloemen 100-jarige inwoner", "Felicitatie namens het gemeentebestuur", 2500, 4500 },
    { "representatie", "Attentie bij jubileum vereniging", "Vertegenwoordiging van de gemeente", 2000, 5000 },
    { "representatie", "Lunch met delegatie partnerstad", "Ontvangst van de delegatie namens het college", 4500,
        18000 },
    { "opleiding", "Congres VNG", "Kennis voor de portefeuille", 19500, 59500 },
    { "opleiding", "Cursus debatvaardigheden", "Scholing voor het raadswerk", 15000, 89500 },
    { "ict", "Telefoonabonnement", "Bereikbaarheid voor het ambt", 1500, 4500 },
    { "ict", "Inktcartridges printer", "Raadsstukken thuis printen", 2500, 6900 },
    { "overig", "Vakliteratuur", "Achtergrond bij de portefeuille", 1900, 5900 },
};

const char *const kRejections[] = { "Privékosten: het diner was geen onderdeel van het ambt.",
    "Dubbel gedeclareerd: de kosten zijn al vergoed via de creditcard.",
    "Ingediend na meer dan drie maanden zonder toelichting." };

struct Writer
{
    DemoContext &c;
    DemoOfficials officials;
    QString place = placeName(c.body);
    ClaimService clerk { c.work.database(), officials.clerk };
    ClaimService second { c.work.database(), officials.second };
    ClaimService mayor { c.work.database(), officials.mayor };
    AdvanceService advances { c.work.database(), officials.clerk };
    ClaimLine m_last {}; // the line entered before, for an occasional duplicate
    int m_recent = 0; // recent claims so far, for nextRecentStop()

    // The service stamps claim_events with the real clock; the demo's history happened on `day`.
    void backdate(qint64 claimId, const QDate &day)
    {
        SqlQuery(c.work.database().connection(),
            QStringLiteral("UPDATE claim_events SET at_utc = :at WHERE id = (SELECT max(id) FROM claim_events "
                           "WHERE claim_id = :claim)"),
            SqlQuery::Reuse::Yes)
            .bind(QStringLiteral(":at"), demoMoment(day, c.random))
            .bind(QStringLiteral(":claim"), claimId)
            .exec();
    }

    void step(ClaimService &as, qint64 id, ClaimAction action, QDate &day, int maxDays, const QString &text = {},
        bool dated = false)
    {
        day = std::min(day.addDays(c.random.uniform(0, maxDays)), c.today);
        as.transition(id, action, { text, dated ? day : QDate() }, day);
        backdate(id, day);
    }

    // The path of a claim through the workflow; `age` (days since submission) leaves recent ones
    // half way.
    // Where a recent claim stops, in turn, so every state of the workflow is on screen in every
    // body; older claims have run their course.
    enum class Stop { None, Draft, Submitted, Checked, AtMayor, AtBody, Approved, Rejected, Paid };

    Stop nextRecentStop()
    {
        static const Stop cycle[] = { Stop::Draft, Stop::Submitted, Stop::Checked, Stop::AtMayor, Stop::AtBody,
            Stop::Approved, Stop::Rejected, Stop::Paid };
        return cycle[m_recent++ % std::size(cycle)];
    }

    void workflow(qint64 id, HolderRole claimant, QDate day, Stop stop)
    {
        step(clerk, id, ClaimAction::Submit, day, 0);
        if (stop == Stop::Submitted)
            return;
        step(clerk, id, ClaimAction::Check, day, 6);
        if (stop == Stop::Checked)
            return;
        // Doubt and refusal are rare among the claims that ran their course.
        const double r = c.random.real();
        if (stop == Stop::Rejected || (stop == Stop::None && r < 0.03)) {
            step(second, id, ClaimAction::Reject, day, 5, QString::fromUtf8(kRejections[c.random.uniform(0, 2)]));
            return;
        }
        if (stop == Stop::AtMayor || stop == Stop::AtBody || (stop == Stop::None && r < 0.07)) {
            // The burgemeester's own claim goes straight to the college (GC 9.6).
            if (claimant != HolderRole::Mayor) {
                step(clerk, id, ClaimAction::ReferToMayor, day, 3,
                    QStringLiteral("Twijfel of de kosten functioneel zijn; graag uw oordeel."));
                if (stop == Stop::AtMayor)
                    return;
                if (stop == Stop::None && c.random.chance(0.6)) {
                    step(mayor, id, ClaimAction::Resolve, day, 7,
                        QStringLiteral("Besproken met betrokkene: de kosten zijn gemaakt voor het ambt."));
                    step(second, id, ClaimAction::Approve, day, 4);
                    pay(id, day);
                    return;
                }
                step(mayor, id, ClaimAction::ReferToBody, day, 7, QStringLiteral("Voorleggen vanwege de omvang."));
            } else {
                step(clerk, id, ClaimAction::ReferToBody, day, 3,
                    QStringLiteral("Declaratie van de burgemeester: ter besluitvorming aan het college (GC 9.6)."));
            }
            if (stop != Stop::None)
                return;
            const bool approve = c.random.chance(0.8);
            const QString decision
                = QStringLiteral("Besluit %1 %2: %3")
                      .arg(officeFor(claimant) == Office::Secretariat ? QStringLiteral("college")
                                                                      : QStringLiteral("seniorenconvent"))
                      .arg(c.random.uniform(10, 99))
                      .arg(approve ? QStringLiteral("kosten zijn functioneel, vergoeden")
                                   : QStringLiteral("kosten komen voor eigen rekening"));
            step(clerk, id, approve ? ClaimAction::Approve : ClaimAction::Reject, day, 20, decision, true);
            if (approve)
                pay(id, day);
            return;
        }
        step(second, id, ClaimAction::Approve, day, 5);
        if (stop != Stop::Approved)
            pay(id, day);
    }

    void pay(qint64 id, QDate day) { step(clerk, id, ClaimAction::Pay, day, 14, {}, true); }

    // One claim over [from, to] of a spell; `lines` expenses. Returns false when nothing was due yet.
    void claim(const DemoHolder &h, const QDate &from, const QDate &to, int lines)
    {
        std::vector<QDate> dates;
        // The costs of the last few weeks of the period, claimed some days later.
        for (int i = 0; i < lines; ++i)
            dates.push_back(c.random.date(std::max(from, to.addDays(-20)), to));
        std::sort(dates.begin(), dates.end());
        // One claim, one office: days that fall under another appointment's office go elsewhere.
        const HolderRole role = ownerAt(h, dates.front()).role;
        std::erase_if(dates, [&](const QDate &d) { return officeFor(ownerAt(h, d).role) != officeFor(role); });
        lines = int(dates.size());
        // Claimed within a month mostly (GC 9.4); some late, which the submission warns about.
        QDate created
            = dates.back().addDays(c.random.chance(0.93) ? c.random.uniform(1, 10) : c.random.uniform(35, 80));
        if (created > c.today)
            created = c.today;
        const Stop stop = created.daysTo(c.today) < 45 ? nextRecentStop() : Stop::None;
        const bool draft = stop == Stop::Draft;

        Claim claim;
        claim.personId = h.person.id;
        claim.description = QStringLiteral("Declaratie %1")
                                .arg(QLocale(QLocale::Dutch).toString(dates.back(), QStringLiteral("MMMM yyyy")));
        if (c.random.chance(0.02)) {
            Advance a;
            a.personId = h.person.id;
            a.description = QStringLiteral("Voorschot congresreis");
            a.amount = Money::fromCents(qint64(c.random.uniform(2, 8)) * 10000);
            a.paidDate = std::max(from, dates.front().addDays(-c.random.uniform(5, 20)));
            claim.advanceId = advances.create(a, created);
        }
        claim.id = clerk.create(claim, created);
        for (int i = 0; i < lines; ++i) {
            const LineKind &kind = kLines[c.random.uniform(0, int(std::size(kLines)) - 1)];
            ClaimLine l;
            l.claimId = claim.id;
            l.personId = h.person.id;
            l.expenseDate = dates[size_t(i)];
            l.category = QString::fromUtf8(kind.category);
            l.amount = Money::fromCents(c.random.uniform(kind.minCents, kind.maxCents));
            if (c.random.chance(0.01) && m_last.personId == h.person.id
                && officeFor(ownerAt(h, m_last.expenseDate).role) == officeFor(role)) {
                // Claimed twice by mistake: the submission warns (GC 9.1).
                l.expenseDate = m_last.expenseDate;
                l.amount = m_last.amount;
            }
            m_last = l;
            l.description = QString::fromUtf8(kind.description);
            if (l.description.contains(QLatin1String("%1")))
                l.description = l.description.arg(place);
            // A draft may still lack a reason or a receipt; a submitted claim never does.
            if (!draft || c.random.chance(0.7))
                l.reason = QString::fromUtf8(kind.reason);
            l.id = clerk.addLine(l, created);
            if (!draft || c.random.chance(0.6)) {
                const QString label = QStringLiteral("%1-%2-%3").arg(c.body.index).arg(claim.id).arg(i + 1);
                clerk.attachReceipt(l.id, QStringLiteral("bon-%1.pdf").arg(label),
                                    demoReceiptPdf({demoReceiptShop(l.description), l.expenseDate, l.amount, label}));
            }
            ++c.stats.claimLines;
        }
        ++c.stats.claims;
        if (!draft)
            workflow(claim.id, role, created, stop);
    }
};

// The database's own raad claims here; of the other bodies about one in seven lets its raad claim
// here too. That share, with the college's claims of every body, puts the national demo near the
// issue's million claim lines; small and large have only the own body, so they do not change.
bool reimbursesCouncil(const DemoContext &c)
{
    return c.body.id == 1 || DemoRandom(c.options.seed, { quint32(c.body.index), 0xDEC1u }).chance(0.15);
}

} // namespace

void addClaims(DemoContext &c)
{
    Writer w { c, DemoOfficials::find(c.work.database(), c.session, c.random) };
    const bool council = reimbursesCouncil(c);
    for (const DemoHolder &h : c.holders) {
        for (const OfficeSpell &s : officeSpells(h, c.today)) {
            if (!s.college() && !council)
                continue;
            // The college claims every two months or so, about 30 lines a year; raadsleden twice a year.
            const int months = s.college() ? 2 : 6;
            const double linesPerClaim = s.college() ? 5.0 : 3.5;
            for (QDate from = s.from; from <= s.to; from = from.addMonths(months)) {
                const QDate to = std::min(from.addMonths(months).addDays(-1), s.to);
                if (!c.random.chance(s.college() ? 0.95 : 0.7))
                    continue;
                const int lines = std::max(1, int(linesPerClaim * c.random.lognormal(0.4) + 0.5));
                w.claim(h, from, to, lines);
            }
        }
    }
}

} // namespace integriteit::demo
