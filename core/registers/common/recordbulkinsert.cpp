#include "recordbulkinsert.h"

#include "auth/session.h"
#include "common/error.h"
#include "common/dutchformat.h"
#include "storage/sqlquery.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "storage/auditlog.h"
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
    : m_session(session)
{
    SqlQuery persons(db, QStringLiteral("SELECT id FROM persons"));
    persons.exec();
    while (persons.next())
        m_persons[persons.value(0).toLongLong()];
    SqlQuery appointments(db, QStringLiteral("SELECT id, person_id, role, start_date, end_date FROM appointments"));
    appointments.exec();
    while (appointments.next()) {
        Appointment a;
        a.id = appointments.value(0).toLongLong();
        a.personId = appointments.value(1).toLongLong();
        // As PersonQuery reads them.
        a.role = holderRoleFromCode(appointments.value(2).toString()).value_or(HolderRole::Councillor);
        a.start = dutch::fromIso(appointments.value(3).toString());
        a.end = dutch::fromIso(appointments.value(4).toString());
        m_persons[a.personId].push_back(std::move(a));
    }
}

Appointment BulkOwnerCheck::requireEdit(qint64 personId, const QDate &date) const
{
    m_session.requireLogin();
    const auto it = m_persons.find(personId);
    const bool exists = it != m_persons.end();
    return RecordOwner::decide(m_session, exists, exists ? RecordOwner::pick(it->second, date) : std::nullopt);
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
    if (m_spec.searchable)
        deferSearchIndex();
}

void RecordBulkInsert::deferSearchIndex()
{
    sqlite3 *db = SqliteStatement::handle(m_work.database().connection());
    // The names of migration 0005: <table>_search and its trigger <table>_search_insert.
    SqliteStatement trigger(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1"));
    const QString name = m_spec.table + QStringLiteral("_search_insert");
    trigger.bindText(1, name);
    if (!trigger.step())
        return; // a schema without the index: nothing to defer
    const QString sql = trigger.text(0);
    SqliteStatement highest(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(m_spec.table));
    if (highest.step())
        m_idsAbove = highest.integer(0);
    SqliteStatement(db, QStringLiteral("DROP TRIGGER %1").arg(name)).run();
    m_searchTriggerSql = sql;
}

void RecordBulkInsert::finish()
{
    if (m_searchTriggerSql.isEmpty())
        return;
    sqlite3 *db = SqliteStatement::handle(m_work.database().connection());
    SqliteStatement(db, m_searchTriggerSql).run();
    SqliteStatement fill(db, QStringLiteral("INSERT INTO %1_search(rowid, search_text) SELECT id, search_text FROM %1 WHERE id > ?1")
                                 .arg(m_spec.table));
    fill.bindInt(1, m_idsAbove);
    fill.run();
    m_searchTriggerSql.clear();
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

QString RecordBulkInsert::nowText()
{
    // nowUtcText()'s text ("2026-11-22T14:02:05.123Z"): the date formatted by Qt once a day, the
    // time of day by hand, as QDateTime's conversions were a tenth of the import.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    if (ms == m_nowMs)
        return m_now;
    constexpr qint64 kDay = 86400000;
    const qint64 day = ms / kDay;
    if (day != m_nowDay) {
        m_nowDay = day;
        m_today = QDateTime::fromMSecsSinceEpoch(day * kDay, Qt::UTC).date().toString(Qt::ISODate) + QLatin1Char('T');
    }
    const qint64 inDay = ms - day * kDay;
    m_nowMs = ms;
    m_now = m_today
        + QStringLiteral("%1:%2:%3.%4Z")
              .arg(inDay / 3600000, 2, 10, QLatin1Char('0'))
              .arg(inDay / 60000 % 60, 2, 10, QLatin1Char('0'))
              .arg(inDay / 1000 % 60, 2, 10, QLatin1Char('0'))
              .arg(inDay % 1000, 3, 10, QLatin1Char('0'));
    return m_now;
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
    const QString now = nowText();
    m_insert->bindText(position++, now);
    m_insert->bindText(position++, now);
    if (m_spec.searchable)
        m_insert->bindText(position++, record.searchText);
    m_insert->run();
    const qint64 id = m_insert->lastInsertId();
    record.columns.insert(QStringLiteral("id"), id);
    m_audit.appendText(now, m_spec.entity, id, QStringLiteral("create"), QString(), auditJson(record.columns),
                       record.personId);
    if (m_persons.empty() || m_persons.back() != record.personId)
        m_persons.push_back(record.personId);
    return id;
}

namespace {
// Texts Qt's JSON writer copies as they are: no quote, backslash or control character (those it
// escapes), and, to be safe, no DEL or lone surrogate halves.
bool plain(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == u'"' || u == u'\\' || u == 0x7f || (u >= 0xd800 && u <= 0xdfff))
            return false;
    }
    return true;
}
} // namespace

QString RecordBulkInsert::auditJson(const QVariantMap &columns)
{
    // A profile of the import put a fifth of its time in building a QJsonObject per row.
    QString out;
    out.reserve(512);
    out += QLatin1Char('{');
    bool first = true;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!plain(it.key()))
            return AuditLog::jsonText(RecordStore::toJson(columns));
        if (!first)
            out += QLatin1Char(',');
        first = false;
        out += QLatin1Char('"') + it.key() + QLatin1String("\":");
        const QVariant &v = it.value();
        if (v.isNull()) {
            out += QLatin1String("null");
            continue;
        }
        switch (v.typeId()) {
        case QMetaType::Bool:
            out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
            out += QString::number(v.toLongLong());
            break;
        case QMetaType::QString: {
            const QString &text = *static_cast<const QString *>(v.constData());
            if (!plain(text))
                return AuditLog::jsonText(RecordStore::toJson(columns));
            out += QLatin1Char('"') + text + QLatin1Char('"');
            break;
        }
        default:
            return AuditLog::jsonText(RecordStore::toJson(columns));
        }
    }
    out += QLatin1Char('}');
    return out;
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
