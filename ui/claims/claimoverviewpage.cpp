#include "claimoverviewpage.h"

#include "appcore.h"
#include "common/error.h"
#include "overviewmodels.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace integriteit {

ClaimOverviewPage::ClaimOverviewPage(AppCore &core, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_year(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_totalsNote(new QLabel(this))
    , m_totals(new OverviewTotalsModel(this))
    , m_publicTotals(new OverviewTotalsModel(this))
    , m_publicLines(new PublicLinesModel(this))
{
    setObjectName(QStringLiteral("claimOverviewPage"));
    m_year->setObjectName(QStringLiteral("overviewYear"));
    const int thisYear = QDate::currentDate().year();
    for (int year = thisYear; year > thisYear - 12; --year)
        m_year->addItem(QString::number(year), year);
    connect(m_year, &QComboBox::currentIndexChanged, this, &ClaimOverviewPage::refresh);

    // Per office holder: what the user may read (his office's side, or everything for the
    // burgemeester and the accountant).
    auto *own = new QWidget(this);
    auto *ownLayout = new QVBoxLayout(own);
    m_totalsNote->setWordWrap(true);
    m_totalsNote->setText(tr("Approved and paid claim lines by date of expense, and the business part of judged "
                             "creditcard payments, per office holder and kind of cost."));
    ownLayout->addWidget(m_totalsNote);
    ownLayout->addWidget(table("overviewTotals", m_totals, int(OverviewTotalsModel::Column::Person),
                               int(OverviewTotalsModel::Column::Person)),
                         1);

    // Public: the college (wethouders and burgemeester), public fields only.
    auto *pub = new QSplitter(Qt::Vertical, this);
    pub->addWidget(table("publicTotals", m_publicTotals, int(OverviewTotalsModel::Column::Person),
                         int(OverviewTotalsModel::Column::Person)));
    pub->addWidget(table("publicLines", m_publicLines, int(PublicLinesModel::Column::Date),
                         int(PublicLinesModel::Column::Description)));
    pub->setStretchFactor(1, 2);
    auto *pubPage = new QWidget(this);
    auto *pubLayout = new QVBoxLayout(pubPage);
    auto *pubNote = new QLabel(tr("The claims of the college members are public: these are the totals and the list as "
                                  "published, without reasons, receipts or remarks."),
                               pubPage);
    pubNote->setWordWrap(true);
    pubLayout->addWidget(pubNote);
    pubLayout->addWidget(pub, 1);

    m_tabs->addTab(own, tr("Per office holder"));
    m_tabs->addTab(pubPage, tr("Public overview of the college"));
    // The administrator reads no claims: only the public overview is his.
    const Session &s = core.session();
    const bool readsClaims = s.has(UserRole::Griffie) || s.has(UserRole::Secretariat) || s.has(UserRole::Integrity)
        || s.has(UserRole::Auditor);
    m_tabs->setTabVisible(0, readsClaims);
    if (!readsClaims)
        m_tabs->setCurrentIndex(1);

    auto *top = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (isVisible())
            refreshShownTab();
    });
    const auto markStale = [this] {
        m_staleTotals = m_stalePublic = true;
        if (isVisible())
            refreshShownTab();
    };
    connect(&core.claims().claims(), &ClaimService::claimChanged, this, markStale);
    connect(&core.claims().claims(), &ClaimService::claimsChanged, this, markStale);
}

QTableView *ClaimOverviewPage::table(const char *name, QAbstractItemModel *model, int sortColumn, int stretchColumn)
{
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(OverviewTotalsModel::SortRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *view = new QTableView(this);
    view->setObjectName(QLatin1String(name));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(sortColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    // The names (or descriptions) take the room that is left; amounts keep a readable width.
    QHeaderView *header = view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setDefaultSectionSize(fontMetrics().averageCharWidth() * 14);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    view->setWordWrap(false);
    // One year's rows are few: fit the columns to what they hold after every refresh.
    connect(model, &QAbstractItemModel::modelReset, view, [view, model, stretchColumn] {
        for (int column = 0; column < model->columnCount(); ++column)
            if (column != stretchColumn)
                view->resizeColumnToContents(column);
    });
    return view;
}

void ClaimOverviewPage::setYear(int year)
{
    const int index = m_year->findData(year);
    if (index >= 0)
        m_year->setCurrentIndex(index);
}

int ClaimOverviewPage::year() const
{
    return m_year->currentData().toInt();
}

void ClaimOverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshShownTab();
}

void ClaimOverviewPage::refresh()
{
    m_staleTotals = m_stalePublic = true;
    if (isVisible())
        refreshShownTab();
}

void ClaimOverviewPage::refreshShownTab()
{
    if (m_tabs->currentIndex() == 0 && m_staleTotals)
        readTotals();
    else if (m_tabs->currentIndex() == 1 && m_stalePublic)
        readPublic();
}

void ClaimOverviewPage::readTotals()
{
    m_staleTotals = false;
    ClaimOverviewFilter filter;
    filter.year = year();
    try {
        m_totals->setRows(m_tabs->isTabVisible(0) ? m_core.claims().claims().overview(filter)
                                                  : std::vector<ClaimOverviewRow>());
    } catch (const Error &error) {
        m_totals->setRows({});
        m_totalsNote->setText(error.userMessage());
    }
}

void ClaimOverviewPage::readPublic()
{
    m_stalePublic = false;
    ClaimService &claims = m_core.claims().claims();
    try {
        m_publicTotals->setRows(claims.publicTotals(year()));
        m_publicLines->setLines(claims.publicLines(year()));
    } catch (const Error &) {
        m_publicTotals->setRows({});
        m_publicLines->setLines({});
    }
}

} // namespace integriteit
