#pragma once
// Neveninkomsten: a year's income per side position. Kept by the office of the person's appointment
// at the end of the income year; one unit of work with its audit row per action.

#include "registers/income/sideincomequery.h"
#include "storage/auditlog.h"

#include <QObject>
#include <optional>

namespace integriteit {

class Database;
class Session;
struct SidePosition;

class SideIncomeService : public QObject
{
    Q_OBJECT
public:
    SideIncomeService(Database &database, const Session &session, QObject *parent = nullptr);

    SideIncome income(qint64 id) const;
    std::optional<SideIncome> incomeFor(qint64 positionId, int year) const;
    int count(const RegisterFilter &filter) const;
    std::vector<SideIncomeRow> page(const RegisterFilter &filter, SideIncomeColumn sort, Qt::SortOrder order,
                                    int offset, int limit) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(const SideIncome &income) const;

    qint64 create(const SideIncome &income);
    void update(const SideIncome &income);
    // Records the publication date of a year's income.
    void publish(qint64 id, const QDate &published);
    void remove(qint64 id);
    void restore(const SideIncome &income);

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);

private:
    SidePosition positionOf(const SideIncome &income) const;
    void requireEdit(const SideIncome &income, const SidePosition &position) const;
    qint64 insert(const SideIncome &income, bool keepId);
    void write(const SideIncome &before, const SideIncome &after, const QString &action);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
