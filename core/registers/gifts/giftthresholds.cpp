#include "giftthresholds.h"

#include "auth/session.h"
#include "common/error.h"
#include "registers/common/fieldrules.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::GiftThresholds) };

const QString kEntity = QStringLiteral("gift_threshold");

QJsonObject json(int year, Money threshold)
{
    return {{QStringLiteral("year"), year}, {QStringLiteral("threshold_cents"), qint64(threshold.cents())}};
}
} // namespace

GiftThresholds::GiftThresholds(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

QString GiftThresholds::thresholdSql(const QString &dateExpr)
{
    return QStringLiteral("coalesce((SELECT t.threshold_cents FROM gift_thresholds t WHERE t.year <= "
                          "CAST(substr(%1, 1, 4) AS INTEGER) ORDER BY t.year DESC LIMIT 1), %2)")
        .arg(dateExpr)
        .arg(kDefaultCents);
}

Money GiftThresholds::thresholdFor(const QSqlDatabase &db, int year)
{
    SqlQuery q(db, QStringLiteral("SELECT threshold_cents FROM gift_thresholds WHERE year <= :y ORDER BY year DESC LIMIT 1"));
    q.bind(QStringLiteral(":y"), year).exec();
    return Money::fromCents(q.next() ? q.value(0).toLongLong() : kDefaultCents);
}

Money GiftThresholds::threshold(int year) const
{
    m_session.requireLogin();
    return thresholdFor(m_database.connection(), year);
}

std::vector<GiftThreshold> GiftThresholds::all() const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT year, threshold_cents FROM gift_thresholds ORDER BY year"));
    q.exec();
    std::vector<GiftThreshold> result;
    while (q.next())
        result.push_back({q.value(0).toInt(), Money::fromCents(q.value(1).toLongLong())});
    return result;
}

bool GiftThresholds::mayEdit() const
{
    return m_session.has(UserRole::Administrator) || m_session.administers(Office::Griffie)
        || m_session.administers(Office::Secretariat);
}

void GiftThresholds::set(int year, Money threshold)
{
    m_session.requireLogin();
    if (!mayEdit())
        throw Error::permission(Tr::tr("You may not change the gift thresholds."));
    fieldrules::year(year, "year", Tr::tr("Year"));
    fieldrules::amount(threshold, "threshold", Tr::tr("Threshold"));
    SqlQuery old(m_database.connection(), QStringLiteral("SELECT threshold_cents FROM gift_thresholds WHERE year = :y"));
    old.bind(QStringLiteral(":y"), year).exec();
    const bool existed = old.next();
    const QJsonObject before = existed ? json(year, Money::fromCents(old.value(0).toLongLong())) : QJsonObject();
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("INSERT OR REPLACE INTO gift_thresholds(year, threshold_cents) VALUES (:y, :c)"))
        .bind(QStringLiteral(":y"), year)
        .bind(QStringLiteral(":c"), qint64(threshold.cents()))
        .exec();
    work.audit(kEntity, year, existed ? QStringLiteral("update") : QStringLiteral("create"), before, json(year, threshold));
    work.commit();
    Q_EMIT thresholdsChanged();
}

void GiftThresholds::remove(int year)
{
    m_session.requireLogin();
    if (!mayEdit())
        throw Error::permission(Tr::tr("You may not change the gift thresholds."));
    SqlQuery old(m_database.connection(), QStringLiteral("SELECT threshold_cents FROM gift_thresholds WHERE year = :y"));
    old.bind(QStringLiteral(":y"), year).exec();
    if (!old.next())
        throw Error::notFound(Tr::tr("There is no threshold for %1.").arg(year));
    const QJsonObject before = json(year, Money::fromCents(old.value(0).toLongLong()));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("DELETE FROM gift_thresholds WHERE year = :y"))
        .bind(QStringLiteral(":y"), year)
        .exec();
    work.audit(kEntity, year, QStringLiteral("remove"), before, {});
    work.commit();
    Q_EMIT thresholdsChanged();
}

} // namespace integriteit
