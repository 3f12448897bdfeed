#include "integritycheck.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::IntegrityCheck) };
}

CheckResult IntegrityCheck::run(Database &database)
{
    CheckResult result;
    const QSqlDatabase db = database.connection();
    {
        SqlQuery q(db, QStringLiteral("PRAGMA integrity_check"));
        q.exec();
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != QLatin1String("ok"))
                result.problems << Tr::tr("Database structure: %1").arg(line);
        }
    }
    {
        SqlQuery q(db, QStringLiteral("PRAGMA foreign_key_check"));
        q.exec();
        while (q.next())
            result.problems << Tr::tr("Reference: row %1 of table %2 points to a missing row in %3.")
                                   .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    result.auditRows = SqlQuery::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    if (const qint64 broken = AuditLog::verifyChain(db); broken > 0)
        result.problems << Tr::tr("Audit trail: row %1 was changed or a row before it was removed.").arg(broken);
    return result;
}

} // namespace integriteit
