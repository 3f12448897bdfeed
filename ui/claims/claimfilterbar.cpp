#include "claimfilterbar.h"

#include "personchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>

namespace integriteit {

namespace {
const QString kStatusKey = QStringLiteral("claims/filterStatus");
const QString kYearKey = QStringLiteral("claims/filterYear");
const QString kWarningsKey = QStringLiteral("claims/filterWarnings");
// Status choices besides the statuses themselves.
const QString kAll = QStringLiteral("all");
const QString kOpen = QStringLiteral("open");
constexpr int kYearsBack = 12; // the registers keep twelve years
} // namespace

ClaimFilterBar::ClaimFilterBar(PersonService &persons, QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_debounce(new QTimer(this))
    , m_person(new PersonChooser(persons, [](const std::optional<HolderRole> &) { return true; },
                                 tr("All office holders"), this))
    , m_status(new QComboBox(this))
    , m_year(new QComboBox(this))
    , m_warnings(new QCheckBox(tr("With &warnings only"), this))
{
    m_search->setObjectName(QStringLiteral("claimSearch"));
    m_search->setPlaceholderText(tr("Search by number, description, name…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 16);
    m_search->setAccessibleName(tr("Search expense claims"));
    m_person->setObjectName(QStringLiteral("claimPersonFilter"));
    m_person->setMinimumContentsLength(12);
    m_status->setObjectName(QStringLiteral("claimStatusFilter"));
    m_status->addItem(tr("All"), kAll);
    m_status->addItem(tr("Open (not paid or rejected)"), kOpen);
    for (ClaimStatus status : allClaimStatuses())
        m_status->addItem(claimStatusName(status), claimStatusCode(status));
    m_status->setCurrentIndex(1);
    // The longest status reads "Open (not paid or rejected)"; the combo need not be that wide
    // closed, so the bar fits a laptop screen (its list still shows the whole text).
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_status->setMinimumContentsLength(14);
    m_year->setObjectName(QStringLiteral("claimYearFilter"));
    m_year->addItem(tr("All years"), 0);
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear; year > thisYear - kYearsBack; --year)
        m_year->addItem(QString::number(year), year);
    m_warnings->setObjectName(QStringLiteral("claimWarningsFilter"));

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &ClaimFilterBar::filterChanged);
    const auto changed = [this] {
        if (!m_silent)
            Q_EMIT filterChanged();
    };
    connect(m_person, &PersonChooser::personChanged, this, changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, changed);
    connect(m_year, &QComboBox::currentIndexChanged, this, changed);
    connect(m_warnings, &QCheckBox::toggled, this, changed);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    const auto addLabelled = [&](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addSpacing(6);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    addLabelled(tr("Office &holder:"), m_person);
    addLabelled(tr("&Status:"), m_status);
    addLabelled(tr("&Year:"), m_year);
    layout->addSpacing(6);
    layout->addWidget(m_warnings);
}

ClaimFilter ClaimFilterBar::filter() const
{
    ClaimFilter f;
    f.text = m_search->text();
    f.personId = m_person->personId();
    const QString status = m_status->currentData().toString();
    f.openOnly = status == kOpen;
    f.status = claimStatusFromCode(status);
    f.year = m_year->currentData().toInt();
    f.withWarningsOnly = m_warnings->isChecked();
    return f;
}

void ClaimFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ClaimFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(kStatusKey, m_status->currentData());
    settings.setValue(kYearKey, m_year->currentData());
    settings.setValue(kWarningsKey, m_warnings->isChecked());
}

void ClaimFilterBar::restoreState(const QSettings &settings)
{
    m_silent = true;
    if (settings.contains(kStatusKey)) {
        const int index = m_status->findData(settings.value(kStatusKey).toString());
        m_status->setCurrentIndex(index >= 0 ? index : 1);
    }
    const int year = m_year->findData(settings.value(kYearKey, 0).toInt());
    m_year->setCurrentIndex(year >= 0 ? year : 0);
    m_warnings->setChecked(settings.value(kWarningsKey, false).toBool());
    m_silent = false;
    Q_EMIT filterChanged();
}

} // namespace integriteit
