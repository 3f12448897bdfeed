#include "currentdate.h"

#include <QDateTime>

namespace integriteit {

QDate currentDate()
{
    // Per thread: no lock, and a worker thread keeps its own.
    thread_local QDate cached;
    thread_local qint64 from = 0; // local midnight that began `cached`, in ms since the epoch (UTC)
    thread_local qint64 until = 0; // the next local midnight
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (cached.isValid() && now >= from && now < until)
        return cached;
    cached = QDate::currentDate();
    // startOfDay() copes with a zone whose clocks skip midnight.
    from = cached.startOfDay().toMSecsSinceEpoch();
    until = cached.addDays(1).startOfDay().toMSecsSinceEpoch();
    return cached;
}

} // namespace integriteit
