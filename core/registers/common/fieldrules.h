#pragma once
// Field checks shared by the register validators. Each failure throws Error(Validation) naming the
// form field, with a message that starts with the field's label and says what to fix.

#include "common/money.h"

#include <QDate>
#include <QString>

namespace integriteit::fieldrules {

void require(bool ok, const char *field, const QString &message);
// Text of at most `max` characters; when `required`, not empty after trimming.
void text(const QString &value, const char *field, const QString &label, int max, bool required);
// A required date.
void requiredDate(const QDate &date, const char *field, const QString &label);
// A date (when set) from 1990 on and not after `today`: a record of what happened.
void pastDate(const QDate &date, const QDate &today, const char *field, const QString &label);
// A date (when set) from 1990 on and at most two years ahead: planned events are recorded too.
void plannedDate(const QDate &date, const QDate &today, const char *field, const QString &label);
// `date` (when set) not before `earliest` (when set).
void notBefore(const QDate &date, const QDate &earliest, const char *field, const QString &label,
               const QString &earliestLabel);
// Not negative and below a sanity limit of ten million euros.
void amount(Money value, const char *field, const QString &label);
void year(int year, const char *field, const QString &label);

} // namespace integriteit::fieldrules
