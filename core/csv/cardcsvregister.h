#pragma once
// Creditcardbetalingen: statement lines of the cards (GC 9.10), found by the card's last four
// digits. Rows of one card and statement date become one statement, imported through
// CreditCardService::importStatement (rights, validation, audit, never twice).

#include "csv/csvregister.h"

#include <QDate>
#include <map>
#include <vector>

namespace integriteit {

class CreditCardService;
class Database;
class Session;
struct CardPaymentInput;

class CardCsvRegister : public CsvRegister
{
public:
    CardCsvRegister(Database &database, const Session &session, CreditCardService &cards, QString sourceName = {});

    QString name() const override { return QStringLiteral("creditcardbetalingen"); }
    QString title() const override;
    QList<CsvColumn> columns() const override;
    bool hasPublicForm() const override { return false; }
    int exportCount(const CsvExportOptions &options) override;
    void exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink) override;
    void importRecord(const QVariantMap &values) override;
    void finishImport(const std::function<void(int row, const Error &error)> &report) override;

    // The row being imported, set by the importer before importRecord (rows are grouped).
    void setRow(int row) override { m_row = row; }

private:
    struct Group
    {
        qint64 cardId = 0;
        QDate statementDate;
        QString reference;
        std::vector<CardPaymentInput> rows;
        int firstRow = 0;
    };
    qint64 findCard(const QString &digits, qint64 personId, const QDate &date) const;

    Database &m_database;
    const Session &m_session;
    CreditCardService &m_cards;
    QString m_source;
    std::vector<Group> m_groups;
    std::map<std::pair<qint64, QDate>, std::size_t> m_index;
    int m_row = 0;
};

} // namespace integriteit
