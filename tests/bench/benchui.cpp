#include "benchui.h"

#include "appcore.h"
#include "claims/claimservice.h"
#include "nationaldatabase.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QEvent>

#include <ctime>
#include <stdexcept>

namespace integriteit::bench {

bool PaintSpy::eventFilter(QObject *, QEvent *event)
{
    if (event->type() == QEvent::Paint)
        ++paints;
    return false;
}

double msSince(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

double msOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return msSince(timer);
}

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (!done())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

void useBenchUser(AppCore &core)
{
    SqlQuery q(
        core.database().connection(), QStringLiteral("SELECT id, full_name, roles FROM users WHERE user_name = :name"));
    q.bind(QStringLiteral(":name"), kBenchUser).exec();
    if (!q.next())
        throw std::runtime_error("the benchmark database has no user beheerder");
    core.session().setUser(
        User { q.value(0).toLongLong(), kBenchUser, q.value(1).toString(), UserRoles(q.value(2).toUInt()), true });
}

Claimant busiestClaimant(AppCore &core, int year)
{
    SqlQuery busiest(core.database().connection(),
        QStringLiteral("SELECT person_id, max(expense_date) FROM claim_lines WHERE expense_date BETWEEN :from AND :to "
                       "GROUP BY person_id ORDER BY count(*) DESC LIMIT 1"));
    busiest.bind(QStringLiteral(":from"), QStringLiteral("%1-01-01").arg(year))
        .bind(QStringLiteral(":to"), QStringLiteral("%1-12-31").arg(year))
        .exec();
    if (!busiest.next())
        throw std::runtime_error("the benchmark database has no claim lines");
    return { busiest.value(0).toLongLong(), QDate::fromString(busiest.value(1).toString(), Qt::ISODate) };
}

std::vector<double> timeLineSaves(AppCore &core, const ClaimLine &probe, const QDate &day, bool checkFirst)
{
    ClaimService &service = core.claims().claims();
    Claim draft;
    draft.personId = probe.personId;
    draft.description = QStringLiteral("Benchmark");
    draft.id = service.create(draft, day);
    std::vector<double> saves;
    for (int i = 0; i < 20; ++i) {
        ClaimLine l = probe;
        l.claimId = draft.id;
        l.category = QStringLiteral("reis");
        l.description = QStringLiteral("Treinreis");
        l.amount = Money::fromCents(1000 + i);
        saves.push_back(msOf([&] {
            if (checkFirst)
                service.probableDuplicates(l);
            service.addLine(l, day);
        }));
    }
    service.remove(draft.id);
    return saves;
}

} // namespace integriteit::bench
