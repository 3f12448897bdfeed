#include "personpicker.h"

#include "common/error.h"
#include "persons/personservice.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStandardItemModel>

namespace integriteit {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMaxMatches = 30;

// "Jansen, Jan — raadslid, VVD": the role and party group tell namesakes apart.
QString choiceText(const PersonRow &row)
{
    QStringList about;
    if (row.role)
        about << holderRoleName(*row.role).toLower();
    if (!row.faction.isEmpty())
        about << row.faction;
    return about.isEmpty() ? row.sortName : QStringLiteral("%1 — %2").arg(row.sortName, about.join(QStringLiteral(", ")));
}

PersonFilter filterFor(const QString &text)
{
    PersonFilter filter;
    filter.status = PersonFilter::Status::All;
    filter.text = text;
    return filter;
}
} // namespace

PersonPicker::PersonPicker(PersonService &persons, QWidget *parent)
    : QLineEdit(parent)
    , m_persons(persons)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
{
    setObjectName(QStringLiteral("person"));
    setPlaceholderText(tr("Type part of the name"));
    setClearButtonEnabled(true);
    // The matches come from SQL (words in any order): the completer must not filter them again.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(this, &QLineEdit::textEdited, this, &PersonPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &PersonPicker::pick);
}

void PersonPicker::search(const QString &text)
{
    if (m_id != 0 && text != m_pickedText) {
        m_id = 0;
        Q_EMIT personChanged(0);
    }
    m_matches->clear();
    if (text.trimmed().size() < 2)
        return;
    std::vector<PersonRow> rows;
    try {
        rows = m_persons.page(filterFor(text), PersonColumn::Name, Qt::AscendingOrder, 0, kMaxMatches);
    } catch (const Error &) {
        return; // no suggestions; saving reports what is wrong
    }
    for (const PersonRow &row : rows) {
        auto *item = new QStandardItem(choiceText(row));
        item->setData(row.id, kIdRole);
        m_matches->appendRow(item);
    }
    if (!rows.empty())
        m_completer->complete();
}

void PersonPicker::pick(const QModelIndex &index)
{
    m_id = index.data(kIdRole).toLongLong();
    m_pickedText = index.data(Qt::DisplayRole).toString();
    setText(m_pickedText);
    Q_EMIT personChanged(m_id);
}

qint64 PersonPicker::personId() const
{
    if (m_id != 0 && text() == m_pickedText)
        return m_id;
    if (text().trimmed().isEmpty())
        return 0;
    // Typed without picking: accepted when the words name exactly one office holder.
    try {
        const auto rows = m_persons.page(filterFor(text()), PersonColumn::Name, Qt::AscendingOrder, 0, 2);
        return rows.size() == 1 ? rows.front().id : 0;
    } catch (const Error &) {
        return 0;
    }
}

void PersonPicker::setPersonId(qint64 id)
{
    m_id = 0;
    m_pickedText.clear();
    if (id != 0) {
        try {
            const Person person = m_persons.person(id);
            const auto rows = m_persons.page(filterFor(person.lastName), PersonColumn::Name, Qt::AscendingOrder, 0,
                                             kMaxMatches);
            const auto it = std::find_if(rows.begin(), rows.end(), [id](const PersonRow &r) { return r.id == id; });
            m_pickedText = it != rows.end() ? choiceText(*it) : person.displayName();
            m_id = id;
        } catch (const Error &) {
        }
    }
    setText(m_pickedText);
    Q_EMIT personChanged(m_id);
}

} // namespace integriteit
