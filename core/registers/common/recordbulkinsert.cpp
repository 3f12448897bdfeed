#include "recordbulkinsert.h"

#include "auth/session.h"
#include "common/error.h"
#include "persons/personquery.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QDateTime>
#include <algorithm>

namespace {
// KiB, as PRAGMA cache_size takes a negative number: room for the pages a million rows touch in
// the tables and indexes, so they are written once at commit instead of spilled repeatedly.
constexpr int kImportCacheKiB = 131072;
} // namespace

namespace integriteit {

BulkOwnerCheck::BulkOwnerCheck(const QSqlDatabase &db, const Session &session)
    : m_db(db)
    , m_session(session)
{
}

Appointment BulkOwnerCheck::requireEdit(qint64 personId, const QDate &date)
{
    m_session.requireLogin();
    auto it = m_persons.find(personId);
    if (it == m_persons.end()) {
        // The import changes no persons or appointments, so what is read once stays true.
        const PersonQuery query(m_db);
        std::optional<std::vector<Appointment>> appointments;
        if (query.person(personId))
            appointments = query.appointments(personId);
        it = m_persons.emplace(personId, std::move(appointments)).first;
    }
    const auto &appointments = it->second;
    return RecordOwner::decide(m_session, appointments.has_value(),
                               appointments ? RecordOwner::pick(*appointments, date) : std::nullopt);
}

RecordBulkInsert::RecordBulkInsert(UnitOfWork &work, const Session &session, RecordBulkSpec spec)
    : m_work(work)
    , m_spec(std::move(spec))
    , m_owner(work.database().connection(), session)
    , m_check([this](qint64 personId, const QDate &date) { m_owner.requireEdit(personId, date); })
    , m_audit(work)
{
    SqliteStatement size(SqliteStatement::handle(work.database().connection()), QStringLiteral("PRAGMA cache_size"));
    const qint64 own = size.step() ? size.integer(0) : 0;
    if (own > -kImportCacheKiB && own < kImportCacheKiB / 4) { // pages of 4 KiB when positive
        SqliteStatement(SqliteStatement::handle(work.database().connection()),
                        QStringLiteral("PRAGMA cache_size = -%1").arg(kImportCacheKiB))
            .run();
        m_cacheSize = own;
    }
}

RecordBulkInsert::~RecordBulkInsert()
{
    if (!m_cacheSize)
        return;
    try {
        SqliteStatement(SqliteStatement::handle(m_work.database().connection()),
                        QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize))
            .run();
    } catch (const Error &) {
        // Only the cache's size: the connection works on with the larger one.
    }
}

void RecordBulkInsert::prepareStatement(const QStringList &names)
{
    QStringList columns = names;
    columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    if (m_spec.searchable)
        columns << QStringLiteral("search_text");
    QStringList holders;
    for (int i = 1; i <= columns.size(); ++i)
        holders << QStringLiteral("?%1").arg(i);
    m_insert = std::make_unique<SqliteStatement>(
        SqliteStatement::handle(m_work.database().connection()),
        QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
            .arg(m_spec.table, columns.join(QLatin1Char(',')), holders.join(QLatin1Char(','))));
    m_names = names;
}

qint64 RecordBulkInsert::insert(const QVariantMap &values)
{
    BulkRecord record = m_spec.prepare(values, m_check);
    // As RecordStore::insert: the id is the database's, the rest as the record has it.
    record.columns.remove(QStringLiteral("id"));
    const QStringList names = record.columns.keys();
    if (!m_insert || names != m_names)
        prepareStatement(names);
    int position = 1;
    for (auto it = record.columns.cbegin(); it != record.columns.cend(); ++it)
        m_insert->bindValue(position++, it.value());
    // nowUtcText(), formatted once per millisecond rather than once per row.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms != m_nowMs) {
        m_nowMs = ms;
        m_now = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    const QString now = m_now;
    m_insert->bindText(position++, now);
    m_insert->bindText(position++, now);
    if (m_spec.searchable)
        m_insert->bindText(position++, record.searchText);
    m_insert->run();
    const qint64 id = m_insert->lastInsertId();
    record.columns.insert(QStringLiteral("id"), id);
    m_audit.append(now, m_spec.entity, id, QStringLiteral("create"), {}, RecordStore::toJson(record.columns),
                   record.personId);
    if (m_persons.empty() || m_persons.back() != record.personId)
        m_persons.push_back(record.personId);
    return id;
}

void RecordBulkInsert::announce() const
{
    std::vector<qint64> persons = m_persons;
    std::sort(persons.begin(), persons.end());
    persons.erase(std::unique(persons.begin(), persons.end()), persons.end());
    if (m_spec.changed)
        for (const qint64 person : persons)
            m_spec.changed(person);
}

} // namespace integriteit
