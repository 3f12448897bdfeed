#pragma once
// Personen, export only: every office holder's number and name, so that whoever fills in an
// import file can look up the persoon_nr (the number names the person; a name never does).

#include "csv/csvregister.h"

#include <QSqlDatabase>

namespace integriteit {

class Session;

class PersonCsvRegister : public CsvRegister
{
public:
    PersonCsvRegister(const QSqlDatabase &db, const Session &session) : m_db(db), m_session(session) {}

    QString name() const override { return QStringLiteral("personen"); }
    QString title() const override;
    QList<CsvColumn> columns() const override;
    bool canImport() const override { return false; }
    int exportCount(const CsvExportOptions &options) override;
    void exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink) override;
    void importRecord(const QVariantMap &values) override;

private:
    QSqlDatabase m_db;
    const Session &m_session;
};

} // namespace integriteit
