#pragma once
// A register whose records are rows of one table with columns()/fromColumns() (nevenfuncties,
// neveninkomsten, financiële belangen, geschenken, uitnodigingen, dienstreizen): export reads the
// table in id order, import hands each row to the register's service.

#include "csv/csvregister.h"
#include "registers/common/recordbulkinsert.h"

#include <QSqlDatabase>

namespace integriteit {

class Session;

struct RecordCsvSpec
{
    QString name;
    QString title;
    QList<CsvColumn> columns;
    // Selects the record columns (plus person_id where the table has none), aliased as the keys.
    QString select;
    // A condition on :from and :to (ISO dates of the year) for --year; appended with WHERE.
    QString yearCondition;
    // Creates the record through its service.
    std::function<void(const QVariantMap &)> create;
    // Optional: the same through RecordBulkInsert, for big files (bulk.prepare empty: none).
    RecordBulkSpec bulk;
};

class RecordCsvRegister : public CsvRegister
{
public:
    RecordCsvRegister(const QSqlDatabase &db, const Session &session, RecordCsvSpec spec);

    QString name() const override { return m_spec.name; }
    QString title() const override { return m_spec.title; }
    QList<CsvColumn> columns() const override { return m_spec.columns; }
    int exportCount(const CsvExportOptions &options) override;
    void exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink) override;
    void importRecord(const QVariantMap &values) override { m_spec.create(values); }
    std::unique_ptr<CsvBulkImport> bulkImport(UnitOfWork &work) override;

private:
    QString where(const CsvExportOptions &options) const;

    QSqlDatabase m_db;
    const Session &m_session;
    RecordCsvSpec m_spec;
};

// The specifications of the six record registers (registercolumns.cpp).
QList<CsvColumn> sidePositionCsvColumns(); // no database needed: for the fuzz target
RecordCsvSpec sidePositionsCsv(AppCore &core);
RecordCsvSpec sideIncomeCsv(AppCore &core);
RecordCsvSpec financialInterestsCsv(AppCore &core);
RecordCsvSpec giftsCsv(AppCore &core);
RecordCsvSpec invitationsCsv(AppCore &core);
RecordCsvSpec tripsCsv(AppCore &core);

} // namespace integriteit
