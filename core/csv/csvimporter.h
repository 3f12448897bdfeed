#pragma once
// Imports a register's CSV file all or nothing: every row goes through the register's service
// (rights, validation, audit row) inside ONE unit of work; the problems of all rows are collected
// (up to kMaxProblems) with row and column as the spreadsheet shows them, and on any problem, or
// when the user cancels, everything is rolled back.

#include "csv/csvrowparser.h"

#include <QByteArray>
#include <functional>
#include <vector>

namespace integriteit {

class Database;
class Session;

struct CsvImportResult
{
    int rows = 0;      // data rows in the file
    int imported = 0;  // records saved (0 unless everything was)
    bool cancelled = false;
    bool truncated = false; // stopped after kMaxProblems
    std::vector<CsvProblem> problems;
    bool ok() const { return !cancelled && problems.empty(); }
};

class CsvImporter
{
public:
    static constexpr int kMaxProblems = 100;
    // Called with rows done and the total; return false to cancel (everything is rolled back).
    using Progress = std::function<bool(int done, int total)>;

    CsvImporter(Database &database, const Session &session, CsvRegister &target);
    // Throws Error only for what is no row's fault (not logged in, a register without import,
    // the database refusing the commit).
    CsvImportResult run(const QByteArray &bytes, const Progress &progress = {});
    // Every row through the register's service even where it has a bulk writer: for the tests and
    // the benchmark that compare both paths.
    void setRowByRow(bool rowByRow) { m_rowByRow = rowByRow; }

private:
    Database &m_database;
    const Session &m_session;
    CsvRegister &m_register;
    bool m_rowByRow = false;
};

} // namespace integriteit
