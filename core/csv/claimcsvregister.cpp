#include "claimcsvregister.h"

#include "claims/claimservice.h"
#include "common/dutchformat.h"
#include "common/error.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvRegister) };

CsvColumn col(const char *name, const char *key, CsvType type)
{
    CsvColumn c;
    c.name = QString::fromLatin1(name);
    c.key = QString::fromLatin1(key);
    c.type = type;
    c.isPublic = true;
    c.exportOnly = true;
    return c;
}

QString roleCode(const std::optional<HolderRole> &role)
{
    return role ? holderRoleCode(*role) : QString();
}
} // namespace

QString ClaimCsvRegister::name() const
{
    return m_totals ? QStringLiteral("declaraties-totalen") : QStringLiteral("declaraties");
}

QString ClaimCsvRegister::title() const
{
    return m_totals ? Tr::tr("Expense claims of the college (totals)") : Tr::tr("Expense claims of the college");
}

QList<CsvColumn> ClaimCsvRegister::columns() const
{
    if (m_totals)
        return {col("persoon_naam", "person_name", CsvType::Text), col("rol", "role", CsvType::Text),
                col("jaar", "year", CsvType::Integer), col("soort", "category", CsvType::Text),
                col("aantal_declaratieregels", "claim_lines", CsvType::Integer),
                col("gedeclareerd", "claimed", CsvType::Money),
                col("aantal_kaartbetalingen", "card_payments", CsvType::Integer),
                col("creditcard", "card", CsvType::Money), col("totaal", "total", CsvType::Money)};
    return {col("persoon_naam", "person_name", CsvType::Text), col("rol", "role", CsvType::Text),
            col("declaratie", "claim_number", CsvType::Text), col("datum", "date", CsvType::Date),
            col("soort", "category", CsvType::Text), col("omschrijving", "description", CsvType::Text),
            col("bedrag", "amount", CsvType::Money), col("creditcard", "credit_card", CsvType::Bool)};
}

int ClaimCsvRegister::exportCount(const CsvExportOptions &options)
{
    return m_totals ? int(m_claims.publicTotals(options.year).size()) : int(m_claims.publicLines(options.year).size());
}

void ClaimCsvRegister::exportRecords(const CsvExportOptions &options, const std::function<void(const QVariantMap &)> &sink)
{
    if (m_totals) {
        for (const ClaimOverviewRow &r : m_claims.publicTotals(options.year))
            sink({{QStringLiteral("person_name"), r.displayName},
                  {QStringLiteral("role"), roleCode(r.role)},
                  {QStringLiteral("year"), r.year},
                  {QStringLiteral("category"), r.categoryName},
                  {QStringLiteral("claim_lines"), r.claimLines},
                  {QStringLiteral("claimed"), qint64(r.claimed.cents())},
                  {QStringLiteral("card_payments"), r.cardPayments},
                  {QStringLiteral("card"), qint64(r.card.cents())},
                  {QStringLiteral("total"), qint64(r.total().cents())}});
        return;
    }
    for (const PublicClaimLine &l : m_claims.publicLines(options.year))
        sink({{QStringLiteral("person_name"), l.person},
              {QStringLiteral("role"), holderRoleCode(l.role)},
              {QStringLiteral("claim_number"), l.claimNumber},
              {QStringLiteral("date"), dutch::isoDate(l.date)},
              {QStringLiteral("category"), l.categoryName},
              {QStringLiteral("description"), l.description},
              {QStringLiteral("amount"), qint64(l.amount.cents())},
              {QStringLiteral("credit_card"), l.creditCard}});
}

void ClaimCsvRegister::importRecord(const QVariantMap &)
{
    throw Error(Error::Kind::Validation, Tr::tr("Expense claims cannot be imported: enter them in the window, with their receipts."));
}

} // namespace integriteit
