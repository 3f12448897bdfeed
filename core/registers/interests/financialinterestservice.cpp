#include "financialinterestservice.h"

#include "registers/interests/financialinterestvalidator.h"
#include "common/currentdate.h"

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::FinancialInterestService) };

RecordWrites<FinancialInterest>::Spec spec()
{
    RecordWrites<FinancialInterest>::Spec s;
    s.table = QStringLiteral("financial_interests");
    s.entity = QStringLiteral("financial_interest");
    s.referenceDate = [](const FinancialInterest &f) {
        return RecordOwner::periodReference(f.acquired, f.end, currentDate());
    };
    s.validate = [](const FinancialInterest &f) { FinancialInterestValidator::validate(f); };
    s.normalize = [](FinancialInterest f) {
        f.organisation = f.organisation.trimmed();
        f.description = f.description.trimmed();
        f.notes = f.notes.trimmed();
        return f;
    };
    s.notFound = Tr::tr("This financial interest no longer exists.");
    s.exists = Tr::tr("This financial interest already exists.");
    s.otherPerson = Tr::tr("Office holder: a financial interest cannot move to another person.");
    return s;
}
} // namespace

FinancialInterestService::FinancialInterestService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
    , m_writes(database, session, spec())
{
}

FinancialInterest FinancialInterestService::interest(qint64 id) const
{
    return m_writes.load(id);
}

int FinancialInterestService::count(const RegisterFilter &filter) const
{
    m_session.requireLogin();
    return FinancialInterestQuery(m_database.connection()).count(filter);
}

std::vector<FinancialInterestRow> FinancialInterestService::page(const RegisterFilter &filter,
                                                                 FinancialInterestColumn sort, Qt::SortOrder order,
                                                                 int offset, int limit) const
{
    m_session.requireLogin();
    return FinancialInterestQuery(m_database.connection()).page(filter, sort, order, offset, limit);
}

std::vector<AuditEntry> FinancialInterestService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), QStringLiteral("financial_interest"), id);
}

bool FinancialInterestService::mayEdit(const FinancialInterest &interest) const
{
    return m_writes.mayEdit(interest);
}

qint64 FinancialInterestService::create(const FinancialInterest &interest)
{
    const qint64 id = m_writes.insert(interest, false);
    Q_EMIT recordsChanged(interest.personId);
    return id;
}

void FinancialInterestService::restore(const FinancialInterest &interest)
{
    m_writes.insert(interest, true);
    Q_EMIT recordsChanged(interest.personId);
}

void FinancialInterestService::update(const FinancialInterest &interest)
{
    const FinancialInterest written = m_writes.write(m_writes.load(interest.id), interest, QStringLiteral("update"));
    Q_EMIT recordChanged(written.id, written.personId);
}

void FinancialInterestService::end(qint64 id, const QDate &end)
{
    const FinancialInterest before = m_writes.load(id);
    if (!end.isValid())
        throw Error::validation(QStringLiteral("end"), Tr::tr("Ended: fill in the date."));
    FinancialInterest after = before;
    after.end = end;
    m_writes.write(before, after, QStringLiteral("end"));
    Q_EMIT recordChanged(id, before.personId);
}

void FinancialInterestService::remove(qint64 id)
{
    const FinancialInterest before = m_writes.remove(id);
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
