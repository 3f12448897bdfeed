#pragma once
// Verrekening van neveninkomsten: the yearly parameters, the computation for one person and year,
// and the college's decision, also when nothing is to be settled.

#include "registers/income/settlement.h"
#include "storage/auditlog.h"

#include <QObject>
#include <optional>
#include <vector>

namespace integriteit {

class Database;
class Session;

class SettlementService : public QObject
{
    Q_OBJECT
public:
    SettlementService(Database &database, const Session &session, QObject *parent = nullptr);

    // The year's parameters, or the defaults (14 %, 50 %, no salary) when none are stored.
    SettlementParameters parameters(qint64 organisationId, int year) const;
    // The administrator and the secretariat (who keeps the college's registers) set them.
    bool mayEditParameters() const;
    void setParameters(const SettlementParameters &parameters);

    // The settlement applies to a full-time wethouder or the burgemeester not under overgangsrecht.
    // The salary is pro-rated by the days of the year in such an office; all non-q.q. income
    // recorded for the year counts, also when earned outside those days (the code does not split a
    // year's income). Throws Error(Validation, "salary") when a salary needed is not set.
    SettlementCase compute(qint64 personId, int year) const;

    SettlementDecision decision(qint64 id) const;
    std::optional<SettlementDecision> decisionFor(qint64 personId, int year) const;
    std::vector<SettlementDecision> decisions(int year) const;
    // Persons to whom the settlement applies in `year` without a decision yet.
    std::vector<qint64> undecided(int year) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(qint64 personId, int year) const;

    // Records the college decision. The computed and q.q. figures are filled in from compute(), so
    // the record keeps what the application showed when the college decided.
    qint64 recordDecision(const SettlementDecision &decision);
    void updateDecision(const SettlementDecision &decision);
    void removeDecision(qint64 id);
    void restoreDecision(const SettlementDecision &decision);

Q_SIGNALS:
    void parametersChanged(int year);
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);

private:
    SettlementDecision withComputedFigures(SettlementDecision decision) const;
    void validate(const SettlementDecision &decision) const;
    qint64 insert(const SettlementDecision &decision, bool keepId);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
