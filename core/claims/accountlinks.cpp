#include "accountlinks.h"

#include "auth/session.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::AccountLinks) };

QJsonObject linkJson(qint64 personId)
{
    return {{QStringLiteral("person_id"), personId > 0 ? QJsonValue(personId) : QJsonValue(QJsonValue::Null)}};
}
} // namespace

AccountLinks::AccountLinks(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

qint64 AccountLinks::personOf(const QSqlDatabase &db, qint64 userId)
{
    // Every rights check of a claim asks this: reused.
    SqlQuery q(db, QStringLiteral("SELECT person_id FROM users WHERE id = :id"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":id"), userId).exec();
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 AccountLinks::personOf(qint64 userId) const
{
    m_session.requireLogin();
    if (userId != m_session.user().id)
        m_session.require(UserRole::Administrator, Tr::tr("see which office holder an account belongs to"));
    return personOf(m_database.connection(), userId);
}

void AccountLinks::link(qint64 userId, qint64 personId)
{
    m_session.require(UserRole::Administrator, Tr::tr("link accounts to office holders"));
    const QSqlDatabase db = m_database.connection();
    SqlQuery user(db, QStringLiteral("SELECT person_id FROM users WHERE id = :id"));
    user.bind(QStringLiteral(":id"), userId).exec();
    if (!user.next())
        throw Error::notFound(Tr::tr("This account no longer exists."), QStringLiteral("user %1").arg(userId));
    const qint64 before = user.value(0).toLongLong();
    if (personId > 0) {
        SqlQuery person(db, QStringLiteral("SELECT count(*) FROM persons WHERE id = :id"));
        person.bind(QStringLiteral(":id"), personId).exec();
        if (!person.next() || person.value(0).toInt() == 0)
            throw Error::validation(QStringLiteral("person"), Tr::tr("Office holder: this person no longer exists."));
    }
    if (before == personId)
        return;
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(db, QStringLiteral("UPDATE users SET person_id = :person WHERE id = :id"))
        .bind(QStringLiteral(":person"), personId > 0 ? QVariant(personId) : QVariant(QMetaType(QMetaType::LongLong)))
        .bind(QStringLiteral(":id"), userId)
        .exec();
    work.audit(QStringLiteral("user"), userId, QStringLiteral("link_person"), linkJson(before), linkJson(personId),
               personId > 0 ? personId : before);
    work.commit();
    Q_EMIT linksChanged(userId);
}

} // namespace integriteit
