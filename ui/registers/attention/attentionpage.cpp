#include "attentionpage.h"

#include "attentionmodel.h"
#include "persons/personservice.h"
#include "registers/registerservices.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace integriteit {

AttentionPage::AttentionPage(RegisterServices &registers, PersonService &persons, QWidget *parent)
    : QWidget(parent)
    , m_model(new AttentionModel(registers, this))
    , m_heading(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table->viewport()))
    , m_refreshTimer(new QTimer(this))
{
    // Many changes at once (an import, an undo of several steps) read the list once.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(0);
    connect(m_refreshTimer, &QTimer::timeout, this, &AttentionPage::refresh);
    setObjectName(QStringLiteral("attentionPage"));
    m_heading->setObjectName(QStringLiteral("attentionHeading"));
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("attentionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    const int pad = fontMetrics().averageCharWidth() + 16;
    QFont bold = font();
    bold.setBold(true); // overdue dates are bold
    header->resizeSection(int(AttentionColumn::Due),
                          QFontMetrics(bold).horizontalAdvance(AttentionModel::tr("%1 (overdue)").arg(QStringLiteral("00-00-0000")))
                              + pad);
    header->resizeSection(int(AttentionColumn::Person), fontMetrics().averageCharWidth() * 26 + pad);
    m_table->installEventFilter(this);
    m_table->viewport()->installEventFilter(this);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(index.row()); });

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setText(tr("Nothing needs your attention at the moment."));
    m_emptyLabel->hide();

    auto *hint = new QLabel(tr("Double-click an item or press Enter to open it."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);

    connect(m_model, &AttentionModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Points for attention"), message); });
    connect(m_model, &AttentionModel::modelReset, this, &AttentionPage::updateHeading);

    // Any register write can add or resolve an item; so can an appointment (onboarding checklist).
    const auto watch = [this](auto *service) {
        connect(service, &std::remove_pointer_t<decltype(service)>::recordChanged, this, &AttentionPage::changed);
        connect(service, &std::remove_pointer_t<decltype(service)>::recordsChanged, this, &AttentionPage::changed);
    };
    watch(&registers.sidePositions());
    watch(&registers.sideIncome());
    watch(&registers.settlement());
    watch(&registers.inventory());
    watch(&registers.financialInterests());
    watch(&registers.gifts());
    watch(&registers.invitations());
    watch(&registers.trips());
    connect(&registers.inventory(), &InventoryService::settingsChanged, this, &AttentionPage::changed);
    connect(&registers.giftThresholds(), &GiftThresholds::thresholdsChanged, this, &AttentionPage::changed);
    connect(&registers.settlement(), &SettlementService::parametersChanged, this, &AttentionPage::changed);
    connect(&persons, &PersonService::personChanged, this, &AttentionPage::changed);
    connect(&persons, &PersonService::personsChanged, this, &AttentionPage::changed);
}

void AttentionPage::refresh()
{
    m_model->reload();
}

void AttentionPage::changed()
{
    // Reading the list costs a few queries: only while someone looks at it; showing reads anew.
    if (isVisible())
        m_refreshTimer->start();
}

void AttentionPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The date moves on too (an item becomes overdue at midnight): read again on every showing.
    refresh();
}

void AttentionPage::updateHeading()
{
    const int count = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    m_heading->setText(tr("Points for attention (%1)").arg(count));
    if (count == 0)
        m_summary->clear();
    else if (overdue == 0)
        m_summary->setText(tr("Sorted by due date. Nothing is overdue."));
    else
        m_summary->setText(tr("Sorted by due date. Overdue: %1, their date shown in red.").arg(overdue));
    m_summary->setVisible(count > 0);
    m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyLabel->setVisible(count == 0);
    if (count > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void AttentionPage::openRow(int row)
{
    const AttentionItem *item = m_model->itemAt(row);
    if (!item)
        return;
    if (item->recordId == 0 && item->year != 0)
        Q_EMIT openYearlyRequested(item->entity, item->personId, item->year);
    else
        Q_EMIT openRecordRequested(item->entity, item->recordId);
}

bool AttentionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_table->currentIndex().isValid()) {
            openRow(m_table->currentIndex().row());
            return true;
        }
    }
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

} // namespace integriteit
