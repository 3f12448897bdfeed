#include "attentionlist.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordperson.h"
#include "registers/gifts/giftquery.h"
#include "registers/income/sideincomequery.h"
#include "registers/inventory/inventoryservice.h"
#include "registers/invitations/invitationquery.h"
#include "registers/sidepositions/sidepositionquery.h"
#include "registers/trips/tripquery.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>
#include <map>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::AttentionList) };

// One kind of item: rows of `table` (alias r, with person_id) that meet `condition`; the owning
// appointment is the one on `refDate`. The select yields id, due date, two text arguments.
struct Source
{
    AttentionKind kind;
    QString entity;
    QString table;
    QString refDate;
    QString condition;
    QString due;
    QString arg1;
    QString arg2 = QStringLiteral("''");
    std::function<QString(const QString &, const QString &)> text;
};

class Collector
{
public:
    Collector(const QSqlDatabase &db, const Session &session, const QDate &today)
        : m_db(db), m_session(session), m_today(today)
    {
    }

    void collect(const Source &s, const QList<QPair<QString, QVariant>> &values = {})
    {
        SqlQuery q(m_db, QStringLiteral("SELECT r.id, %1, %2, %3, %4 FROM %5 r JOIN persons p ON p.id = r.person_id "
                                        "LEFT JOIN appointments ap ON ap.id = %6 WHERE %7")
                             .arg(s.due, s.arg1, s.arg2, RecordPerson::columns(), s.table,
                                  RecordOwner::appointmentAtSql(QStringLiteral("r.person_id"), s.refDate), s.condition));
        q.bind(QStringLiteral(":today"), dutch::isoDate(m_today));
        for (const auto &[name, value] : values)
            q.bind(name, value);
        q.exec();
        while (q.next()) {
            const RecordPerson person = RecordPerson::read(q, 4);
            if (!person.role || !m_session.administers(officeFor(*person.role)))
                continue;
            AttentionItem item;
            item.kind = s.kind;
            item.office = officeFor(*person.role);
            item.personId = person.personId;
            item.personName = person.displayName;
            item.entity = s.entity;
            item.recordId = s.entity.isEmpty() ? 0 : q.value(0).toLongLong();
            item.due = dutch::fromIso(q.value(1).toString());
            item.text = s.text(q.value(2).toString(), q.value(3).toString());
            m_items.push_back(std::move(item));
        }
    }

    std::vector<AttentionItem> &items() { return m_items; }

private:
    QSqlDatabase m_db;
    const Session &m_session;
    QDate m_today;
    std::vector<AttentionItem> m_items;
};

void registerItems(Collector &c)
{
    c.collect({AttentionKind::SidePositionCollegeSteps, QStringLiteral("side_position"), QStringLiteral("side_positions"),
               RecordOwner::periodReferenceSql(QStringLiteral("r.start_date"), QStringLiteral("r.end_date")),
               QStringLiteral("(r.end_date IS NULL OR r.end_date >= :today) AND ") + SidePositionQuery::flagSql(),
               QStringLiteral("r.start_date"), QStringLiteral("r.organisation"), QStringLiteral("''"),
               [](const QString &organisation, const QString &) {
                   return Tr::tr("Personal side position at %1: record when it was reported to the council and "
                                 "discussed in the college (GC 3.6).").arg(organisation);
               }});
    c.collect({AttentionKind::GiftWithoutDestination, QStringLiteral("gift"), QStringLiteral("gifts"),
               QStringLiteral("r.received_date"),
               QStringLiteral("r.received_at_home = 0 AND ") + GiftQuery::needsDestinationSql(),
               QStringLiteral("r.received_date"), QStringLiteral("r.giver"), QStringLiteral("r.description"),
               [](const QString &giver, const QString &description) {
                   return Tr::tr("Gift \"%1\" from %2 is above the threshold and has no destination yet (GC 5.1.1).")
                       .arg(description, giver);
               }});
    c.collect({AttentionKind::GiftReceivedAtHome, QStringLiteral("gift"), QStringLiteral("gifts"),
               QStringLiteral("r.received_date"), GiftQuery::needsBodyDecisionSql(), QStringLiteral("r.received_date"),
               QStringLiteral("r.giver"), QStringLiteral("r.description"),
               [](const QString &giver, const QString &description) {
                   return Tr::tr("Gift \"%1\" from %2 was received at home: the seniors' council or the college "
                                 "decides on its destination (GC 5.1.5).").arg(description, giver);
               }});
    c.collect({AttentionKind::InvitationWithoutDecision, QStringLiteral("invitation"), QStringLiteral("invitations"),
               QStringLiteral("r.event_date"), QStringLiteral("r.event_date >= :today AND ") + InvitationQuery::needsDecisionSql(),
               QStringLiteral("r.event_date"), QStringLiteral("r.host"), QStringLiteral("r.description"),
               [](const QString &host, const QString &description) {
                   return Tr::tr("Invitation \"%1\" from %2 needs a decision beforehand (GC 5.2.2).").arg(description, host);
               }});
    c.collect({AttentionKind::TripWithoutPermission, QStringLiteral("trip"), QStringLiteral("trips"),
               QStringLiteral("r.departure_date"), QStringLiteral("r.departure_date >= :today AND ") + TripQuery::needsPermissionSql(),
               QStringLiteral("r.departure_date"), QStringLiteral("r.destination"),
               QStringLiteral("CASE WHEN %1 THEN 'test' ELSE '' END").arg(TripQuery::needsConflictTestSql()),
               [](const QString &destination, const QString &test) {
                   return test.isEmpty()
                       ? Tr::tr("Trip to %1 needs permission before departure (GC 6.2).").arg(destination)
                       : Tr::tr("Trip to %1 is paid by a third party: record the conflict-of-interest test and the "
                                "permission before departure (GC 6.2, 6.4).").arg(destination);
               }});
}

void incomeItems(Collector &c, const QDate &today)
{
    c.collect({AttentionKind::IncomeUnpublished, QStringLiteral("side_income"), SideIncomeQuery::viewSql(),
               QStringLiteral("min(r.last_day, :today)"),
               QStringLiteral("r.published_date IS NULL AND r.year < :year AND ") + SideIncomeQuery::mustPublishSql(),
               QStringLiteral("((r.year + 1) || '-03-31')"), QStringLiteral("r.year"), QStringLiteral("r.organisation"),
               [](const QString &year, const QString &organisation) {
                   return Tr::tr("Income %1 from %2 is not published yet; it is due before 1 April %3.")
                       .arg(year, organisation)
                       .arg(year.toInt() + 1);
               }},
              {{QStringLiteral(":year"), today.year()}});

    const int year = today.year() - 1;
    const QString table = QStringLiteral(
        "(SELECT DISTINCT a.person_id AS id, a.person_id FROM appointments a WHERE (a.role = 'burgemeester' OR "
        "(a.role = 'wethouder' AND a.fraction_pct = 100)) AND a.transitional_settlement = 0 AND a.start_date <= :last "
        "AND coalesce(a.end_date, '9999-12-31') >= :first AND NOT EXISTS (SELECT 1 FROM settlement_decisions d "
        "WHERE d.person_id = a.person_id AND d.year = :year))");
    const auto before = c.items().size();
    c.collect({AttentionKind::SettlementUndecided, QString(), table, QStringLiteral(":last"), QStringLiteral("1"),
               QStringLiteral(":due"), QStringLiteral(":year"), QStringLiteral("''"),
               [](const QString &y, const QString &) {
                   return Tr::tr("The college has not yet decided on the settlement of side income %1.").arg(y);
               }},
              {{QStringLiteral(":first"), dutch::isoDate(QDate(year, 1, 1))},
               {QStringLiteral(":last"), dutch::isoDate(QDate(year, 12, 31))},
               {QStringLiteral(":year"), year},
               {QStringLiteral(":due"), dutch::isoDate(QDate(today.year(), 6, 30))}});
    for (auto i = before; i < c.items().size(); ++i) {
        c.items()[i].entity = QStringLiteral("settlement_decision");
        c.items()[i].year = year;
    }
}

// One item per year and office instead of one per person: confirming is one task on the inventory
// page (filtered on "not confirmed"), and at national scale a line per person would bury the rest of
// the list under tens of thousands of reminders. Counted in SQL so that no person row is read.
void inventoryItems(std::vector<AttentionItem> &items, const QSqlDatabase &db, const Session &session,
                    const QDate &today)
{
    for (int year : {today.year() - 1, today.year()}) {
        const QDate start = InventoryService::startDateIn(db, year);
        if (today < start)
            continue;
        const QDate last = std::min(QDate(year, 12, 31), today);
        // The office is that of the appointment on the last day counted, as for the other items.
        SqlQuery q(db, QStringLiteral(
            "SELECT ap.role, count(*) FROM (SELECT DISTINCT a.person_id FROM appointments a WHERE a.start_date <= :last "
            "AND coalesce(a.end_date, '9999-12-31') >= :first AND NOT EXISTS (SELECT 1 FROM inventory_confirmations i "
            "WHERE i.person_id = a.person_id AND i.year = :year)) r JOIN appointments ap ON ap.id = %1 GROUP BY ap.role")
                           .arg(RecordOwner::appointmentAtSql(QStringLiteral("r.person_id"), QStringLiteral(":last"))));
        q.bind(QStringLiteral(":first"), dutch::isoDate(start))
            .bind(QStringLiteral(":last"), dutch::isoDate(last))
            .bind(QStringLiteral(":year"), year)
            .exec();
        std::map<Office, int> perOffice;
        while (q.next()) {
            if (const auto role = holderRoleFromCode(q.value(0).toString()))
                perOffice[officeFor(*role)] += q.value(1).toInt();
        }
        for (const auto &[office, count] : perOffice) {
            if (!session.administers(office))
                continue;
            AttentionItem item;
            item.kind = AttentionKind::InventoryUnconfirmed;
            item.office = office;
            item.entity = QStringLiteral("inventory_confirmation");
            item.year = year;
            item.count = count;
            item.due = QDate(year, 12, 31);
            item.text = Tr::tr("%n office holder(s) have not confirmed the yearly inventory of side positions %1 yet "
                               "(GC 3.4).", "", count).arg(year);
            items.push_back(std::move(item));
        }
    }
}

void onboardingItems(std::vector<AttentionItem> &items, const QSqlDatabase &db, const Session &session,
                     const QDate &today)
{
    SqlQuery q(db, QStringLiteral(
        "SELECT a.id, a.person_id, a.role, a.start_date, a.oath_date, a.code_received_date, a.protocol_received_date, "
        "a.screening_date, p.initials, p.first_name, p.name_prefix, p.last_name FROM appointments a "
        "JOIN persons p ON p.id = a.person_id WHERE a.start_date <= :today AND coalesce(a.end_date, '9999-12-31') >= :today "
        "AND (a.oath_date IS NULL OR a.code_received_date IS NULL OR a.protocol_received_date IS NULL OR "
        "(a.role = 'wethouder' AND a.screening_date IS NULL))"));
    q.bind(QStringLiteral(":today"), dutch::isoDate(today)).exec();
    while (q.next()) {
        Appointment a;
        a.id = q.value(0).toLongLong();
        a.personId = q.value(1).toLongLong();
        a.role = holderRoleFromCode(q.value(2).toString()).value_or(HolderRole::Councillor);
        if (!session.administers(a.office()))
            continue;
        a.start = dutch::fromIso(q.value(3).toString());
        a.oathDate = dutch::fromIso(q.value(4).toString());
        a.codeReceived = dutch::fromIso(q.value(5).toString());
        a.protocolReceived = dutch::fromIso(q.value(6).toString());
        a.screeningDate = dutch::fromIso(q.value(7).toString());
        Person p;
        p.initials = q.value(8).toString();
        p.firstName = q.value(9).toString();
        p.namePrefix = q.value(10).toString();
        p.lastName = q.value(11).toString();
        AttentionItem item;
        item.kind = AttentionKind::OnboardingOpen;
        item.office = a.office();
        item.personId = a.personId;
        item.personName = p.displayName();
        item.entity = QStringLiteral("appointment");
        item.recordId = a.id;
        item.due = a.start;
        item.text = Tr::tr("Onboarding as %1 not complete: %2.")
                        .arg(holderRoleName(a.role).toLower(), a.openChecklistItems().join(QStringLiteral(", ")));
        items.push_back(std::move(item));
    }
}
} // namespace

std::vector<AttentionItem> AttentionList::items(const Session &session, const QDate &today) const
{
    if (!session.isLoggedIn() || !(session.administers(Office::Griffie) || session.administers(Office::Secretariat)))
        return {};
    const QSqlDatabase db = m_database.connection();
    Collector collector(db, session, today);
    registerItems(collector);
    incomeItems(collector, today);
    std::vector<AttentionItem> items = std::move(collector.items());
    inventoryItems(items, db, session, today);
    onboardingItems(items, db, session, today);
    std::stable_sort(items.begin(), items.end(), [](const AttentionItem &a, const AttentionItem &b) {
        if (a.due != b.due)
            return a.due < b.due;
        return a.personName.localeAwareCompare(b.personName) < 0;
    });
    return items;
}

} // namespace integriteit
