#pragma once
// Reads typed dates and amounts out of a register dialog. A text that is not a date or an amount
// is shown in the dialog's inline message with the field focused, before the service is asked:
// the service only sees well-formed values.

#include "common/money.h"

#include <QDate>
#include <optional>

class QLineEdit;
class QWidget;

namespace integriteit {

class DateLineEdit;
class InlineMessage;

class FormReader
{
public:
    FormReader(QWidget *dialog, InlineMessage *message) : m_dialog(dialog), m_message(message) {}

    // False (and the message shown) when the text is not a date; an empty field gives a null date.
    bool date(DateLineEdit *edit, const QString &label, QDate &target);
    // An empty field gives nullopt.
    bool optionalMoney(QLineEdit *edit, const QString &label, std::optional<Money> &target);
    // An empty field gives € 0,00.
    bool money(QLineEdit *edit, const QString &label, Money &target);

private:
    void fail(QWidget *field, const QString &message);

    QWidget *m_dialog;
    InlineMessage *m_message;
};

} // namespace integriteit
