#include "personfilterbar.h"

#include "common/error.h"
#include "persons/personservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

namespace integriteit {

namespace {
const QString kStatusKey = QStringLiteral("persons/filterStatus");
const QString kRoleKey = QStringLiteral("persons/filterRole");
const QString kFactionKey = QStringLiteral("persons/filterFaction");
const QString kOrganisationKey = QStringLiteral("persons/filterOrganisation");

QComboBox *combo(const char *name, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

PersonFilterBar::PersonFilterBar(PersonService &persons, QWidget *parent)
    : QWidget(parent)
    , m_persons(persons)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_status(combo("statusFilter", this))
    , m_role(combo("roleFilter", this))
    , m_faction(combo("factionFilter", this))
    , m_organisationLabel(new QLabel(tr("Body:"), this))
    , m_organisation(combo("organisationFilter", this))
{
    m_search->setObjectName(QStringLiteral("personSearch"));
    m_search->setPlaceholderText(tr("Search by name, party group, body…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 34);
    m_search->setAccessibleName(tr("Search office holders"));

    m_status->addItem(tr("All"), int(PersonFilter::Status::All));
    m_status->addItem(tr("In office"), int(PersonFilter::Status::Active));
    m_status->addItem(tr("Former"), int(PersonFilter::Status::Former));
    m_status->setCurrentIndex(1);

    m_role->addItem(tr("All roles"), QString());
    for (HolderRole role : allHolderRoles())
        m_role->addItem(holderRoleName(role), holderRoleCode(role));

    // Typing must not query 30,000 rows for every key: wait for a pause.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &PersonFilterBar::filterChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive()) {
            m_debounce->stop();
            Q_EMIT filterChanged();
        }
        Q_EMIT searchAccepted();
    });
    for (QComboBox *box : { m_status, m_role, m_faction, m_organisation })
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_silent)
                Q_EMIT filterChanged();
        });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addSpacing(8);
    const auto addLabelled = [&](QLabel *label, QComboBox *box) {
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    addLabelled(new QLabel(tr("Status:"), this), m_status);
    addLabelled(new QLabel(tr("Role:"), this), m_role);
    addLabelled(new QLabel(tr("Party group:"), this), m_faction);
    addLabelled(m_organisationLabel, m_organisation);

    refreshChoices();
}

PersonFilter PersonFilterBar::filter() const
{
    PersonFilter f;
    f.text = m_search->text();
    f.status = PersonFilter::Status(m_status->currentData().toInt());
    f.role = holderRoleFromCode(m_role->currentData().toString());
    f.faction = m_faction->currentData().toString();
    f.organisationId = m_organisation->currentData().toLongLong();
    return f;
}

void PersonFilterBar::setComboData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

void PersonFilterBar::refreshChoices()
{
    QStringList factions;
    std::vector<OrganisationRef> organisations;
    try {
        factions = m_persons.factions();
        organisations = m_persons.organisations();
    } catch (const Error &) {
        return; // the list reports the failure; the choices keep what they had
    }
    const QString faction = m_faction->currentData().toString();
    const qint64 organisation = m_organisation->currentData().toLongLong();
    const bool wasSilent = std::exchange(m_silent, true);
    m_faction->clear();
    m_faction->addItem(tr("All party groups"), QString());
    for (const QString &name : factions)
        m_faction->addItem(name, name);
    m_organisation->clear();
    m_organisation->addItem(tr("All bodies"), qint64(0));
    for (const OrganisationRef &org : organisations)
        m_organisation->addItem(org.name, org.id);
    setComboData(m_faction, faction);
    setComboData(m_organisation, organisation);
    m_silent = wasSilent;
    // A municipality keeps one body; the choice only matters for provinces and national use.
    const bool several = organisations.size() > 1;
    m_organisationLabel->setVisible(several);
    m_organisation->setVisible(several);
    if (!m_silent
        && (m_faction->currentData().toString() != faction
            || m_organisation->currentData().toLongLong() != organisation))
        Q_EMIT filterChanged();
}

bool PersonFilterBar::hasMultipleOrganisations() const
{
    return m_organisation->count() > 2;
}

void PersonFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PersonFilterBar::showAllMatching(const QString &text)
{
    m_silent = true;
    m_status->setCurrentIndex(0);
    m_role->setCurrentIndex(0);
    m_faction->setCurrentIndex(0);
    m_organisation->setCurrentIndex(0);
    m_search->setText(text);
    m_debounce->stop();
    m_silent = false;
    Q_EMIT filterChanged();
}

void PersonFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(kStatusKey, m_status->currentData());
    settings.setValue(kRoleKey, m_role->currentData());
    settings.setValue(kFactionKey, m_faction->currentData());
    settings.setValue(kOrganisationKey, m_organisation->currentData());
}

void PersonFilterBar::restoreState(const QSettings &settings)
{
    m_silent = true;
    if (settings.contains(kStatusKey))
        setComboData(m_status, settings.value(kStatusKey).toInt());
    setComboData(m_role, settings.value(kRoleKey).toString());
    setComboData(m_faction, settings.value(kFactionKey).toString());
    setComboData(m_organisation, settings.value(kOrganisationKey).toLongLong());
    m_silent = false;
    Q_EMIT filterChanged();
}

} // namespace integriteit
