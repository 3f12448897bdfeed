#include "sideincomevalidator.h"

#include "registers/common/fieldrules.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SideIncomeValidator) };
}

void SideIncomeValidator::validate(const SideIncome &i, const SidePosition &position, const QDate &today)
{
    using namespace fieldrules;
    require(i.positionId > 0 && i.positionId == position.id, "position", Tr::tr("Side position: choose the side position."));
    year(i.year, "year", Tr::tr("Year"));
    require(i.year <= today.year(), "year", Tr::tr("Year: income is recorded for a past or the current year."));
    const int first = position.start.year();
    const int last = position.end.isValid() ? position.end.year() : today.year();
    require(i.year >= first && i.year <= last, "year",
            Tr::tr("Year: the side position did not run in %1.").arg(i.year));
    amount(i.amount, "amount", Tr::tr("Amount"));
    require(i.amount.cents() == 0 || position.paid, "amount",
            Tr::tr("Amount: the side position is recorded as unpaid; mark it as paid first."));
    pastDate(i.published, today, "published", Tr::tr("Published"));
    require(!i.published.isValid() || i.published.year() >= i.year, "published",
            Tr::tr("Published: the income of %1 cannot be published before that year.").arg(i.year));
    text(i.notes, "notes", Tr::tr("Notes"), 2000, false);
}

} // namespace integriteit
