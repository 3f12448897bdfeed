#pragma once
// Declaraties, export only: the public overview of the college members' claims of one year
// (ClaimService::publicLines, or publicTotals for "declaraties-totalen"). Public fields only, so
// --public changes nothing; claims are made in the window, with receipts, never from a file.

#include "csv/csvregister.h"

namespace integriteit {

class ClaimService;

class ClaimCsvRegister : public CsvRegister
{
public:
    ClaimCsvRegister(ClaimService &claims, bool totals) : m_claims(claims), m_totals(totals) {}

    QString name() const override;
    QString title() const override;
    QList<CsvColumn> columns() const override;
    bool canImport() const override { return false; }
    bool requiresYear() const override { return true; }
    int exportCount(const CsvExportOptions &options) override;
    void exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink) override;
    void importRecord(const QVariantMap &values) override;

private:
    ClaimService &m_claims;
    bool m_totals = false;
};

} // namespace integriteit
