#pragma once
// Financiële belangen (GC 2.2, 2.3): the griffier respectievelijk the secretaris keeps the public
// list current. Rights, field rules and one audited unit of work per action.

#include "registers/common/recordwrites.h"
#include "registers/interests/financialinterestquery.h"
#include "storage/auditlog.h"

#include <QObject>

namespace integriteit {

class FinancialInterestService : public QObject
{
    Q_OBJECT
public:
    FinancialInterestService(Database &database, const Session &session, QObject *parent = nullptr);

    FinancialInterest interest(qint64 id) const;
    int count(const RegisterFilter &filter) const;
    std::vector<FinancialInterestRow> page(const RegisterFilter &filter, FinancialInterestColumn sort,
                                           Qt::SortOrder order, int offset, int limit) const;
    std::vector<AuditEntry> history(qint64 id) const;
    bool mayEdit(const FinancialInterest &interest) const;

    qint64 create(const FinancialInterest &interest);
    void update(const FinancialInterest &interest);
    // The interest ended (sold, expired) on `end`.
    void end(qint64 id, const QDate &end);
    void remove(qint64 id);
    void restore(const FinancialInterest &interest);

Q_SIGNALS:
    void recordChanged(qint64 id, qint64 personId);
    void recordsChanged(qint64 personId);

private:
    Database &m_database;
    const Session &m_session;
    RecordWrites<FinancialInterest> m_writes;
};

} // namespace integriteit
