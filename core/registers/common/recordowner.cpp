#include "recordowner.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "persons/personquery.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::RecordOwner) };
}

QString RecordOwner::appointmentAtSql(const QString &personExpr, const QString &dateExpr)
{
    // Three tries instead of one ORDER BY: SQLite does not let a subquery's ORDER BY refer to the
    // outer row, only its WHERE.
    return QStringLiteral(
               "coalesce((SELECT a.id FROM appointments a WHERE a.person_id = %1 AND a.start_date <= %2 "
               "AND coalesce(a.end_date, '9999-12-31') >= %2 ORDER BY a.start_date DESC, a.id LIMIT 1), "
               "(SELECT a.id FROM appointments a WHERE a.person_id = %1 AND a.start_date <= %2 "
               "ORDER BY a.start_date DESC, a.id LIMIT 1), "
               "(SELECT a.id FROM appointments a WHERE a.person_id = %1 ORDER BY a.start_date, a.id LIMIT 1))")
        .arg(personExpr, dateExpr);
}

QDate RecordOwner::periodReference(const QDate &start, const QDate &end, const QDate &today)
{
    if (end.isValid() && end < today)
        return end;
    if (start.isValid() && start > today)
        return start;
    return today;
}

QString RecordOwner::periodReferenceSql(const QString &startExpr, const QString &endExpr)
{
    return QStringLiteral("(CASE WHEN %2 IS NOT NULL AND %2 < :today THEN %2 WHEN %1 > :today THEN %1 ELSE :today END)")
        .arg(startExpr, endExpr);
}

QString RecordOwner::collegeOfficeSql(const QString &personExpr, const QString &fromExpr, const QString &toExpr)
{
    return QStringLiteral(
               "EXISTS (SELECT 1 FROM appointments c WHERE c.person_id = %1 AND c.role IN ('wethouder', 'burgemeester') "
               "AND c.start_date <= coalesce(%3, '9999-12-31') AND coalesce(c.end_date, '9999-12-31') >= %2)")
        .arg(personExpr, fromExpr, toExpr);
}

std::optional<Appointment> RecordOwner::appointmentAt(qint64 personId, const QDate &date) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ") + appointmentAtSql(QStringLiteral(":person"), QStringLiteral(":date")),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":person"), personId).bind(QStringLiteral(":date"), dutch::isoDate(date)).exec();
    if (!q.next() || q.value(0).isNull())
        return std::nullopt;
    return PersonQuery(m_db).appointment(q.value(0).toLongLong());
}

bool RecordOwner::mayEdit(qint64 personId, const QDate &date) const
{
    const auto appointment = appointmentAt(personId, date);
    return appointment && m_session.administers(appointment->office());
}

Appointment RecordOwner::requireEdit(qint64 personId, const QDate &date) const
{
    m_session.requireLogin();
    const bool exists = PersonQuery(m_db).person(personId).has_value();
    return decide(m_session, exists, exists ? appointmentAt(personId, date) : std::nullopt);
}

Appointment RecordOwner::decide(const Session &session, bool personExists, const std::optional<Appointment> &appointment)
{
    if (!personExists)
        throw Error::validation(QStringLiteral("person"), Tr::tr("Office holder: choose the office holder."));
    if (!appointment)
        throw Error::validation(QStringLiteral("person"),
                                Tr::tr("Office holder: this person has no appointment yet; add the appointment first."));
    if (!session.administers(appointment->office()))
        throw Error::permission(Tr::tr("You may not change this record: the records of a %1 are kept by the %2.")
                                    .arg(holderRoleName(appointment->role).toLower(),
                                         officeName(appointment->office()).toLower()));
    return *appointment;
}

std::optional<Appointment> RecordOwner::pick(const std::vector<Appointment> &appointments, const QDate &date)
{
    // The three tries of appointmentAtSql(), each "latest start first, then the lowest id" (ISO
    // date text sorts as the dates do; a null end runs on for ever).
    const Appointment *inOffice = nullptr;
    const Appointment *before = nullptr;
    const Appointment *first = nullptr;
    auto laterStart = [](const Appointment *best, const Appointment &a) {
        return !best || a.start > best->start || (a.start == best->start && a.id < best->id);
    };
    for (const Appointment &a : appointments) {
        if (a.start <= date) {
            if ((!a.end.isValid() || a.end >= date) && laterStart(inOffice, a))
                inOffice = &a;
            if (laterStart(before, a))
                before = &a;
        }
        if (!first || a.start < first->start || (a.start == first->start && a.id < first->id))
            first = &a;
    }
    const Appointment *chosen = inOffice ? inOffice : before ? before : first;
    return chosen ? std::optional<Appointment>(*chosen) : std::nullopt;
}

bool RecordOwner::holdsCollegeOffice(qint64 personId, const QDate &from, const QDate &to) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT ")
                         + collegeOfficeSql(QStringLiteral(":person"), QStringLiteral(":from"), QStringLiteral(":to")));
    q.bind(QStringLiteral(":person"), personId)
        .bind(QStringLiteral(":from"), dutch::isoDate(from))
        .bind(QStringLiteral(":to"), dateValue(to))
        .exec();
    return q.next() && q.value(0).toBool();
}

} // namespace integriteit
