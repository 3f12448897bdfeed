#include "financialinterest.h"

#include "common/dutchformat.h"
#include "common/textsearch.h"
#include "registers/common/recordstore.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::FinancialInterest) };
}

QList<InterestKind> allInterestKinds()
{
    return {InterestKind::Shares, InterestKind::Options, InterestKind::Derivatives, InterestKind::Bonds, InterestKind::Other};
}

QString interestKindCode(InterestKind kind)
{
    switch (kind) {
    case InterestKind::Shares: return QStringLiteral("aandelen");
    case InterestKind::Options: return QStringLiteral("opties");
    case InterestKind::Derivatives: return QStringLiteral("derivaten");
    case InterestKind::Bonds: return QStringLiteral("obligaties");
    case InterestKind::Other: return QStringLiteral("overig");
    }
    return {};
}

std::optional<InterestKind> interestKindFromCode(const QString &code)
{
    for (InterestKind kind : allInterestKinds())
        if (interestKindCode(kind) == code)
            return kind;
    return std::nullopt;
}

QString interestKindName(InterestKind kind)
{
    switch (kind) {
    case InterestKind::Shares: return Tr::tr("Shares");
    case InterestKind::Options: return Tr::tr("Options");
    case InterestKind::Derivatives: return Tr::tr("Derivatives");
    case InterestKind::Bonds: return Tr::tr("Bonds");
    case InterestKind::Other: return Tr::tr("Other");
    }
    return {};
}

QVariantMap FinancialInterest::columns() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("person_id"), personId},
            {QStringLiteral("organisation"), organisation},
            {QStringLiteral("kind"), interestKindCode(kind)},
            {QStringLiteral("description"), description},
            {QStringLiteral("acquired_date"), nullableDate(acquired)},
            {QStringLiteral("reported_date"), nullableDate(reported)},
            {QStringLiteral("end_date"), nullableDate(end)},
            {QStringLiteral("notes"), notes}};
}

FinancialInterest FinancialInterest::fromColumns(const QVariantMap &c)
{
    FinancialInterest f;
    f.id = c.value(QStringLiteral("id")).toLongLong();
    f.personId = c.value(QStringLiteral("person_id")).toLongLong();
    f.organisation = c.value(QStringLiteral("organisation")).toString();
    f.kind = interestKindFromCode(c.value(QStringLiteral("kind")).toString()).value_or(InterestKind::Other);
    f.description = c.value(QStringLiteral("description")).toString();
    f.acquired = dutch::fromIso(c.value(QStringLiteral("acquired_date")).toString());
    f.reported = dutch::fromIso(c.value(QStringLiteral("reported_date")).toString());
    f.end = dutch::fromIso(c.value(QStringLiteral("end_date")).toString());
    f.notes = c.value(QStringLiteral("notes")).toString();
    return f;
}

QString FinancialInterest::searchText() const
{
    return textsearch::normalize(organisation + QLatin1Char(' ') + description + QLatin1Char(' ') + interestKindCode(kind));
}

} // namespace integriteit
