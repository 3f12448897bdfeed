#include "financialinterestvalidator.h"

#include "registers/common/fieldrules.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::FinancialInterestValidator) };
}

void FinancialInterestValidator::validate(const FinancialInterest &f, const QDate &today)
{
    using namespace fieldrules;
    require(f.personId > 0, "person", Tr::tr("Office holder: choose the office holder."));
    text(f.organisation, "organisation", Tr::tr("Company or organisation"), 200, true);
    // "Other" says nothing by itself: the description must say what the interest is.
    text(f.description, "description", Tr::tr("Description"), 500, f.kind == InterestKind::Other);
    requiredDate(f.acquired, "acquired", Tr::tr("Acquired"));
    pastDate(f.acquired, today, "acquired", Tr::tr("Acquired"));
    pastDate(f.reported, today, "reported", Tr::tr("Reported"));
    notBefore(f.reported, f.acquired, "reported", Tr::tr("Reported"), Tr::tr("Acquired"));
    pastDate(f.end, today, "end", Tr::tr("Ended"));
    notBefore(f.end, f.acquired, "end", Tr::tr("Ended"), Tr::tr("Acquired"));
    text(f.notes, "notes", Tr::tr("Notes"), 4000, false);
}

} // namespace integriteit
