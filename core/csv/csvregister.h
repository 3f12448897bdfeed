#pragma once
// One register as a CSV file: its columns (Dutch names, the form of each value, required or not,
// public or not), how its records are read for export and how one imported row becomes a record
// through the register's own service (rights, validation and audit as when typed in).

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <functional>
#include <memory>

namespace integriteit {

class AppCore;
class Error;
class UnitOfWork;

// A register's fast writer for a whole file: the same checks, records and audit rows as
// CsvRegister::importRecord() row by row, inside the importer's unit of work.
class CsvBulkImport
{
public:
    virtual ~CsvBulkImport() = default;
    virtual void importRecord(const QVariantMap &values) = 0;
    // After the last record, before the importer's commit (throws Error like importRecord).
    virtual void finish() {}
    // After the importer's commit: the services' change signals.
    virtual void committed() {}
};

enum class CsvType {
    Text,
    Date,          // dd-mm-jjjj on export; also ISO on import
    Bool,          // ja / nee
    Money,         // Dutch amount; empty on import is 0
    OptionalMoney, // empty = not known
    Integer,
    Code,          // one of CsvColumn::codes
};

struct CsvColumn
{
    QString name;        // Dutch header, as in the file
    QString key;         // the record's column (Record::columns()), or a register's own key
    CsvType type = CsvType::Text;
    bool required = false;
    bool isPublic = false;
    QString field;       // the validator's field name, so a service error names this column
    QStringList codes;   // for CsvType::Code
    bool exportOnly = false; // written on export, not read back (a record number, a name)
};

struct CsvExportOptions
{
    bool publicOnly = false;
    int year = 0; // 0: every year
};

class CsvRegister
{
public:
    virtual ~CsvRegister() = default;

    // Command-line name: "nevenfuncties", "financiele-belangen", ...
    virtual QString name() const = 0;
    // Translated title for the window: "Side positions".
    virtual QString title() const = 0;
    virtual QList<CsvColumn> columns() const = 0;
    virtual bool canImport() const { return true; }
    // Declaraties are public by nature; creditcard payments have no public form of their own.
    virtual bool hasPublicForm() const { return true; }
    virtual bool requiresYear() const { return false; }

    // Calls `sink` with the values of each record (keyed by CsvColumn::key, raw: dates ISO,
    // amounts in cents), in a stable order. Checks the user's right to read.
    virtual int exportCount(const CsvExportOptions &options) = 0;
    virtual void exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink) = 0;

    // Writes one parsed row (values keyed by CsvColumn::key, already in record form) through the
    // service; throws Error as the service does. Runs inside the importer's unit of work.
    virtual void importRecord(const QVariantMap &values) = 0;
    // The file row of the next importRecord(), for registers that write in batches.
    virtual void setRow(int row) { Q_UNUSED(row); }
    // Called once after all rows, still inside the unit of work (batched registers write here);
    // reports each refused batch with the file row it is about.
    virtual void finishImport(const std::function<void(int row, const Error &error)> &report) { Q_UNUSED(report); }
    // The register's bulk writer inside `work`, or nullptr: then every row goes to importRecord().
    virtual std::unique_ptr<CsvBulkImport> bulkImport(UnitOfWork &work)
    {
        Q_UNUSED(work);
        return nullptr;
    }
};

// The registers by command-line name, in the order the window lists them.
QStringList csvRegisterNames();
// nullptr for an unknown name. The register works on `core`'s services and session.
std::unique_ptr<CsvRegister> createCsvRegister(const QString &name, AppCore &core);

} // namespace integriteit
