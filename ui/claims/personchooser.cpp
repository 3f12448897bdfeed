#include "personchooser.h"

#include "common/error.h"
#include "persons/personservice.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QLineEdit>

namespace integriteit {

namespace {
// Everybody fits: even a national database has some 30,000 office holders, read once.
constexpr int kMaxPersons = 100000;
} // namespace

PersonChooser::PersonChooser(PersonService &persons, std::function<bool(const std::optional<HolderRole> &)> include,
                             const QString &anyText, QWidget *parent)
    : QComboBox(parent)
    , m_persons(persons)
    , m_include(std::move(include))
    , m_anyText(anyText)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(20);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(24);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    lineEdit()->setPlaceholderText(tr("Type a name…"));
    if (!m_anyText.isEmpty())
        addItem(m_anyText, qint64(0));
    const auto changed = [this] {
        const qint64 id = personId();
        if (id != m_last) {
            m_last = id;
            Q_EMIT personChanged(id);
        }
    };
    connect(this, &QComboBox::currentIndexChanged, this, changed);
    connect(lineEdit(), &QLineEdit::editingFinished, this, changed);
}

void PersonChooser::ensureLoaded()
{
    if (!m_loaded)
        refresh();
}

void PersonChooser::showPopup()
{
    ensureLoaded();
    QComboBox::showPopup();
}

void PersonChooser::focusInEvent(QFocusEvent *event)
{
    ensureLoaded();
    QComboBox::focusInEvent(event);
}

void PersonChooser::refresh()
{
    const qint64 current = personId();
    m_loaded = true;
    const QSignalBlocker blocker(this);
    clear();
    if (!m_anyText.isEmpty())
        addItem(m_anyText, qint64(0));
    try {
        PersonFilter filter;
        filter.status = PersonFilter::Status::All;
        for (const PersonRow &row : m_persons.page(filter, PersonColumn::Name, Qt::AscendingOrder, 0, kMaxPersons)) {
            if (!m_include(row.role))
                continue;
            const QString role = row.role ? holderRoleName(*row.role).toLower() : tr("no appointment");
            addItem(tr("%1 (%2)").arg(row.sortName, role), row.id);
        }
    } catch (const Error &) {
        // Unreadable: the chooser stays empty and the service refuses whatever is typed.
    }
    setPersonId(current);
}

qint64 PersonChooser::personId() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index >= 0 ? itemData(index).toLongLong() : 0;
}

void PersonChooser::setPersonId(qint64 personId)
{
    if (personId != 0)
        ensureLoaded();
    const int index = findData(personId);
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
}

} // namespace integriteit
