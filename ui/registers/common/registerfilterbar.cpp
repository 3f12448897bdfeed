#include "registerfilterbar.h"

#include "common/error.h"
#include "persons/datelineedit.h"
#include "persons/personservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

namespace integriteit {

namespace {
const QString kStatusKey = QStringLiteral("filterStatus");
const QString kRoleKey = QStringLiteral("filterRole");
const QString kFactionKey = QStringLiteral("filterFaction");
const QString kFlaggedKey = QStringLiteral("filterFlagged");

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void setComboData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}
} // namespace

RegisterFilterBar::RegisterFilterBar(PersonService &persons, QWidget *parent)
    : QWidget(parent)
    , m_persons(persons)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_status(combo("registerStatusFilter", this))
    , m_role(combo("registerRoleFilter", this))
    , m_faction(combo("registerFactionFilter", this))
    , m_from(new DateLineEdit(this))
    , m_to(new DateLineEdit(this))
    , m_flagged(new QCheckBox(tr("Only needing &attention"), this))
{
    m_search->setObjectName(QStringLiteral("registerSearch"));
    m_search->setPlaceholderText(tr("Search by name, organisation, description…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 30);
    m_search->setAccessibleName(tr("Search the register"));

    m_status->addItem(tr("All"), int(RegisterFilter::Status::All));
    m_status->addItem(tr("Current"), int(RegisterFilter::Status::Active));
    m_status->addItem(tr("Ended"), int(RegisterFilter::Status::Ended));
    m_status->setToolTip(tr("Current: running records, or records of office holders now in office"));

    m_role->addItem(tr("All roles"), QString());
    for (HolderRole role : allHolderRoles())
        m_role->addItem(holderRoleName(role), holderRoleCode(role));

    m_from->setObjectName(QStringLiteral("registerFromFilter"));
    m_to->setObjectName(QStringLiteral("registerToFilter"));
    for (DateLineEdit *edit : { m_from, m_to }) {
        edit->setPlaceholderText(tr("dd-mm-yyyy"));
        edit->setFixedWidth(edit->fontMetrics().horizontalAdvance(QStringLiteral("00-00-00000")) + 40);
        connect(edit, &QLineEdit::editingFinished, this, &RegisterFilterBar::changed);
    }
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period until"));
    m_flagged->setObjectName(QStringLiteral("registerFlaggedFilter"));

    // Typing must not query for every key: wait for a pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &RegisterFilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            changed();
        }
        Q_EMIT searchAccepted();
    });
    for (QComboBox *box : { m_status, m_role, m_faction })
        connect(box, &QComboBox::currentIndexChanged, this, &RegisterFilterBar::changed);
    connect(m_flagged, &QCheckBox::toggled, this, &RegisterFilterBar::changed);

    // Two rows: the search and the flag on top, the choices below, so the bar fits a laptop screen.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addSpacing(8);
    top->addWidget(m_flagged);
    auto *bottom = new QHBoxLayout;
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        bottom->addWidget(label);
        bottom->addWidget(field);
        bottom->addSpacing(6);
    };
    addLabelled(tr("Status:"), m_status);
    addLabelled(tr("Role:"), m_role);
    addLabelled(tr("Party group:"), m_faction);
    addLabelled(tr("Period from:"), m_from);
    addLabelled(tr("until:"), m_to);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addLayout(bottom);

    refreshChoices();
}

void RegisterFilterBar::changed()
{
    if (!m_silent)
        Q_EMIT filterChanged();
}

RegisterFilter RegisterFilterBar::filter() const
{
    RegisterFilter f;
    f.text = m_search->text();
    f.status = RegisterFilter::Status(m_status->currentData().toInt());
    f.role = holderRoleFromCode(m_role->currentData().toString());
    f.faction = m_faction->currentData().toString();
    // A half-typed date filters nothing rather than everything.
    f.from = m_from->date().value_or(QDate());
    f.to = m_to->date().value_or(QDate());
    f.flaggedOnly = m_flagged->isChecked();
    return f;
}

void RegisterFilterBar::refreshChoices()
{
    QStringList factions;
    try {
        factions = m_persons.factions();
    } catch (const Error &) {
        return; // the list reports the failure; the choices keep what they had
    }
    const QString faction = m_faction->currentData().toString();
    const bool wasSilent = std::exchange(m_silent, true);
    m_faction->clear();
    m_faction->addItem(tr("All party groups"), QString());
    // In one insertion: one by one, the national demo's 571 names cost 5 ms of each list's start.
    m_faction->addItems(factions);
    for (int i = 0; i < factions.size(); ++i)
        m_faction->setItemData(i + 1, factions.at(i));
    setComboData(m_faction, faction);
    m_silent = wasSilent;
    if (m_faction->currentData().toString() != faction)
        changed();
}

void RegisterFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RegisterFilterBar::clear()
{
    m_silent = true;
    m_search->clear();
    m_debounce->stop();
    m_status->setCurrentIndex(0);
    m_role->setCurrentIndex(0);
    m_faction->setCurrentIndex(0);
    m_from->clear();
    m_to->clear();
    m_flagged->setChecked(false);
    m_silent = false;
    Q_EMIT filterChanged();
}

bool RegisterFilterBar::isCleared() const
{
    return m_search->text().isEmpty() && m_status->currentIndex() == 0 && m_role->currentIndex() == 0
        && m_faction->currentIndex() == 0 && m_from->isEmpty() && m_to->isEmpty() && !m_flagged->isChecked();
}

void RegisterFilterBar::saveState(QSettings &settings) const
{
    // The search and the period are for the moment; the choices are how the user likes the list.
    settings.setValue(kStatusKey, m_status->currentData());
    settings.setValue(kRoleKey, m_role->currentData());
    settings.setValue(kFactionKey, m_faction->currentData());
    settings.setValue(kFlaggedKey, m_flagged->isChecked());
}

void RegisterFilterBar::restoreState(const QSettings &settings)
{
    m_silent = true;
    if (settings.contains(kStatusKey))
        setComboData(m_status, settings.value(kStatusKey).toInt());
    setComboData(m_role, settings.value(kRoleKey).toString());
    setComboData(m_faction, settings.value(kFactionKey).toString());
    m_flagged->setChecked(settings.value(kFlaggedKey, false).toBool());
    m_silent = false;
    Q_EMIT filterChanged();
}

} // namespace integriteit
