#include "rawconnection.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>

namespace integriteit::test {

RawConnection::RawConnection(const QString &path)
{
    static QAtomicInt counter;
    m_name = QStringLiteral("raw-test-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    REQUIRE(db.open());
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

void RawConnection::exec(const QString &sql)
{
    QSqlQuery query(db());
    INFO(sql.toStdString());
    const bool ok = query.exec(sql);
    INFO(query.lastError().text().toStdString());
    REQUIRE(ok);
}

bool RawConnection::tryExec(const QString &sql)
{
    QSqlQuery query(db());
    return query.exec(sql);
}

QVariant RawConnection::scalar(const QString &sql)
{
    QSqlQuery query(db());
    INFO(sql.toStdString());
    REQUIRE(query.exec(sql));
    return query.next() ? query.value(0) : QVariant();
}

} // namespace integriteit::test
