#include "settlementservice.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "persons/personquery.h"
#include "registers/common/fieldrules.h"
#include "registers/common/recordowner.h"
#include "registers/common/recordstore.h"
#include "registers/common/yearlyrecords.h"
#include "registers/income/sideincomequery.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"
#include "common/currentdate.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SettlementService) };

const QString kTable = QStringLiteral("settlement_decisions");
const QString kEntity = QStringLiteral("settlement_decision");

bool settlementApplies(const Appointment &a)
{
    const bool fullTime = a.role == HolderRole::Mayor || (a.role == HolderRole::Alderman && a.fractionPct == 100);
    return fullTime && !a.transitionalSettlement;
}

// One decision per person per year (the college's yearly decision).
YearlyRecords decisionRecords(Database &database, const Session &session)
{
    return YearlyRecords(database, session, kTable, kEntity);
}
} // namespace

SettlementService::SettlementService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

SettlementParameters SettlementService::parameters(qint64 organisationId, int year) const
{
    m_session.requireLogin();
    SettlementParameters p;
    p.organisationId = organisationId;
    p.year = year;
    SqlQuery q(m_database.connection(), QStringLiteral(
        "SELECT alderman_salary_cents, mayor_salary_cents, free_part_bp, rate_bp FROM settlement_parameters "
        "WHERE organisation_id = :org AND year = :year"), SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":org"), organisationId).bind(QStringLiteral(":year"), year).exec();
    if (q.next()) {
        if (!q.value(0).isNull())
            p.aldermanSalary = Money::fromCents(q.value(0).toLongLong());
        if (!q.value(1).isNull())
            p.mayorSalary = Money::fromCents(q.value(1).toLongLong());
        p.freePartBasisPoints = q.value(2).toInt();
        p.rateBasisPoints = q.value(3).toInt();
        p.stored = true;
    }
    return p;
}

bool SettlementService::mayEditParameters() const
{
    return m_session.has(UserRole::Administrator) || m_session.has(UserRole::Secretariat);
}

void SettlementService::setParameters(const SettlementParameters &p)
{
    m_session.requireLogin();
    if (!mayEditParameters())
        throw Error::permission(Tr::tr("You may not change the settlement parameters: that is done by the "
                                       "administrator or the secretariat."));
    using namespace fieldrules;
    year(p.year, "year", Tr::tr("Year"));
    require(!p.aldermanSalary || p.aldermanSalary->cents() > 0, "aldermanSalary",
            Tr::tr("Salary of an alderman: fill in an amount above zero, or leave it empty."));
    if (p.aldermanSalary)
        amount(*p.aldermanSalary, "aldermanSalary", Tr::tr("Salary of an alderman"));
    require(!p.mayorSalary || p.mayorSalary->cents() > 0, "mayorSalary",
            Tr::tr("Salary of the mayor: fill in an amount above zero, or leave it empty."));
    if (p.mayorSalary)
        amount(*p.mayorSalary, "mayorSalary", Tr::tr("Salary of the mayor"));
    require(p.freePartBasisPoints >= 0 && p.freePartBasisPoints <= 10000, "freePart",
            Tr::tr("Free part: a percentage from 0 to 100."));
    require(p.rateBasisPoints >= 0 && p.rateBasisPoints <= 10000, "rate",
            Tr::tr("Settlement rate: a percentage from 0 to 100."));
    const SettlementParameters before = parameters(p.organisationId, p.year);
    UnitOfWork work(m_database, m_session.actor());
    SqlQuery(m_database.connection(), QStringLiteral(
        "INSERT OR REPLACE INTO settlement_parameters(organisation_id, year, alderman_salary_cents, mayor_salary_cents, "
        "free_part_bp, rate_bp) VALUES (:organisation_id, :year, :alderman_salary_cents, :mayor_salary_cents, "
        ":free_part_bp, :rate_bp)"), SqlQuery::Reuse::Yes)
        .bind(QStringLiteral(":organisation_id"), p.organisationId)
        .bind(QStringLiteral(":year"), p.year)
        .bind(QStringLiteral(":alderman_salary_cents"), p.columns().value(QStringLiteral("alderman_salary_cents")))
        .bind(QStringLiteral(":mayor_salary_cents"), p.columns().value(QStringLiteral("mayor_salary_cents")))
        .bind(QStringLiteral(":free_part_bp"), p.freePartBasisPoints)
        .bind(QStringLiteral(":rate_bp"), p.rateBasisPoints)
        .exec();
    work.audit(QStringLiteral("settlement_parameters"), p.year, before.stored ? QStringLiteral("update") : QStringLiteral("create"),
               before.stored ? RecordStore::toJson(before.columns()) : QJsonObject(), RecordStore::toJson(p.columns()));
    work.commit();
    Q_EMIT parametersChanged(p.year);
}

SettlementCase SettlementService::compute(qint64 personId, int year) const
{
    m_session.requireLogin();
    SettlementCase c;
    c.personId = personId;
    c.year = year;
    const QDate first(year, 1, 1);
    const QDate last(year, 12, 31);
    c.daysInYear = first.daysInYear();
    SettlementInput in;
    for (const Appointment &a : PersonQuery(m_database.connection()).appointments(personId)) {
        const QDate from = std::max(a.start, first);
        const QDate to = a.end.isValid() ? std::min(a.end, last) : last;
        if (!settlementApplies(a) || from > to)
            continue;
        const SettlementParameters p = parameters(a.organisationId, year);
        const std::optional<Money> yearly = a.role == HolderRole::Mayor ? p.mayorSalary : p.aldermanSalary;
        if (!yearly)
            throw Error::validation(QStringLiteral("salary"),
                                    a.role == HolderRole::Mayor
                                        ? Tr::tr("Salary: set the mayor's salary for %1 first.").arg(year)
                                        : Tr::tr("Salary: set the alderman's salary for %1 first.").arg(year));
        // Part year: the yearly salary times the days in this office over the days of the year.
        const int days = int(from.daysTo(to)) + 1;
        c.applies = true;
        c.daysInOffice += days;
        in.salary += SettlementCalculator::prorate(*yearly, days, c.daysInYear);
        // Appointments come newest first: the percentages of the most recent body count.
        if (c.daysInOffice == days) {
            in.freePartBasisPoints = p.freePartBasisPoints;
            in.rateBasisPoints = p.rateBasisPoints;
        }
    }
    const auto [personal, exOfficio] = SideIncomeQuery(m_database.connection()).totals(personId, year);
    in.personalIncome = personal;
    in.exOfficioIncome = exOfficio;
    if (c.applies) {
        c.result = SettlementCalculator::compute(in);
    } else {
        // Not settled, but q.q. income is still paid to the municipality.
        c.result.personalIncome = personal;
        c.result.exOfficioIncome = exOfficio;
    }
    return c;
}

SettlementDecision SettlementService::decision(qint64 id) const
{
    m_session.requireLogin();
    const auto columns = RecordStore(m_database, kTable, kEntity).load(id);
    if (!columns)
        throw Error::notFound(Tr::tr("This settlement decision no longer exists."),
                              QStringLiteral("settlement_decision %1").arg(id));
    return SettlementDecision::fromColumns(*columns);
}

std::optional<SettlementDecision> SettlementService::decisionFor(qint64 personId, int year) const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT id FROM settlement_decisions WHERE person_id = :p AND year = :y"),
               SqlQuery::Reuse::Yes);
    q.bind(QStringLiteral(":p"), personId).bind(QStringLiteral(":y"), year).exec();
    if (!q.next())
        return std::nullopt;
    return decision(q.value(0).toLongLong());
}

std::vector<SettlementDecision> SettlementService::decisions(int year) const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral(
        "SELECT d.id FROM settlement_decisions d JOIN persons p ON p.id = d.person_id WHERE d.year = :y "
        "ORDER BY p.sort_name COLLATE NOCASE, d.id"));
    q.bind(QStringLiteral(":y"), year).exec();
    std::vector<SettlementDecision> result;
    while (q.next())
        result.push_back(decision(q.value(0).toLongLong()));
    return result;
}

std::vector<qint64> SettlementService::undecided(int year) const
{
    m_session.requireLogin();
    SqlQuery q(m_database.connection(), QStringLiteral(
        "SELECT DISTINCT a.person_id FROM appointments a JOIN persons p ON p.id = a.person_id "
        "WHERE (a.role = 'burgemeester' OR (a.role = 'wethouder' AND a.fraction_pct = 100)) "
        "AND a.transitional_settlement = 0 AND a.start_date <= :last AND coalesce(a.end_date, '9999-12-31') >= :first "
        "AND NOT EXISTS (SELECT 1 FROM settlement_decisions d WHERE d.person_id = a.person_id AND d.year = :year) "
        "ORDER BY p.sort_name COLLATE NOCASE, a.person_id"));
    q.bind(QStringLiteral(":first"), dutch::isoDate(QDate(year, 1, 1)))
        .bind(QStringLiteral(":last"), dutch::isoDate(QDate(year, 12, 31)))
        .bind(QStringLiteral(":year"), year)
        .exec();
    std::vector<qint64> result;
    while (q.next())
        result.push_back(q.value(0).toLongLong());
    return result;
}

std::vector<AuditEntry> SettlementService::history(qint64 id) const
{
    m_session.requireLogin();
    return AuditLog::history(m_database.connection(), kEntity, id);
}

bool SettlementService::mayEdit(qint64 personId, int year) const
{
    return decisionRecords(m_database, m_session).mayEdit(personId, year);
}

SettlementDecision SettlementService::withComputedFigures(SettlementDecision d) const
{
    const SettlementCase c = compute(d.personId, d.year);
    d.computed = c.result.deduction;
    d.exOfficio = c.result.exOfficioIncome;
    d.decisionText = d.decisionText.trimmed();
    return d;
}

void SettlementService::validate(const SettlementDecision &d) const
{
    using namespace fieldrules;
    const QDate today = currentDate();
    year(d.year, "year", Tr::tr("Year"));
    require(d.year <= today.year(), "year", Tr::tr("Year: the settlement is decided for a past or the current year."));
    require(RecordOwner(m_database.connection(), m_session)
                .holdsCollegeOffice(d.personId, QDate(d.year, 1, 1), QDate(d.year, 12, 31)),
            "person", Tr::tr("Office holder: the settlement concerns aldermen and the mayor; this person was neither "
                             "in %1.").arg(d.year));
    amount(d.settled, "settled", Tr::tr("Amount settled"));
    require(d.nothingToSettle == (d.settled.cents() == 0), "settled",
            d.nothingToSettle ? Tr::tr("Amount settled: \"nothing to settle\" means an amount of € 0,00.")
                              : Tr::tr("Amount settled: fill in the amount, or choose \"nothing to settle\"."));
    requiredDate(d.decisionDate, "decisionDate", Tr::tr("Date of the decision"));
    pastDate(d.decisionDate, today, "decisionDate", Tr::tr("Date of the decision"));
    require(d.decisionDate.year() >= d.year, "decisionDate",
            Tr::tr("Date of the decision: the settlement of %1 cannot be decided before that year.").arg(d.year));
    text(d.decisionText, "decisionText", Tr::tr("Decision"), 2000, false);
}

qint64 SettlementService::insert(const SettlementDecision &input, bool keepId)
{
    YearlyRecords records = decisionRecords(m_database, m_session);
    records.requireEdit(input.personId, input.year);
    validate(input);
    const SettlementDecision d = keepId ? input : withComputedFigures(input);
    const qint64 id = records.insert(
        d.columns(), d.personId, decisionFor(d.personId, d.year).has_value(),
        Tr::tr("Year: the decision on %1 is already recorded; change that record.").arg(d.year), keepId ? d.id : 0);
    Q_EMIT recordsChanged(d.personId);
    return id;
}

qint64 SettlementService::recordDecision(const SettlementDecision &decision)
{
    return insert(decision, false);
}

void SettlementService::restoreDecision(const SettlementDecision &d)
{
    if (decisionRecords(m_database, m_session).exists(d.id))
        throw Error(Error::Kind::Conflict, Tr::tr("This settlement decision already exists."));
    insert(d, true);
}

void SettlementService::updateDecision(const SettlementDecision &input)
{
    const SettlementDecision before = decision(input.id);
    YearlyRecords records = decisionRecords(m_database, m_session);
    records.requireEdit(before.personId, before.year);
    if (input.personId != before.personId || input.year != before.year)
        throw Error::validation(QStringLiteral("year"), Tr::tr("Year: the person and year of a decision cannot change."));
    // The computed figures stay those the college saw; only the decision itself changes.
    SettlementDecision d = input;
    d.computed = before.computed;
    d.exOfficio = before.exOfficio;
    d.decisionText = d.decisionText.trimmed();
    validate(d);
    records.update(d.id, before.columns(), d.columns(), d.personId);
    Q_EMIT recordChanged(d.id, d.personId);
}

void SettlementService::removeDecision(qint64 id)
{
    const SettlementDecision before = decision(id);
    YearlyRecords records = decisionRecords(m_database, m_session);
    records.requireEdit(before.personId, before.year);
    records.remove(id, before.columns(), before.personId);
    Q_EMIT recordsChanged(before.personId);
}

} // namespace integriteit
