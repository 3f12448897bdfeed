#pragma once
// What the in-process UI figures share: waiting for the first paint, timing, and a session for the
// benchmark user without the Argon2id login (its 64 MB buffer would hide the lists' own memory).

#include <QDate>
#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <vector>

namespace integriteit {
class AppCore;
struct ClaimLine;
}

namespace integriteit::bench {

// Counts the paint events of a view's viewport: the moment the user sees the rows.
class PaintSpy : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

double msSince(const QElapsedTimer &timer);
double msOf(const std::function<void()> &work);
// Processor time of this process in ms (user + system): on a busy machine the wall time of one
// figure depends on the neighbours, this much less.
double cpuMs();
// Handles events until `done` holds (checked after each batch, so a paint has been handled).
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000);
// Sets the session to the benchmark user straight from the users table.
void useBenchUser(AppCore &core);
// The claimant with the most lines in `year` (a busy one) and the date of his last line there.
struct Claimant
{
    qint64 personId = 0;
    QDate lastLine;
};
Claimant busiestClaimant(AppCore &core, int year);
// Times 20 saves of a copy of `probe` on a draft claim of its own, removed again afterwards so the
// database stays as it was; with `checkFirst` each save runs the duplicate check first, as the
// line dialog does. Milliseconds per save.
std::vector<double> timeLineSaves(AppCore &core, const ClaimLine &probe, const QDate &day, bool checkFirst);

} // namespace integriteit::bench
