#include "personslistbench.h"

#include "appcore.h"
#include "benchfigures.h"
#include "benchui.h"
#include "nationaldatabase.h"
#include "persons/personsmodel.h"
#include "persons/personspage.h"
#include "storage/sqlquery.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QUndoStack>

#include <functional>

namespace integriteit::bench {

namespace {

// Scrolls the view to the bottom until the model has nothing more to fetch.
void scrollToEnd(QTableView *view, PersonsModel *model, const QString &label)
{
    QElapsedTimer timer;
    timer.start();
    int stuck = 0;
    while (model->canFetchMore({}) && timer.elapsed() < 120000) {
        const int before = model->rowCount();
        view->scrollToBottom();
        QCoreApplication::processEvents();
        // The view fetches when its scroll bar reaches the end; nudge it if it did not.
        if (model->rowCount() == before && ++stuck > 3) {
            model->fetchMore({});
            stuck = 0;
        }
    }
    view->scrollToBottom();
    QCoreApplication::processEvents();
    printFigure(label + QStringLiteral(": time to scroll to the end"), msSince(timer), QStringLiteral("ms"));
    printFigure(label + QStringLiteral(": rows loaded at the end"), model->rowCount(), QStringLiteral("rows"));
}

void measureSearch(PersonsModel *model, const PersonFilter &base, const QString &typed)
{
    std::vector<double> times;
    for (int i = 1; i <= typed.size(); ++i) {
        PersonFilter filter = base;
        filter.text = typed.left(i);
        QElapsedTimer timer;
        timer.start();
        model->setFilter(filter); // count and first page, in SQL
        QCoreApplication::processEvents();
        times.push_back(msSince(timer));
    }
    const QString what
        = QStringLiteral("search keystroke typing \"%1\" (%2 matches at the end)").arg(typed).arg(model->totalCount());
    printFigure(what + QStringLiteral(", median"), median(times), QStringLiteral("ms"));
    printFigure(what + QStringLiteral(", slowest"), maximum(times), QStringLiteral("ms"));
}

void measureSaves(PersonService &service, qint64 personId, const QString &label, const QString &target)
{
    Person person = service.person(personId);
    const QString original = person.notes;
    std::vector<double> times;
    for (int i = 0; i < 20; ++i) {
        person.notes = i % 2 ? QStringLiteral("Benchmark: notitie gewijzigd.") : original;
        QElapsedTimer timer;
        timer.start();
        service.updatePerson(person);
        QCoreApplication::processEvents();
        times.push_back(msSince(timer));
    }
    person.notes = original;
    service.updatePerson(person);
    printFigure(label + QStringLiteral(", median of 20"), median(times), QStringLiteral("ms"), target);
    printFigure(label + QStringLiteral(", slowest of 20"), maximum(times), QStringLiteral("ms"));
}

// The core reads behind the first screen, each on its own: where its time goes.
void measureFirstScreenQueries(PersonService &persons)
{
    PersonFilter inOffice;
    inOffice.status = PersonFilter::Status::Active;
    const auto time = [](const QString &what, const std::function<void()> &read) {
        std::vector<double> times;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer timer;
            timer.start();
            read();
            times.push_back(msSince(timer));
        }
        printFigure(
            QStringLiteral("first screen part: %1, median of 5").arg(what), median(times), QStringLiteral("ms"));
    };
    time(QStringLiteral("count of the office holders in office"), [&] { persons.count(inOffice); });
    time(QStringLiteral("first page of 200, sorted by name"),
        [&] { persons.page(inOffice, PersonColumn::Name, Qt::AscendingOrder, 0, PersonsModel::PageSize); });
    time(QStringLiteral("last page of the whole register, sorted by name"), [&] {
        persons.page(PersonFilter(), PersonColumn::Name, Qt::AscendingOrder, persons.count(PersonFilter()) - 200,
            PersonsModel::PageSize);
    });
    time(QStringLiteral("party groups for the filter"), [&] { persons.factions(); });
    time(QStringLiteral("bodies for the filter"), [&] { persons.organisations(); });
}

} // namespace

void measurePersonsList(const QString &databasePath)
{
    resetPeakRss();
    QElapsedTimer timer;
    timer.start();
    auto database = Database::open(databasePath);
    printFigure(QStringLiteral("open the database in process"), msSince(timer), QStringLiteral("ms"));
    const auto count = [&database](const char *table) {
        return SqlQuery::scalar(database->connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table))
            .toDouble();
    };
    printFigure(QStringLiteral("national database: office holders"), count("persons"), QStringLiteral("persons"));
    printFigure(
        QStringLiteral("national database: appointments"), count("appointments"), QStringLiteral("appointments"));

    AppCore core(std::move(database));
    // The list figures run under a session set directly; the real login (Argon2id, 64 MB) is
    // timed at the end, so that its buffer does not hide the list's own peak memory.
    {
        SqlQuery q(core.database().connection(),
            QStringLiteral("SELECT id, full_name, roles FROM users WHERE user_name = :name"));
        q.bind(QStringLiteral(":name"), kBenchUser).exec();
        if (!q.next())
            throw std::runtime_error("the benchmark database has no user beheerder");
        core.session().setUser(
            User { q.value(0).toLongLong(), kBenchUser, q.value(1).toString(), UserRoles(q.value(2).toUInt()), true });
    }
    printFigure(QStringLiteral("resident memory before the list opens"), currentRssMb(), QStringLiteral("MB"));
    measureFirstScreenQueries(core.persons());

    QUndoStack undo;
    PaintSpy spy;
    timer.restart();
    auto page = std::make_unique<PersonsPage>(core.persons(), undo);
    page->resize(1280, 800);
    page->view()->viewport()->installEventFilter(&spy);
    page->show();
    if (!waitFor([&] { return spy.paints > 0; }))
        printNote(QStringLiteral("the list was not painted within 30 s"));
    printFigure(QStringLiteral("first screen (persons page built, shown and painted)"), msSince(timer),
        QStringLiteral("ms"), QStringLiteral("≤ 50 ms"));
    PersonsModel *model = page->model();
    QTableView *view = page->view();
    printFigure(QStringLiteral("first screen: rows matching / loaded"), model->totalCount(),
        QStringLiteral("/ %1 rows").arg(model->rowCount()));

    scrollToEnd(view, model, QStringLiteral("list as opened (in office)"));
    PersonFilter all = model->filter();
    all.status = PersonFilter::Status::All;
    all.text.clear();
    model->setFilter(all);
    QCoreApplication::processEvents();
    scrollToEnd(view, model, QStringLiteral("whole register (all statuses)"));
    printFigure(QStringLiteral("peak memory with the whole register scrolled (before login)"), peakRssMb(),
        QStringLiteral("MB"), QStringLiteral("≤ 150 MB"));
    printFigure(QStringLiteral("resident memory with the whole register loaded"), currentRssMb(), QStringLiteral("MB"));

    measureSearch(model, all, QStringLiteral("jansen"));
    measureSearch(model, all, QStringLiteral("van der"));

    model->setFilter(all);
    QCoreApplication::processEvents();
    for (const PersonColumn column : { PersonColumn::Name, PersonColumn::Role, PersonColumn::Faction }) {
        timer.restart();
        view->sortByColumn(int(column), Qt::DescendingOrder);
        QCoreApplication::processEvents();
        printFigure(QStringLiteral("sort by %1, descending").arg(personColumnTitle(column).toLower()), msSince(timer),
            QStringLiteral("ms"));
    }

    const qint64 personId = model->idAt(0);
    PersonService quiet(core.database(), core.session()); // nobody listens to this one
    measureSaves(
        quiet, personId, QStringLiteral("save one edit (PersonService::updatePerson)"), QStringLiteral("≤ 20 ms"));
    measureSaves(core.persons(), personId,
        QStringLiteral("save one edit with the persons list open (list and details refresh)"), {});
    page.reset();

    std::vector<double> logins;
    for (int i = 0; i < 3; ++i) {
        Session session;
        UserService users(core.database(), session);
        timer.restart();
        users.login(kBenchUser, kBenchPassword);
        logins.push_back(msSince(timer));
    }
    printFigure(QStringLiteral("login (Argon2id password check), median of 3"), median(logins), QStringLiteral("ms"));
    printFigure(
        QStringLiteral("peak memory of the benchmark process after the login"), peakRssMb(), QStringLiteral("MB"));
}

} // namespace integriteit::bench
