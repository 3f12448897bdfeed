#include "registerpage.h"

#include "appcore.h"
#include "common/error.h"
#include "common/icons.h"
#include "recorddetailwidget.h"
#include "registerfilterbar.h"
#include "registerkind.h"
#include "registermodel.h"
#include "registertable.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace integriteit {

namespace {
const QString kHeaderKey = QStringLiteral("header");
const QString kSplitterKey = QStringLiteral("splitter");
// showRecord reads on this far (pages of 200) before giving up on a record.
constexpr int kShowPages = 50;
} // namespace

RegisterPage::RegisterPage(RegisterKind *kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new RegisterModel(*kind, this))
    , m_filterBar(new RegisterFilterBar(kind->core().persons(), this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table->viewport()))
    , m_detail(new RecordDetailWidget(*kind, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_kind->setParent(this);
    setObjectName(m_kind->settingsKey() + QStringLiteral("Page"));
    createActions();

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("registerToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    for (QAction *action : { m_newAction, m_editAction, m_endAction, m_removeAction })
        if (action)
            bar->addAction(action);
    const QList<QAction *> extra = m_kind->extraActions(this);
    if (!extra.isEmpty()) {
        bar->addSeparator();
        bar->addActions(extra);
    }

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_table->viewport()->installEventFilter(this);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({ 800, 380 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 8);
    layout->addWidget(bar);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &RegisterModel::countChanged, this, &RegisterPage::countChanged);
    connect(m_model, &RegisterModel::countChanged, this, &RegisterPage::updateEmptyState);
    connect(m_model, &RegisterModel::modelAboutToBeReset, this, &RegisterPage::aboutToReset);
    connect(m_model, &RegisterModel::errorOccurred, this,
        [this](const QString &message) { QMessageBox::warning(this, m_kind->title(), message); });
    connect(m_filterBar, &RegisterFilterBar::filterChanged, this,
        [this] { m_model->setFilter(m_filterBar->filter()); });
    connect(m_filterBar, &RegisterFilterBar::searchAccepted, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus(Qt::OtherFocusReason);
        if (selectedId() == 0)
            selectRow(0);
    });
    // The model re-queries on recordsChanged; the pane re-reads after it (selection kept by id).
    connect(m_kind, &RegisterKind::recordsChanged, m_detail, &RecordDetailWidget::refresh);
    connect(m_kind, &RegisterKind::recordsChanged, this, &RegisterPage::updateActions);
    connect(m_kind, &RegisterKind::statusMessage, this, &RegisterPage::statusMessage);
    connect(&m_kind->core().persons(), &PersonService::personsChanged, m_filterBar, &RegisterFilterBar::refreshChoices);

    setUpTable();
    // Enabling sorting runs the first sort, the one query of start-up.
    m_model->setFilter(m_filterBar->filter(), false);
    m_table->setSortingEnabled(true);
    connect(m_model, &RegisterModel::modelReset, this, &RegisterPage::afterReset);
    afterReset();
    // The count of a full first page runs once the page is painted; the status bar hears of it then.
    m_model->countAfterPaint(m_table);
    QTimer::singleShot(0, m_model, &LazyModelBase::announceCount);
}

void RegisterPage::createActions()
{
    m_newAction = new QAction(Icons::themed("list-add", Icons::add()), m_kind->newActionText(), this);
    m_newAction->setObjectName(QStringLiteral("registerNewAction"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (const auto id = m_kind->createRecord(this))
            showRecord(*id);
    });

    m_editAction = new QAction(Icons::themed("document-edit", Icons::edit()), tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("registerEditAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            m_kind->editRecord(id, this);
    });

    if (m_kind->hasPeriod()) {
        m_endAction = new QAction(Icons::themed("process-stop", Icons::switchOff()), tr("E&nd…"), this);
        m_endAction->setObjectName(QStringLiteral("registerEndAction"));
        m_endAction->setStatusTip(tr("Record the date on which the selected record ended"));
        connect(m_endAction, &QAction::triggered, this, [this] {
            if (const qint64 id = selectedId())
                m_kind->endRecord(id, this);
        });
    }

    m_removeAction = new QAction(Icons::themed("list-remove", Icons::remove()), tr("&Remove"), this);
    m_removeAction->setObjectName(QStringLiteral("registerRemoveAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    // Del only acts in the list: in a text field it must not remove a record.
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setStatusTip(tr("Remove a record entered by mistake (Undo brings it back)"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedId())
            m_kind->removeRecord(id, this);
    });
}

void RegisterPage::setUpTable()
{
    m_table->setModel(m_model);
    setUpRegisterTable(m_table, *m_kind);
    m_table->addAction(m_removeAction);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RegisterPage::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_editAction->isEnabled())
            m_editAction->trigger();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &RegisterPage::showContextMenu);
    QHeaderView *header = m_table->horizontalHeader();
    connect(header, &QHeaderView::customContextMenuRequested, this,
            [this, header](const QPoint &pos) { showColumnMenu(m_table, *m_kind, header->mapToGlobal(pos)); });
}

void RegisterPage::aboutToReset()
{
    if (m_pendingSelection == 0)
        m_pendingSelection = selectedId();
}

void RegisterPage::afterReset()
{
    const qint64 wanted = std::exchange(m_pendingSelection, 0);
    std::optional<int> row;
    if (wanted != 0)
        row = m_model->rowOf(wanted);
    if (row)
        selectRow(*row);
    else
        selectionChanged(); // a reset clears the selection without saying so
    updateEmptyState();
}

void RegisterPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 RegisterPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RegisterModel::IdRole).toLongLong();
}

bool RegisterPage::showRecord(qint64 id)
{
    if (auto row = m_model->rowOf(id, kShowPages)) {
        selectRow(*row);
        return true;
    }
    if (m_filterBar->isCleared())
        return false;
    // The filters hide it: show everything rather than let the record seem to vanish.
    m_pendingSelection = id;
    m_model->setAnchor(id);
    m_filterBar->clear();
    m_pendingSelection = 0;
    if (auto row = m_model->rowOf(id, kShowPages)) {
        selectRow(*row);
        Q_EMIT statusMessage(tr("The filters were cleared to show the record."));
        return true;
    }
    return false;
}

void RegisterPage::selectionChanged()
{
    const qint64 id = selectedId();
    m_model->setAnchor(id);
    if (id != m_detail->recordId() || id == 0)
        m_detail->setRecord(id);
    updateActions();
}

void RegisterPage::updateActions()
{
    const qint64 id = selectedId();
    bool mayEdit = false;
    bool ended = false;
    try {
        mayEdit = id != 0 && m_kind->mayEdit(id);
        ended = id != 0 && m_kind->isEnded(id);
    } catch (const Error &) {
        mayEdit = false; // unreadable (removed meanwhile): offer nothing
    }
    m_newAction->setEnabled(m_kind->mayCreate());
    m_editAction->setEnabled(mayEdit);
    m_removeAction->setEnabled(mayEdit);
    if (m_endAction)
        m_endAction->setEnabled(mayEdit && !ended);
    m_detail->setReadOnlyNote(id != 0 && !mayEdit);
}

void RegisterPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        m_emptyLabel->setText(m_filterBar->isCleared() ? m_kind->emptyText() : tr("No records match the search."));
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyLabel->setVisible(empty);
}

void RegisterPage::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    if (m_endAction)
        menu.addAction(m_endAction);
    menu.addSeparator();
    menu.addAction(m_removeAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void RegisterPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void RegisterPage::saveState(QSettings &settings) const
{
    settings.beginGroup(m_kind->settingsKey());
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    m_filterBar->saveState(settings);
    settings.endGroup();
}

void RegisterPage::restoreState(QSettings &settings)
{
    settings.beginGroup(m_kind->settingsKey());
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_filterBar->restoreState(settings);
    settings.endGroup();
}

bool RegisterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

} // namespace integriteit
