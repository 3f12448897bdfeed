#include "formreader.h"

#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace integriteit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::FormReader)
};
} // namespace

void FormReader::fail(QWidget *field, const QString &message)
{
    m_message->showError(message);
    focusField(m_dialog, field->objectName());
    growToContents(m_dialog);
}

bool FormReader::date(DateLineEdit *edit, const QString &label, QDate &target)
{
    const std::optional<QDate> value = edit->date();
    if (!value) {
        fail(edit, Tr::tr("%1: \"%2\" is not a date. Write it as dd-mm-yyyy, for example 10-03-2026.")
                       .arg(label, edit->text().trimmed()));
        return false;
    }
    target = *value;
    return true;
}

bool FormReader::optionalMoney(QLineEdit *edit, const QString &label, std::optional<Money> &target)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        target.reset();
        return true;
    }
    const std::optional<Money> value = Money::parse(text);
    if (!value) {
        fail(edit, Tr::tr("%1: \"%2\" is not an amount. Write it as 1.234,56.").arg(label, text));
        return false;
    }
    target = value;
    return true;
}

bool FormReader::money(QLineEdit *edit, const QString &label, Money &target)
{
    std::optional<Money> value;
    if (!optionalMoney(edit, label, value))
        return false;
    target = value.value_or(Money());
    return true;
}

} // namespace integriteit
