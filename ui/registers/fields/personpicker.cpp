#include "personpicker.h"

#include "common/error.h"
#include "persons/personservice.h"

#include <QCompleter>
#include <QLineEdit>

namespace integriteit {

PersonPicker::PersonPicker(PersonService &persons, qint64 current, QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("person"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    addItem(QString(), qint64(0));
    bool hasCurrent = current == 0;
    try {
        PersonFilter all;
        for (const PersonRow &row : persons.page(all, PersonColumn::Name, Qt::AscendingOrder, 0, MaxPersons)) {
            const QString role = row.role ? holderRoleName(*row.role) : QString();
            addItem(role.isEmpty() ? row.sortName : tr("%1 (%2)").arg(row.sortName, role), row.id);
            hasCurrent = hasCurrent || row.id == current;
        }
        if (!hasCurrent)
            addItem(persons.person(current).sortName(), current);
    } catch (const Error &) {
        // Unreadable: the dialog's save says why; an empty choice cannot be saved.
    }
    setCurrentIndex(std::max(0, findData(current)));
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    lineEdit()->setPlaceholderText(tr("type part of the name"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(28);
}

qint64 PersonPicker::personId() const
{
    // The typed text counts only when it names a person in the list.
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

QString PersonPicker::personName() const
{
    return personId() ? currentText() : QString();
}

} // namespace integriteit
