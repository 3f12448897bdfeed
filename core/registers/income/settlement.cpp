#include "settlement.h"

#include "common/dutchformat.h"
#include "registers/common/recordstore.h"

namespace integriteit {

namespace {
QVariant cents(const std::optional<Money> &m)
{
    return nullableCents(m ? std::optional<qint64>(m->cents()) : std::nullopt);
}
} // namespace

QVariantMap SettlementParameters::columns() const
{
    return {{QStringLiteral("organisation_id"), organisationId},
            {QStringLiteral("year"), year},
            {QStringLiteral("alderman_salary_cents"), cents(aldermanSalary)},
            {QStringLiteral("mayor_salary_cents"), cents(mayorSalary)},
            {QStringLiteral("free_part_bp"), freePartBasisPoints},
            {QStringLiteral("rate_bp"), rateBasisPoints}};
}

QVariantMap SettlementDecision::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("year"), year},
            {QStringLiteral("computed_cents"), qint64(computed.cents())},
            {QStringLiteral("settled_cents"), qint64(settled.cents())},
            {QStringLiteral("ex_officio_cents"), qint64(exOfficio.cents())},
            {QStringLiteral("nothing_to_settle"), nothingToSettle},
            {QStringLiteral("decision_date"), nullableDate(decisionDate)},
            {QStringLiteral("decision_text"), decisionText}};
}

SettlementDecision SettlementDecision::fromColumns(const QVariantMap &c)
{
    SettlementDecision d;
    d.id = c.value(QStringLiteral("id")).toLongLong();
    d.personId = c.value(QStringLiteral("person_id")).toLongLong();
    d.year = c.value(QStringLiteral("year")).toInt();
    d.computed = Money::fromCents(c.value(QStringLiteral("computed_cents")).toLongLong());
    d.settled = Money::fromCents(c.value(QStringLiteral("settled_cents")).toLongLong());
    d.exOfficio = Money::fromCents(c.value(QStringLiteral("ex_officio_cents")).toLongLong());
    d.nothingToSettle = c.value(QStringLiteral("nothing_to_settle")).toBool();
    d.decisionDate = dutch::fromIso(c.value(QStringLiteral("decision_date")).toString());
    d.decisionText = c.value(QStringLiteral("decision_text")).toString();
    return d;
}

} // namespace integriteit
