#pragma once
// The gift threshold per year (GC 5.1.2: EUR 50 plus a yearly inflation correction). A year without
// its own row takes the most recent earlier year's threshold (an indexation stays until the next),
// and EUR 50 before any row. A gift is "above" the threshold only when its value exceeds it.

#include "common/money.h"

#include <QObject>
#include <QSqlDatabase>
#include <vector>

namespace integriteit {

class Database;
class Session;

struct GiftThreshold
{
    int year = 0;
    Money threshold;
};

class GiftThresholds : public QObject
{
    Q_OBJECT
public:
    static constexpr std::int64_t kDefaultCents = 5000;

    GiftThresholds(Database &database, const Session &session, QObject *parent = nullptr);

    Money threshold(int year) const;
    static Money thresholdFor(const QSqlDatabase &db, int year);
    // The SQL expression of the threshold in cents for the year of a date column.
    static QString thresholdSql(const QString &dateExpr);
    std::vector<GiftThreshold> all() const;

    // The administrator, the griffie and the secretariat keep the table.
    bool mayEdit() const;
    void set(int year, Money threshold);
    void remove(int year);

Q_SIGNALS:
    void thresholdsChanged();

private:
    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
