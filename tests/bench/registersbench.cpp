#include "registersbench.h"

#include "appcore.h"
#include "benchfigures.h"
#include "benchui.h"
#include "nationaldatabase.h"
#include "storage/sqlquery.h"

#include <QElapsedTimer>

#include <functional>

namespace integriteit::bench {

namespace {

constexpr int kPage = 200; // the lazy models read pages of this size

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

// Median of `runs` timings of `work` (the first run warms the page cache and is included).
double medianOf(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i)
        times.push_back(msOf(work));
    return median(times);
}

void measureSidePositions(AppCore &core)
{
    SidePositionService &service = core.registers().sidePositions();
    RegisterFilter all;
    int rows = 0;
    printFigure(QStringLiteral("nevenfuncties: count, empty filter (median of 5)"),
        medianOf(5, [&] { rows = service.count(all); }), QStringLiteral("ms"), QStringLiteral("≤ 50 ms with the page"));
    printFigure(QStringLiteral("nevenfuncties: rows"), rows, QStringLiteral("rows"));
    printFigure(QStringLiteral("nevenfuncties: first page by person (median of 5)"),
        medianOf(5, [&] { service.page(all, SidePositionColumn::Person, Qt::AscendingOrder, 0, kPage); }),
        QStringLiteral("ms"), QStringLiteral("≤ 50 ms with the count"));
    printFigure(QStringLiteral("nevenfuncties: page at offset 100,000 by person"),
        msOf([&] { service.page(all, SidePositionColumn::Person, Qt::AscendingOrder, 100000, kPage); }),
        QStringLiteral("ms"));
    // A search keystroke: the model counts and reads the first page again.
    RegisterFilter search;
    for (const QString &typed : { QStringLiteral("stich"), QStringLiteral("stichting") }) {
        search.text = typed;
        int hits = 0;
        const double ms = medianOf(5, [&] {
            hits = service.count(search);
            service.page(search, SidePositionColumn::Person, Qt::AscendingOrder, 0, kPage);
        });
        printFigure(QStringLiteral("nevenfuncties: search \"%1\", count + first page (median of 5; %2 hits)")
                        .arg(typed)
                        .arg(hits),
            ms, QStringLiteral("ms"), QStringLiteral("well under 100 ms"));
    }
}

void measureClaimsList(AppCore &core)
{
    ClaimService &service = core.claims().claims();
    ClaimFilter all;
    int rows = 0;
    const double count = medianOf(5, [&] { rows = service.count(all); });
    const double first = medianOf(5, [&] { service.page(all, ClaimColumn::Number, Qt::DescendingOrder, 0, kPage); });
    printFigure(QStringLiteral("claims: count (median of 5)"), count, QStringLiteral("ms"));
    printFigure(QStringLiteral("claims: rows"), rows, QStringLiteral("claims"));
    printFigure(QStringLiteral("claims: first page, newest first (median of 5)"), first, QStringLiteral("ms"),
        QStringLiteral("count + page ≤ 50 ms"));
    printFigure(QStringLiteral("claims: first page by person (median of 5)"),
        medianOf(5, [&] { service.page(all, ClaimColumn::Person, Qt::AscendingOrder, 0, kPage); }),
        QStringLiteral("ms"));
    // Scrolling: the pages the model fetches one after the other, and a jump to the end.
    std::vector<double> pages;
    for (int offset = 0; offset < std::min(rows, 50 * kPage); offset += kPage)
        pages.push_back(msOf([&] { service.page(all, ClaimColumn::Number, Qt::DescendingOrder, offset, kPage); }));
    printFigure(QStringLiteral("claims: 50 successive pages, median"), median(pages), QStringLiteral("ms"));
    printFigure(QStringLiteral("claims: 50 successive pages, max"), maximum(pages), QStringLiteral("ms"));
    printFigure(QStringLiteral("claims: last page (offset %1)").arg(std::max(0, rows - kPage)),
        msOf([&] { service.page(all, ClaimColumn::Number, Qt::DescendingOrder, std::max(0, rows - kPage), kPage); }),
        QStringLiteral("ms"));
    ClaimFilter search;
    search.text = QStringLiteral("hotel");
    printFigure(QStringLiteral("claims: search \"hotel\", count + first page"), msOf([&] {
        service.count(search);
        service.page(search, ClaimColumn::Number, Qt::DescendingOrder, 0, kPage);
    }),
        QStringLiteral("ms"));
}

void measureOverview(AppCore &core, qint64 personId, int year)
{
    ClaimService &service = core.claims().claims();
    ClaimOverviewFilter one;
    one.personId = personId;
    one.year = year;
    printFigure(QStringLiteral("claims overview: one person, one year (median of 5)"),
        medianOf(5, [&] { service.overview(one); }), QStringLiteral("ms"));
    ClaimOverviewFilter everybody;
    everybody.year = year;
    std::size_t rows = 0;
    printFigure(QStringLiteral("claims overview: all persons of %1 (median of 3)").arg(year),
        medianOf(3, [&] { rows = service.overview(everybody).size(); }), QStringLiteral("ms"));
    printFigure(QStringLiteral("claims overview: rows for %1").arg(year), double(rows), QStringLiteral("rows"));
}

void measureLineSave(AppCore &core, qint64 personId, const QDate &day)
{
    ClaimService &service = core.claims().claims();
    ClaimLine probe;
    probe.personId = personId;
    probe.expenseDate = day;
    probe.amount = Money::fromCents(2450);
    printFigure(QStringLiteral("claims: probable duplicates of a line (median of 20)"),
        medianOf(20, [&] { service.probableDuplicates(probe, QByteArray("%PDF-1.4 bench")); }), QStringLiteral("ms"));

    const std::vector<double> saves = timeLineSaves(core, probe, day, false);
    printFigure(QStringLiteral("claims: save a line (addLine, median of 20)"), median(saves), QStringLiteral("ms"),
        QStringLiteral("≤ 20 ms"));
}

} // namespace

void measureRegisters(const QString &databasePath)
{
    AppCore core(Database::open(databasePath));
    useBenchUser(core);
    const auto count = [&](const char *table) {
        return SqlQuery::scalar(
            core.database().connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            .toDouble();
    };
    for (const char *table : { "side_positions", "side_incomes", "gifts", "invitations", "trips", "claims",
             "claim_lines", "card_payments", "attachments", "audit_log" })
        printFigure(
            QStringLiteral("national database: %1").arg(QLatin1String(table)), count(table), QStringLiteral("rows"));

    measureSidePositions(core);
    measureClaimsList(core);

    // The wethouder with the most lines in the last full year stands for a busy claimant.
    const int year = QDate::currentDate().year() - 1;
    const Claimant busiest = busiestClaimant(core, year);
    measureOverview(core, busiest.personId, year);
    measureLineSave(core, busiest.personId, busiest.lastLine);
}

} // namespace integriteit::bench
