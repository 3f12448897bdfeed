// The registers that have a CSV form, by their command-line name.

#include "csv/cardcsvregister.h"
#include "csv/claimcsvregister.h"
#include "csv/personcsvregister.h"
#include "csv/recordcsvregister.h"

#include "appcore.h"

namespace integriteit {

QStringList csvRegisterNames()
{
    return {QStringLiteral("personen"), QStringLiteral("nevenfuncties"), QStringLiteral("neveninkomsten"), QStringLiteral("financiele-belangen"),
            QStringLiteral("geschenken"), QStringLiteral("uitnodigingen"), QStringLiteral("dienstreizen"),
            QStringLiteral("creditcardbetalingen"), QStringLiteral("declaraties"), QStringLiteral("declaraties-totalen")};
}

std::unique_ptr<CsvRegister> createCsvRegister(const QString &name, AppCore &core)
{
    const QSqlDatabase db = core.database().connection();
    auto record = [&](RecordCsvSpec spec) { return std::make_unique<RecordCsvRegister>(db, core.session(), std::move(spec)); };
    if (name == QLatin1String("personen"))
        return std::make_unique<PersonCsvRegister>(db, core.session());
    if (name == QLatin1String("nevenfuncties"))
        return record(sidePositionsCsv(core));
    if (name == QLatin1String("neveninkomsten"))
        return record(sideIncomeCsv(core));
    if (name == QLatin1String("financiele-belangen"))
        return record(financialInterestsCsv(core));
    if (name == QLatin1String("geschenken"))
        return record(giftsCsv(core));
    if (name == QLatin1String("uitnodigingen"))
        return record(invitationsCsv(core));
    if (name == QLatin1String("dienstreizen"))
        return record(tripsCsv(core));
    if (name == QLatin1String("creditcardbetalingen"))
        return std::make_unique<CardCsvRegister>(core.database(), core.session(), core.claims().cards());
    if (name == QLatin1String("declaraties"))
        return std::make_unique<ClaimCsvRegister>(core.claims().claims(), false);
    if (name == QLatin1String("declaraties-totalen"))
        return std::make_unique<ClaimCsvRegister>(core.claims().claims(), true);
    return nullptr;
}

} // namespace integriteit
