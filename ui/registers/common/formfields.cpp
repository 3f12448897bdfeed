#include "formfields.h"

#include "common/inlinemessage.h"
#include "persons/datelineedit.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::RegisterDialog)
};
} // namespace

DateLineEdit *formDateEdit(const char *name, QWidget *parent)
{
    auto *edit = new DateLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000")) * 2);
    return edit;
}

std::optional<QDate> readDate(const DateLineEdit *edit, const QString &label, InlineMessage *message, QWidget *form)
{
    const std::optional<QDate> date = edit->date();
    if (!date) {
        message->showError(Tr::tr("%1: \"%2\" is not a date. Write it as dd-mm-yyyy, for example 10-03-2022.")
                               .arg(label, edit->text()));
        focusField(form, edit->objectName());
    }
    return date;
}

std::optional<Money> readAmount(const QLineEdit *edit, const QString &label, InlineMessage *message, QWidget *form)
{
    const QString text = edit->text().trimmed();
    std::optional<Money> amount = text.isEmpty() ? std::optional<Money>(Money()) : Money::parse(text);
    if (!amount) {
        message->showError(
            Tr::tr("%1: \"%2\" is not an amount. Write it in euros, for example 75 or 1.234,56.").arg(label, text));
        focusField(form, edit->objectName());
    }
    return amount;
}

} // namespace integriteit
