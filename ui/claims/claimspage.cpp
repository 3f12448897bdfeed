#include "claimspage.h"

#include "appcore.h"
#include "claimdetailwidget.h"
#include "claimeditor.h"
#include "claimfilterbar.h"
#include "claimlinespanel.h"
#include "claimsmodel.h"
#include "common/error.h"
#include "common/icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
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
const QString kHeaderKey = QStringLiteral("claims/header");
const QString kSplitterKey = QStringLiteral("claims/splitter");
constexpr int kSearchPages = 5;
} // namespace

ClaimsPage::ClaimsPage(AppCore &core, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_model(new ClaimsModel(core.claims().claims(), this))
    , m_editor(new ClaimEditor(core, undoStack, this))
    , m_filterBar(new ClaimFilterBar(core.persons(), this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table->viewport()))
    , m_detail(new ClaimDetailWidget(core, *m_editor, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_new(new QAction(Icons::themed("list-add", Icons::add()), tr("&New claim…"), this))
    , m_remove(new QAction(Icons::themed("list-remove", Icons::remove()), tr("Remove claim"), this))
{
    setObjectName(QStringLiteral("claimsPage"));
    m_new->setObjectName(QStringLiteral("newClaimAction"));
    m_new->setShortcut(QKeySequence::New);
    m_remove->setObjectName(QStringLiteral("removeClaimAction"));
    // Delete only on the list itself, as on the register pages: never while typing a search.
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_remove);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_table->viewport()->installEventFilter(this);

    // The list above, the claim below: both need the window's width for their columns.
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({260, 420});

    // The actions above the filters, as on the register pages: one row each keeps the page within
    // a laptop screen's width.
    auto *actions = new QToolBar(this);
    actions->setObjectName(QStringLiteral("claimsToolBar"));
    actions->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    actions->setIconSize(QSize(16, 16));
    actions->addActions({m_new, m_remove});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(actions);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &ClaimsModel::countChanged, this, &ClaimsPage::countChanged);
    connect(m_model, &ClaimsModel::countChanged, this, &ClaimsPage::updateEmptyState);
    connect(m_model, &ClaimsModel::modelAboutToBeReset, this, [this] {
        if (m_pendingSelection == 0)
            m_pendingSelection = selectedClaimId();
    });
    connect(m_model, &ClaimsModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Expense claims"), message); });
    connect(m_filterBar, &ClaimFilterBar::filterChanged, this, [this] { m_model->setFilter(m_filterBar->filter()); });
    connect(m_editor, &ClaimEditor::statusMessage, this, &ClaimsPage::statusMessage);
    connect(m_detail, &ClaimDetailWidget::editClaimRequested, m_editor, &ClaimEditor::editClaim);
    connect(m_new, &QAction::triggered, this, [this] {
        if (const auto id = m_editor->newClaim())
            selectClaim(*id);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedClaimId())
            m_editor->removeClaim(id);
    });

    setUpTable();
    m_model->setFilter(m_filterBar->filter(), false);
    m_table->setSortingEnabled(true); // runs the first query
    connect(m_model, &ClaimsModel::modelReset, this, &ClaimsPage::afterReset);
    afterReset();
    // The count of a full first page runs once the page is painted; the status bar hears of it then.
    m_model->countAfterPaint(m_table);
    QTimer::singleShot(0, m_model, &LazyModelBase::announceCount);
}

void ClaimsPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("claimsTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // The description takes the room that is left; the other columns keep their widths.
    header->setStretchLastSection(false);
    header->setSectionResizeMode(int(ClaimColumn::Description), QHeaderView::Stretch);
    header->setSortIndicator(int(ClaimColumn::Number), Qt::DescendingOrder);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() + 16;
    const auto width = [&](ClaimColumn column, int chars) { header->resizeSection(int(column), fm.averageCharWidth() * chars + pad); };
    width(ClaimColumn::Number, 12);
    width(ClaimColumn::Person, 24);
    width(ClaimColumn::Role, 15);
    width(ClaimColumn::Faction, 10);
    width(ClaimColumn::Date, 10);
    width(ClaimColumn::Description, 28);
    width(ClaimColumn::Lines, 5);
    width(ClaimColumn::Total, 11);
    int statusWidth = 0;
    for (ClaimStatus status : allClaimStatuses())
        statusWidth = std::max(statusWidth, fm.horizontalAdvance(claimStatusName(status)));
    header->resizeSection(int(ClaimColumn::Status), statusWidth + pad);
    width(ClaimColumn::Warnings, 8);
    m_table->setColumnHidden(int(ClaimColumn::Faction), true);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ClaimsPage::selectionChanged);
    // Enter on a claim: on to its lines, where the work is.
    connect(m_table, &QTableView::activated, this,
            [this] { m_detail->linesPanel()->table()->setFocus(Qt::OtherFocusReason); });
    connect(m_table, &QTableView::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_table->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(tr("New claim for this office holder…"), this, [this] {
            if (const ClaimRow *row = m_model->rowData(m_table->currentIndex().row()))
                if (const auto id = m_editor->newClaim(row->claim.personId))
                    selectClaim(*id);
        });
        menu.addAction(m_detail->editAction());
        menu.addAction(m_remove);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    // Which columns to show; the number always stays.
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](const QPoint &pos) {
        QMenu menu(this);
        for (int column = int(ClaimColumn::Person); column < int(ClaimColumn::Count); ++column) {
            QAction *action = menu.addAction(claimColumnTitle(ClaimColumn(column)));
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            connect(action, &QAction::toggled, this, [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

void ClaimsPage::afterReset()
{
    const qint64 wanted = std::exchange(m_pendingSelection, 0);
    const std::optional<int> row = wanted != 0 ? m_model->rowOf(wanted) : std::nullopt;
    if (row)
        selectRow(*row);
    else
        selectionChanged(); // a reset clears the selection without saying so
    updateEmptyState();
}

void ClaimsPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, int(ClaimColumn::Number));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 ClaimsPage::selectedClaimId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->idAt(rows.first().row());
}

void ClaimsPage::selectClaim(qint64 claimId)
{
    if (auto row = m_model->rowOf(claimId, kSearchPages)) {
        selectRow(*row);
        return;
    }
    // The filters hide it (a new draft in a list of another year): show everything, then select.
    m_pendingSelection = claimId;
    m_model->setFilter(ClaimFilter());
    if (auto row = m_model->rowOf(claimId, kSearchPages))
        selectRow(*row);
    Q_EMIT statusMessage(tr("The filters were cleared to show the claim."));
}

void ClaimsPage::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const ClaimRow *row = rows.isEmpty() ? nullptr : m_model->rowData(rows.first().row());
    m_detail->setClaim(row ? *row : ClaimRow());
    updateButtons();
}

void ClaimsPage::updateButtons()
{
    bool mayAny = false;
    const Session &session = m_core.session();
    mayAny = session.has(UserRole::Griffie) || session.has(UserRole::Secretariat);
    m_new->setEnabled(mayAny);
    m_new->setToolTip(mayAny ? QString() : tr("Claims are entered by the clerk's office or the secretariat."));
    m_new->setStatusTip(m_new->toolTip());
    bool removable = false;
    const qint64 id = selectedClaimId();
    if (id != 0) {
        try {
            const Claim c = m_core.claims().claims().claim(id);
            removable = m_core.claims().claims().mayEdit(c);
        } catch (const Error &) {
        }
    }
    m_remove->setEnabled(removable);
    // Why not, when a claim is selected: said before the user tries.
    const QString tip = id == 0 || removable
        ? tr("Remove a draft entered by mistake (a claim that was ever submitted stays on record)")
        : tr("Only a draft claim of an office holder your office keeps can be changed.");
    m_remove->setToolTip(tip);
    m_remove->setStatusTip(tip);
}

QList<QAction *> ClaimsPage::areaActions() const
{
    const auto separator = [this] {
        auto *action = new QAction(const_cast<ClaimsPage *>(this));
        action->setSeparator(true);
        return action;
    };
    const ClaimLinesPanel *lines = m_detail->linesPanel();
    QList<QAction *> actions{m_new, m_detail->editAction(), m_remove, separator(), lines->newLineAction(),
                             lines->editLineAction(), lines->removeLineAction(), lines->attachReceiptAction(),
                             separator()};
    actions << m_detail->stepActions();
    return actions;
}

void ClaimsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        m_emptyLabel->setText(m_model->totalCount() == 0 && m_new->isEnabled()
                                  ? tr("No claims match. Choose New claim to enter an office holder's claim form.")
                                  : tr("No claims match the search and filters."));
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyLabel->setVisible(empty);
}

void ClaimsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void ClaimsPage::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    m_filterBar->saveState(settings);
}

void ClaimsPage::restoreState(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_filterBar->restoreState(settings);
}

bool ClaimsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

} // namespace integriteit
