#pragma once
// `integriteit check`: SQLite's own integrity check, the foreign keys, and the audit hash chain.

#include <QStringList>

namespace integriteit {

class Database;

struct CheckResult
{
    QStringList problems; // translated, one line each
    int auditRows = 0;
    bool ok() const { return problems.isEmpty(); }
};

class IntegrityCheck
{
public:
    static CheckResult run(Database &database);
};

} // namespace integriteit
