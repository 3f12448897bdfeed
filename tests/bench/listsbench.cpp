#include "listsbench.h"

#include "appcore.h"
#include "benchfigures.h"
#include "benchui.h"
#include "claims/claimoverviewpage.h"
#include "claims/claimsmodel.h"
#include "claims/claimspage.h"
#include "registers/common/registermodel.h"
#include "registers/common/registerpage.h"
#include "registers/sidepositions/sidepositionregister.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QScrollBar>
#include <QTableView>
#include <QUndoStack>

#include <memory>

namespace integriteit::bench {

namespace {

constexpr int kPage = 200;
constexpr int kScrollCapMs = 120000; // a scroll that takes longer is reported as such, not waited out

// Builds, shows and paints a page; returns the milliseconds until its table's first paint.
template<typename Page, typename Make> std::unique_ptr<Page> firstScreen(const QString &label, Make make)
{
    PaintSpy spy;
    const double cpu = cpuMs();
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Page> page(make());
    page->resize(1280, 800);
    page->view()->viewport()->installEventFilter(&spy);
    page->show();
    if (!waitFor([&] { return spy.paints > 0; }))
        printNote(label + QStringLiteral(": not painted within 30 s"));
    printFigure(label + QStringLiteral(": first screen (page built, shown and painted)"), msSince(timer),
        QStringLiteral("ms"), QStringLiteral("≤ 50 ms"));
    printFigure(label + QStringLiteral(": first screen, processor time"), cpuMs() - cpu, QStringLiteral("ms"));
    page->view()->viewport()->removeEventFilter(&spy);
    return page;
}

// Drags the scroll bar to the bottom until the model has nothing more to fetch, as a user holding
// End does; each fetch is one page at the next offset.
template<typename Model> void scrollToEnd(QTableView *view, Model *model, const QString &label)
{
    const double cpu = cpuMs();
    QElapsedTimer timer;
    timer.start();
    std::vector<double> fetches;
    while (model->canFetchMore({}) && timer.elapsed() < kScrollCapMs) {
        QElapsedTimer one;
        one.start();
        const int before = model->rowCount();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        if (model->rowCount() == before)
            model->fetchMore({}); // the view fetches only when its scroll bar moved; nudge it
        fetches.push_back(msSince(one));
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    const bool done = !model->canFetchMore({});
    printFigure(label + (done ? QStringLiteral(": scroll to the end") : QStringLiteral(": scroll, stopped after")),
        msSince(timer), QStringLiteral("ms"));
    printFigure(label + QStringLiteral(": scroll, processor time"), cpuMs() - cpu, QStringLiteral("ms"));
    printFigure(label + QStringLiteral(": rows loaded / matching"), model->rowCount(),
        QStringLiteral("/ %1 rows").arg(model->totalCount()));
    if (!fetches.empty()) {
        printFigure(label + QStringLiteral(": one page further down, median"), median(fetches), QStringLiteral("ms"));
        const std::vector<double> last(fetches.end() - std::min<std::size_t>(fetches.size(), 10), fetches.end());
        printFigure(label + QStringLiteral(": one page further down, median of the last 10"), median(last),
            QStringLiteral("ms"), QStringLiteral("≤ 50 ms"));
    }
}

void measureSidePositionsList(AppCore &core, QUndoStack &undo)
{
    auto page = firstScreen<RegisterPage>(
        QStringLiteral("nevenfuncties list"), [&] { return new RegisterPage(new SidePositionRegister(core, undo)); });
    RegisterModel *model = page->model();
    printFigure(QStringLiteral("nevenfuncties list: rows matching / loaded"), model->totalCount(),
        QStringLiteral("/ %1 rows").arg(model->rowCount()));

    // A keystroke in the search box: the model counts and reads the first page again, and the
    // view paints it (the filter bar's debounce is not counted).
    const RegisterFilter base = model->filter();
    for (const QString &typed : { QStringLiteral("stichting"), QStringLiteral("jansen") }) {
        std::vector<double> times;
        for (int i = 1; i <= typed.size(); ++i) {
            RegisterFilter filter = base;
            filter.text = typed.left(i);
            times.push_back(msOf([&] {
                model->setFilter(filter);
                QCoreApplication::processEvents();
            }));
        }
        const QString what
            = QStringLiteral("nevenfuncties list: search keystroke typing \"%1\" (%2 matches at the end)")
                  .arg(typed)
                  .arg(model->totalCount());
        printFigure(what + QStringLiteral(", median"), median(times), QStringLiteral("ms"));
        printFigure(
            what + QStringLiteral(", slowest"), maximum(times), QStringLiteral("ms"), QStringLiteral("≤ 50 ms"));
    }
    model->setFilter(base);
    QCoreApplication::processEvents();

    // The deepest page the list can show: the last 200 of all nevenfuncties in each sort.
    RegisterFilter all;
    all.status = RegisterFilter::Status::All;
    SidePositionService &service = core.registers().sidePositions();
    const int rows = service.count(all);
    for (const SidePositionColumn column : { SidePositionColumn::Person, SidePositionColumn::Start,
             SidePositionColumn::Role, SidePositionColumn::Faction }) {
        printFigure(
            QStringLiteral("nevenfuncties: last page of all %1, sorted by column %2").arg(rows).arg(int(column)),
            msOf([&] { service.page(all, column, Qt::AscendingOrder, std::max(0, rows - kPage), kPage); }),
            QStringLiteral("ms"));
    }
}

void measureClaimsList(AppCore &core, QUndoStack &undo)
{
    auto page = firstScreen<ClaimsPage>(QStringLiteral("claims list"), [&] { return new ClaimsPage(core, undo); });
    ClaimsModel *model = page->model();
    printFigure(QStringLiteral("claims list: rows matching / loaded"), model->totalCount(),
        QStringLiteral("/ %1 rows").arg(model->rowCount()));
    ClaimService &service = core.claims().claims();
    const int rows = service.count(ClaimFilter());
    for (const ClaimColumn column : { ClaimColumn::Number, ClaimColumn::Person, ClaimColumn::Date }) {
        printFigure(QStringLiteral("claims: last page of all %1, sorted by column %2").arg(rows).arg(int(column)),
            msOf([&] { service.page(ClaimFilter(), column, Qt::AscendingOrder, std::max(0, rows - kPage), kPage); }),
            QStringLiteral("ms"));
    }
    ClaimFilter all;
    model->setFilter(all);
    QCoreApplication::processEvents();
    scrollToEnd(page->view(), model, QStringLiteral("claims list, all claims"));
    printFigure(QStringLiteral("peak memory after the claims list"), peakRssMb(), QStringLiteral("MB"),
        QStringLiteral("≤ 150 MB"));
}

void measureOverviews(AppCore &core, qint64 personId, int year)
{
    ClaimService &service = core.claims().claims();
    ClaimOverviewFilter one;
    one.personId = personId;
    one.year = year;
    std::vector<double> times;
    for (int i = 0; i < 5; ++i)
        times.push_back(msOf([&] { service.overview(one); }));
    printFigure(QStringLiteral("claims overview: one person, one year (median of 5)"), median(times),
        QStringLiteral("ms"), QStringLiteral("≤ 50 ms"));
    ClaimOverviewFilter everybody;
    everybody.year = year;
    std::size_t rows = 0;
    double cpu = cpuMs();
    printFigure(QStringLiteral("claims overview: all persons of %1 (core)").arg(year),
        msOf([&] { rows = service.overview(everybody).size(); }), QStringLiteral("ms"),
        QStringLiteral("well under 1 s"));
    printFigure(QStringLiteral("claims overview: all persons of %1 (core), processor time").arg(year), cpuMs() - cpu,
        QStringLiteral("ms"));
    printFigure(QStringLiteral("claims overview: rows for %1").arg(year), double(rows), QStringLiteral("rows"));
    // The page also shows the public overview of the college members: its totals and its lines.
    cpu = cpuMs();
    printFigure(QStringLiteral("claims overview: public totals of %1 (core)").arg(year),
        msOf([&] { rows = service.publicTotals(year).size(); }), QStringLiteral("ms"));
    printFigure(QStringLiteral("claims overview: public totals, processor time (%1 rows)").arg(rows), cpuMs() - cpu,
        QStringLiteral("ms"));
    cpu = cpuMs();
    printFigure(QStringLiteral("claims overview: public lines of %1 (core)").arg(year),
        msOf([&] { rows = service.publicLines(year).size(); }), QStringLiteral("ms"));
    printFigure(QStringLiteral("claims overview: public lines, processor time (%1 rows)").arg(rows), cpuMs() - cpu,
        QStringLiteral("ms"));

    // The overview page as opened: it shows the last full year of everybody the user may read.
    PaintSpy spy;
    cpu = cpuMs();
    QElapsedTimer timer;
    timer.start();
    auto page = std::make_unique<ClaimOverviewPage>(core);
    page->resize(1280, 800);
    page->installEventFilter(&spy);
    page->show();
    waitFor([&] { return spy.paints > 0; }, 120000);
    printFigure(QStringLiteral("claims overview page: first screen (built, shown, painted)"), msSince(timer),
        QStringLiteral("ms"));
    printFigure(
        QStringLiteral("claims overview page: first screen, processor time"), cpuMs() - cpu, QStringLiteral("ms"));
}

void measureLineChecks(AppCore &core, qint64 personId, const QDate &day)
{
    ClaimService &service = core.claims().claims();
    ClaimLine probe;
    probe.personId = personId;
    probe.expenseDate = day;
    probe.amount = Money::fromCents(2450);
    std::vector<double> checks;
    for (int i = 0; i < 20; ++i)
        checks.push_back(msOf([&] { service.probableDuplicates(probe, QByteArray("%PDF-1.4 bench")); }));
    printFigure(QStringLiteral("claims: duplicate check of a line (median of 20)"), median(checks),
        QStringLiteral("ms"), QStringLiteral("≤ 20 ms with the save"));

    const std::vector<double> saves = timeLineSaves(core, probe, day, true);
    printFigure(QStringLiteral("claims: duplicate check + save of a line (median of 20)"), median(saves),
        QStringLiteral("ms"), QStringLiteral("≤ 20 ms"));
    printFigure(QStringLiteral("claims: duplicate check + save of a line (slowest of 20)"), maximum(saves),
        QStringLiteral("ms"));
}

} // namespace

void measureLists(const QString &databasePath, bool firstScreensOnly)
{
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    // As the window opens it: the quick_check runs beside the lists and the first write waits for it.
    AppCore core(Database::open(databasePath, Database::Verification::BeforeFirstWrite));
    printFigure(
        QStringLiteral("open the database in process (migrations included)"), msSince(timer), QStringLiteral("ms"));
    useBenchUser(core);
    QUndoStack undo;
    // Measured without the check's reads of the whole file beside them on the other core.
    timer.restart();
    core.database().ensureVerified();
    printFigure(QStringLiteral("quick_check of the whole file, waited for"), msSince(timer), QStringLiteral("ms"));
    if (firstScreensOnly) {
        firstScreen<RegisterPage>(QStringLiteral("nevenfuncties list"),
            [&] { return new RegisterPage(new SidePositionRegister(core, undo)); });
        firstScreen<ClaimsPage>(QStringLiteral("claims list"), [&] { return new ClaimsPage(core, undo); });
        // Again, as the window opens them from its navigation: Qt has painted before, the
        // database's pages are in the cache.
        firstScreen<RegisterPage>(QStringLiteral("nevenfuncties list, opened again"),
            [&] { return new RegisterPage(new SidePositionRegister(core, undo)); });
        firstScreen<ClaimsPage>(QStringLiteral("claims list, opened again"), [&] { return new ClaimsPage(core, undo); });
        return;
    }
    measureSidePositionsList(core, undo);
    measureClaimsList(core, undo);

    // The claimant with the most lines in the last full year stands for a busy one.
    const int year = QDate::currentDate().year() - 1;
    const Claimant busiest = busiestClaimant(core, year);
    measureOverviews(core, busiest.personId, year);
    measureLineChecks(core, busiest.personId, busiest.lastLine);
}

} // namespace integriteit::bench
