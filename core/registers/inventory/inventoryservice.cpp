#include "inventoryservice.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "persons/personquery.h"
#include "registers/common/fieldrules.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "registers/common/yearlyrecords.h"
#include "registers/sidepositions/sidepositionquery.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::InventoryService) };

const QString kTable = QStringLiteral("inventory_confirmations");
const QString kEntity = QStringLiteral("inventory_confirmation");
const QString kStartKey = QStringLiteral("inventory_start");

// One confirmation per person per year (GC 3.4).
YearlyRecords confirmations(Database &database, const Session &session)
{
    return YearlyRecords(database, session, kTable, kEntity);
}

InventoryConfirmation trimmed(InventoryConfirmation c)
{
    c.notes = c.notes.trimmed();
    return c;
}
} // namespace

InventoryService::InventoryService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

InventoryOverview InventoryService::overview(qint64 personId, int year) const
{
    m_session.requireLogin();
    const auto person = PersonQuery(m_database.connection()).person(personId);
    if (!person)
        throw Error::notFound(Tr::tr("This office holder no longer exists."), QStringLiteral("person %1").arg(personId));
    InventoryOverview o;
    o.personId = personId;
    o.displayName = person->displayName();
    o.year = year;
    o.positions = SidePositionQuery(m_database.connection()).positionsInYear(personId, year);
    o.confirmation = confirmationFor(personId, year);
    return o;
}

std::vector<InventoryStatusRow> InventoryService::status(int year, bool unconfirmedOnly) const
{
    m_session.requireLogin();
    const QDate first(year, 1, 1);
    const QDate last = YearlyRecords::referenceDate(year);
    SqlQuery q(m_database.connection(),
               QStringLiteral("SELECT %1, c.id FROM persons p JOIN appointments ap ON ap.id = %2 "
                              "LEFT JOIN inventory_confirmations c ON c.person_id = p.id AND c.year = :year "
                              "WHERE EXISTS (SELECT 1 FROM appointments a WHERE a.person_id = p.id AND a.start_date <= :last "
                              "AND coalesce(a.end_date, '9999-12-31') >= :first) %3 ORDER BY p.sort_name COLLATE NOCASE, p.id")
                   .arg(RecordPerson::columns().replace(QStringLiteral("r.person_id"), QStringLiteral("p.id")),
                        RecordOwner::appointmentAtSql(QStringLiteral("p.id"), QStringLiteral(":last")),
                        unconfirmedOnly ? QStringLiteral("AND c.id IS NULL") : QString()));
    q.bind(QStringLiteral(":year"), year)
        .bind(QStringLiteral(":first"), dutch::isoDate(first))
        .bind(QStringLiteral(":last"), dutch::isoDate(last))
        .exec();
    std::vector<InventoryStatusRow> rows;
    while (q.next()) {
        InventoryStatusRow row;
        row.person = RecordPerson::read(q, 0);
        if (!q.value(8).isNull())
            row.confirmation = confirmation(q.value(8).toLongLong());
        rows.push_back(std::move(row));
    }
    return rows;
}

QDate InventoryService::startDate(int year) const
{
    return startDateIn(m_database.connection(), year);
}

QDate InventoryService::startDateIn(const QSqlDatabase &db, int year)
{
    const QString value = SqlQuery::scalar(db,
                                           QStringLiteral("SELECT value FROM settings WHERE key = 'inventory_start'"))
                              .toString();
    const QDate stored = QDate::fromString(QStringLiteral("%1-%2").arg(year).arg(value), QStringLiteral("yyyy-MM-dd"));
    return stored.isValid() ? stored : QDate(year, 9, 1);
}

bool InventoryService::mayEditSettings() const
{
    return m_session.has(UserRole::Administrator) || m_session.administers(Office::Griffie)
        || m_session.administers(Office::Secretariat);
}

void InventoryService::setStartDate(int month, int day)
{
    m_session.requireLogin();
    if (!mayEditSettings())
        throw Error::permission(Tr::tr("You may not change the start of the yearly inventory."));
    // 2001 is not a leap year, so 29 February is refused: the day must exist every year.
    fieldrules::require(QDate(2001, month, day).isValid(), "inventoryStart",
                        Tr::tr("Start of the inventory: choose a day that exists in every year."));
    const QString before = SqlQuery::scalar(m_database.connection(),
                                            QStringLiteral("SELECT value FROM settings WHERE key = 'inventory_start'"))
                               .toString();
    const QString value = QDate(2001, month, day).toString(QStringLiteral("MM-dd"));
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (:k, :v)"))
        .bind(QStringLiteral(":k"), kStartKey)
        .bind(QStringLiteral(":v"), value)
        .exec();
    work.audit(QStringLiteral("settings"), 1, QStringLiteral("update"),
               before.isEmpty() ? QJsonObject() : QJsonObject{{kStartKey, before}}, QJsonObject{{kStartKey, value}});
    work.commit();
    Q_EMIT settingsChanged();
}

InventoryConfirmation InventoryService::confirmation(qint64 id) const
{
    m_session.requireLogin();
    const auto columns = RecordStore(m_database, kTable, kEntity).load(id);
    if (!columns)
        throw Error::notFound(Tr::tr("This confirmation no longer exists."), QStringLiteral("inventory_confirmation %1").arg(id));
    return InventoryConfirmation::fromColumns(*columns);
}

std::optional<InventoryConfirmation> InventoryService::confirmationFor(qint64 personId, int year) const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT id FROM inventory_confirmations WHERE person_id = :p AND year = :y"),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":p"), personId).bind(QStringLiteral(":y"), year).exec();
    if (!q.next())
        return std::nullopt;
    return confirmation(q.value(0).toLongLong());
}

std::vector<AuditEntry> InventoryService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), kEntity, id);
}

bool InventoryService::mayEdit(qint64 personId, int year) const
{
    return confirmations(m_database, m_session).mayEdit(personId, year);
}

void InventoryService::validate(const InventoryConfirmation &c, const QDate &today)
{
    using namespace fieldrules;
    require(c.personId > 0, "person", Tr::tr("Office holder: choose the office holder."));
    year(c.year, "year", Tr::tr("Year"));
    require(c.year <= today.year(), "year", Tr::tr("Year: the inventory is confirmed for a past or the current year."));
    requiredDate(c.confirmed, "confirmed", Tr::tr("Confirmed"));
    pastDate(c.confirmed, today, "confirmed", Tr::tr("Confirmed"));
    require(c.confirmed.year() >= c.year, "confirmed",
            Tr::tr("Confirmed: the inventory of %1 cannot be confirmed before that year.").arg(c.year));
    require(!c.corrected || !c.notes.trimmed().isEmpty(), "notes",
            Tr::tr("Notes: say what the office holder corrected."));
    text(c.notes, "notes", Tr::tr("Notes"), 2000, false);
}

qint64 InventoryService::insert(const InventoryConfirmation &input, bool keepId)
{
    const InventoryConfirmation c = trimmed(input);
    YearlyRecords records = confirmations(m_database, m_session);
    records.requireEdit(c.personId, c.year);
    validate(c);
    const qint64 id = records.insert(
        c.columns(), c.personId, confirmationFor(c.personId, c.year).has_value(),
        Tr::tr("Year: the inventory of %1 is already confirmed; change that record.").arg(c.year), keepId ? c.id : 0);
    Q_EMIT recordsChanged(c.personId);
    return id;
}

qint64 InventoryService::confirm(const InventoryConfirmation &confirmation)
{
    return insert(confirmation, false);
}

void InventoryService::restore(const InventoryConfirmation &c)
{
    if (confirmations(m_database, m_session).exists(c.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This confirmation already exists."));
    insert(c, true);
}

void InventoryService::update(const InventoryConfirmation &input)
{
    const InventoryConfirmation before = confirmation(input.id);
    const InventoryConfirmation c = trimmed(input);
    YearlyRecords records = confirmations(m_database, m_session);
    records.requireEdit(before.personId, before.year);
    if (c.personId != before.personId || c.year != before.year)
        throw Error::validation(QStringLiteral("year"), Tr::tr("Year: the person and year of a confirmation cannot change."));
    validate(c);
    records.update(c.id, before.columns(), c.columns(), c.personId);
    Q_EMIT recordChanged(c.id, c.personId);
}

void InventoryService::remove(qint64 id)
{
    const InventoryConfirmation before = confirmation(id);
    YearlyRecords records = confirmations(m_database, m_session);
    records.requireEdit(before.personId, before.year);
    records.remove(id, before.columns(), before.personId);
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
