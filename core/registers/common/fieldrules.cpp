#include "fieldrules.h"

#include "common/error.h"

#include <QCoreApplication>

namespace integriteit::fieldrules {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::FieldRules) };

constexpr std::int64_t kMaxCents = 1'000'000'000; // EUR 10 million: beyond that it is a typing error
const QDate kEarliest(1990, 1, 1);
} // namespace

void require(bool ok, const char *field, const QString &message)
{
    if (!ok)
        throw Error::validation(QLatin1String(field), message);
}

void text(const QString &value, const char *field, const QString &label, int max, bool required)
{
    if (required)
        require(!value.trimmed().isEmpty(), field, Tr::tr("%1: fill this in.").arg(label));
    require(value.size() <= max, field, Tr::tr("%1: at most %2 characters.").arg(label).arg(max));
}

void requiredDate(const QDate &date, const char *field, const QString &label)
{
    require(date.isValid(), field, Tr::tr("%1: fill in the date.").arg(label));
}

void pastDate(const QDate &date, const QDate &today, const char *field, const QString &label)
{
    if (!date.isValid())
        return;
    require(date >= kEarliest, field, Tr::tr("%1: the date cannot be before 1990.").arg(label));
    require(date <= today, field, Tr::tr("%1: the date cannot be in the future.").arg(label));
}

void plannedDate(const QDate &date, const QDate &today, const char *field, const QString &label)
{
    if (!date.isValid())
        return;
    require(date >= kEarliest, field, Tr::tr("%1: the date cannot be before 1990.").arg(label));
    require(date <= today.addYears(2), field, Tr::tr("%1: the date lies more than two years ahead.").arg(label));
}

void notBefore(const QDate &date, const QDate &earliest, const char *field, const QString &label,
               const QString &earliestLabel)
{
    if (date.isValid() && earliest.isValid())
        require(date >= earliest, field,
                Tr::tr("%1: the date cannot be before the %2.").arg(label, earliestLabel.toLower()));
}

void amount(Money value, const char *field, const QString &label)
{
    require(value.cents() >= 0, field, Tr::tr("%1: the amount cannot be negative.").arg(label));
    require(value.cents() < kMaxCents, field, Tr::tr("%1: the amount is too large.").arg(label));
}

void year(int value, const char *field, const QString &label)
{
    require(value >= 1990 && value <= 2200, field, Tr::tr("%1: choose a year from 1990 on.").arg(label));
}

} // namespace integriteit::fieldrules
