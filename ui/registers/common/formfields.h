#pragma once
// Reading typed dates and amounts in register dialogs. A text that is not a date or an amount is
// reported in the dialog's InlineMessage, naming the field, and focuses it; nothing is saved.

#include "common/money.h"

#include <QDate>
#include <optional>

class QLineEdit;
class QWidget;

namespace integriteit {

class DateLineEdit;
class InlineMessage;

// A date field of a register dialog, named `name` (the field the service's errors name), wide
// enough for the date and its calendar button.
DateLineEdit *formDateEdit(const char *name, QWidget *parent);

// The date typed (a null date for an empty field), or nullopt after showing the error.
std::optional<QDate> readDate(const DateLineEdit *edit, const QString &label, InlineMessage *message, QWidget *form);
// The amount typed ("1.234,56", "75"; an empty field is 0, the service says when that is not
// allowed), or nullopt after showing the error.
std::optional<Money> readAmount(const QLineEdit *edit, const QString &label, InlineMessage *message, QWidget *form);

} // namespace integriteit
