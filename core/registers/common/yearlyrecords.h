#pragma once
// Registers that keep one record per office holder per calendar year (the settlement decision, the
// yearly inventory confirmation): the office that keeps the person at the year's end (today, while
// the year runs) may write, and a second record for the same person and year is refused.

#include "registers/common/recordstore.h"

#include <QDate>
#include <QVariantMap>

namespace integriteit {

class Database;
class Session;

class YearlyRecords
{
public:
    YearlyRecords(Database &database, const Session &session, QString table, QString entity);

    // 31 December of the year, or today while the year is still running.
    static QDate referenceDate(int year);
    bool mayEdit(qint64 personId, int year) const;
    void requireEdit(qint64 personId, int year) const;
    bool exists(qint64 id) const;

    // One unit of work with its audit row each. `taken`: a record for this person and year exists,
    // refused on the field "year" with `takenMessage`. `keepId` > 0 restores under the old id (undo).
    qint64 insert(const QVariantMap &columns, qint64 personId, bool taken, const QString &takenMessage,
                  qint64 keepId);
    void update(qint64 id, const QVariantMap &before, const QVariantMap &after, qint64 personId);
    void remove(qint64 id, const QVariantMap &before, qint64 personId);

private:
    Database &m_database;
    const Session &m_session;
    RecordStore m_store;
};

} // namespace integriteit
