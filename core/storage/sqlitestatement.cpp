#include "sqlitestatement.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <sqlite3.h>

namespace integriteit {

namespace {
// SqlQuery's messages (and its translations): to the user a refused statement is the same failure.
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SqlQuery) };

QString messageFor(int code)
{
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("The database is in use by another program. Wait a moment and try again; "
                      "nothing was saved.");
    case SQLITE_FULL:
        return Tr::tr("The disk is full. Make room and try again; nothing was saved.");
    default:
        return Tr::tr("The database could not carry out the action. Nothing was saved.");
    }
}
} // namespace

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // The Qt plugin and this library link the same system libsqlite3 (README "Dependencies").
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0 || !*static_cast<sqlite3 *const *>(v.constData()))
        throw Error::storage(messageFor(SQLITE_ERROR),
                             QStringLiteral("no sqlite3 handle behind connection %1").arg(db.connectionName()));
    return *static_cast<sqlite3 *const *>(v.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
    , m_sql(sql)
{
    if (sqlite3_prepare16_v3(m_db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK)
        fail("prepare");
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::fail(const char *what) const
{
    throw Error::storage(messageFor(sqlite3_extended_errcode(m_db)),
                         QStringLiteral("%1: %2 (%3)")
                             .arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db)), m_sql));
}

void SqliteStatement::bindText(int position, const QString &text)
{
    // SQLITE_STATIC: the QString lives until step(); the database converts UTF-16 to its UTF-8.
    const int rc = text.isNull() ? sqlite3_bind_text16(m_statement, position, u"", 0, SQLITE_STATIC)
                                 : sqlite3_bind_text16(m_statement, position, text.utf16(), int(text.size() * 2),
                                                       SQLITE_STATIC);
    if (rc != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::bindInt(int position, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, position, value) != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::bindNull(int position)
{
    if (sqlite3_bind_null(m_statement, position) != SQLITE_OK)
        fail("bind");
}

void SqliteStatement::bindValue(int position, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(position);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        bindInt(position, value.toLongLong());
        return;
    case QMetaType::QString:
        bindText(position, *static_cast<const QString *>(value.constData()));
        return;
    default:
        // Records hold texts, integers and nulls only; anything else would be stored differently
        // from the single-record path, so it is refused rather than guessed.
        throw Error::storage(messageFor(SQLITE_MISMATCH),
                             QStringLiteral("bulk bind of a %1 value").arg(QLatin1String(value.typeName())));
    }
}

void SqliteStatement::run()
{
    const int rc = sqlite3_step(m_statement);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        sqlite3_reset(m_statement);
        fail("step");
    }
    reset();
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        sqlite3_reset(m_statement);
        fail("step");
    }
    return false;
}

QString SqliteStatement::text(int column) const
{
    const void *data = sqlite3_column_text16(m_statement, column);
    return data ? QString(static_cast<const QChar *>(data), sqlite3_column_bytes16(m_statement, column) / 2) : QString();
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace integriteit
