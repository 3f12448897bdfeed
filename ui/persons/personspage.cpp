#include "personspage.h"

#include "common/error.h"
#include "persondetailwidget.h"
#include "personeditor.h"
#include "personfilterbar.h"
#include "persons/personservice.h"
#include "personsmodel.h"

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
#include <QVBoxLayout>

namespace integriteit {

namespace {
const QString kHeaderKey = QStringLiteral("persons/header");
const QString kSplitterKey = QStringLiteral("persons/splitter");
// How far the list reads on to find a person to select.
constexpr int kSearchPages = PersonsModel::AnchorPages;
} // namespace

PersonsPage::PersonsPage(PersonService &persons, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_persons(persons)
    , m_model(new PersonsModel(persons, this))
    , m_editor(new PersonEditor(persons, undoStack, this))
    , m_filterBar(new PersonFilterBar(persons, this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table->viewport()))
    , m_detail(new PersonDetailWidget(persons, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("personsPage"));
    createActions();

    m_emptyLabel->setObjectName(QStringLiteral("personsEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->hide();
    m_table->viewport()->installEventFilter(this);

    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({ 720, 380 });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_splitter, 1);

    connect(m_model, &PersonsModel::countChanged, this, &PersonsPage::countChanged);
    connect(m_model, &PersonsModel::countChanged, this, &PersonsPage::updateEmptyState);
    connect(m_model, &PersonsModel::modelAboutToBeReset, this, &PersonsPage::aboutToReset);
    connect(m_model, &PersonsModel::errorOccurred, this,
        [this](const QString &message) { QMessageBox::warning(this, tr("Office holders"), message); });
    connect(m_filterBar, &PersonFilterBar::filterChanged, this, &PersonsPage::applyFilter);
    connect(m_filterBar, &PersonFilterBar::searchAccepted, this, [this] {
        if (m_model->rowCount() == 0)
            return;
        m_table->setFocus(Qt::OtherFocusReason);
        if (selectedPersonId() == 0)
            selectRow(0);
    });
    // Party groups appear and vanish with appointments: keep the filter's choices current.
    connect(&m_persons, &PersonService::personsChanged, m_filterBar, &PersonFilterBar::refreshChoices);
    connect(&m_persons, &PersonService::personChanged, m_filterBar, &PersonFilterBar::refreshChoices);
    connect(&m_persons, &PersonService::personChanged, m_detail, [this](qint64 id) {
        if (id == m_detail->personId())
            m_detail->refresh();
        updateActions();
    });
    connect(&m_persons, &PersonService::personsChanged, m_detail, &PersonDetailWidget::refresh);

    connect(m_detail, &PersonDetailWidget::editPersonRequested, m_editAction, &QAction::trigger);
    connect(m_detail, &PersonDetailWidget::newAppointmentRequested, m_newAppointmentAction, &QAction::trigger);
    connect(m_detail, &PersonDetailWidget::editAppointmentRequested, m_editor, &PersonEditor::editAppointment);
    connect(m_detail, &PersonDetailWidget::removeAppointmentRequested, m_editor, &PersonEditor::removeAppointment);
    connect(m_editor, &PersonEditor::statusMessage, this, &PersonsPage::statusMessage);

    setUpTable();
    // Enabling sorting runs the first sort, which is the one query of start-up: the filter is only
    // stored before it, and restoreState() re-queries only if the saved filter differs.
    m_model->setFilter(m_filterBar->filter(), false);
    m_table->setSortingEnabled(true);
    // Connected after the view's own handler, so the view has reset before we select again.
    connect(m_model, &PersonsModel::modelReset, this, &PersonsPage::afterReset);
    afterReset();
    // The first count was emitted before the main window could connect: tell it once more.
    // The count of a full first page runs once the page is painted; the status bar hears of it then.
    m_model->countAfterPaint(m_table);
    QTimer::singleShot(0, m_model, &LazyModelBase::announceCount);
}

void PersonsPage::createActions()
{
    m_newAction = new QAction(tr("&New office holder…"), this);
    m_newAction->setObjectName(QStringLiteral("newPersonAction"));
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add an office holder to the register"));
    connect(m_newAction, &QAction::triggered, this, [this] {
        if (const auto id = m_editor->newPerson())
            selectPerson(*id);
    });

    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setObjectName(QStringLiteral("editPersonAction"));
    m_editAction->setShortcut(Qt::Key_F2);
    m_editAction->setStatusTip(tr("Change the name and contact details of the selected office holder"));
    connect(m_editAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedPersonId() ? selectedPersonId() : m_detail->personId())
            m_editor->editPerson(id);
    });

    m_removeAction = new QAction(tr("&Remove"), this);
    m_removeAction->setObjectName(QStringLiteral("removePersonAction"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    // Del only acts in the list: in the history or a text field it must not remove a person.
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setStatusTip(tr("Remove an office holder entered by mistake (only without appointments)"));
    connect(m_removeAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedPersonId())
            m_editor->removePerson(id);
    });

    m_newAppointmentAction = new QAction(tr("New &appointment…"), this);
    m_newAppointmentAction->setObjectName(QStringLiteral("newAppointmentAction"));
    m_newAppointmentAction->setStatusTip(tr("Record a new appointment of the selected office holder"));
    connect(m_newAppointmentAction, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedPersonId() ? selectedPersonId() : m_detail->personId()) {
            if (m_editor->newAppointment(id))
                selectPerson(id);
        }
    });
}

void PersonsPage::setUpTable()
{
    m_table->setObjectName(QStringLiteral("personsTable"));
    m_table->setModel(m_model);
    m_table->addAction(m_removeAction);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Fixed row heights: the view never measures 30,000 rows.
    QHeaderView *rows = m_table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    // The name matters most: it keeps a readable width and the last column takes what is left,
    // so a narrow window scrolls sideways instead of squeezing the names to nothing.
    header->setStretchLastSection(true);
    header->setSortIndicator(int(PersonColumn::Name), Qt::AscendingOrder);
    const QFontMetrics fm = fontMetrics();
    const int pad = fm.averageCharWidth() + 16; // cell margins and the sort arrow
    int roleWidth = fm.horizontalAdvance(personColumnTitle(PersonColumn::Role));
    for (HolderRole role : allHolderRoles())
        roleWidth = std::max(roleWidth, fm.horizontalAdvance(holderRoleName(role)));
    const int dateWidth = fm.horizontalAdvance(QStringLiteral("00-00-0000"));
    int statusWidth = 0;
    for (const QString &text : { PersonsModel::tr("In office"), PersonsModel::tr("Former"),
             PersonsModel::tr("No appointment"), PersonsModel::tr("Not yet in office") })
        statusWidth = std::max(statusWidth, fm.horizontalAdvance(text));
    header->resizeSection(int(PersonColumn::Role), roleWidth + pad);
    header->resizeSection(int(PersonColumn::Faction), fm.averageCharWidth() * 13 + pad);
    header->resizeSection(int(PersonColumn::Organisation), fm.averageCharWidth() * 20 + pad);
    header->resizeSection(int(PersonColumn::Start), dateWidth + pad);
    header->resizeSection(int(PersonColumn::End), dateWidth + pad);
    header->resizeSection(int(PersonColumn::Status), statusWidth + pad);
    header->resizeSection(int(PersonColumn::Name), fm.averageCharWidth() * 24 + pad);
    header->setMinimumSectionSize(fm.averageCharWidth() * 6);
    m_table->setColumnHidden(int(PersonColumn::Organisation), !m_filterBar->hasMultipleOrganisations());

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PersonsPage::selectionChanged);
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_editAction->isEnabled())
            m_editAction->trigger();
    });
    connect(m_table, &QTableView::customContextMenuRequested, this, &PersonsPage::showContextMenu);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &PersonsPage::showColumnMenu);
}

void PersonsPage::showColumnMenu(const QPoint &pos)
{
    // Which columns to show; the name always stays, the body only matters with several bodies.
    QHeaderView *header = m_table->horizontalHeader();
    QMenu menu(this);
    for (int column = int(PersonColumn::Role); column < int(PersonColumn::Count); ++column) {
        if (column == int(PersonColumn::Organisation) && !m_filterBar->hasMultipleOrganisations())
            continue;
        QAction *action = menu.addAction(personColumnTitle(PersonColumn(column)));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(
            action, &QAction::toggled, this, [this, column](bool shown) { m_table->setColumnHidden(column, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void PersonsPage::applyFilter()
{
    m_model->setFilter(m_filterBar->filter());
}

void PersonsPage::aboutToReset()
{
    if (m_pendingSelection == 0)
        m_pendingSelection = selectedPersonId();
}

void PersonsPage::afterReset()
{
    const qint64 wanted = std::exchange(m_pendingSelection, 0);
    std::optional<int> row;
    if (wanted != 0)
        row = m_model->rowOf(wanted); // the model read on for its anchor before the reset
    if (row)
        selectRow(*row);
    else
        selectionChanged(); // a reset clears the selection without saying so
    updateEmptyState();
}

void PersonsPage::selectRow(int row)
{
    const QModelIndex index = m_model->index(row, int(PersonColumn::Name));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

qint64 PersonsPage::selectedPersonId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(PersonsModel::IdRole).toLongLong();
}

void PersonsPage::selectPerson(qint64 personId)
{
    if (auto row = m_model->rowOf(personId, kSearchPages)) {
        selectRow(*row);
        return;
    }
    // The filters hide him (a new person has no appointment yet, so is not "in office"):
    // search for his name across everybody rather than let him seem to vanish.
    QString name;
    try {
        name = m_persons.person(personId).lastName;
    } catch (const Error &) {
        return;
    }
    m_pendingSelection = personId;
    m_model->setAnchor(personId);
    m_filterBar->showAllMatching(name);
    m_pendingSelection = 0;
    Q_EMIT statusMessage(tr("The filters were cleared to show %1.").arg(name));
}

void PersonsPage::selectionChanged()
{
    m_model->setAnchor(selectedPersonId());
    m_detail->setPerson(selectedPersonId());
    updateActions();
}

void PersonsPage::updateActions()
{
    const qint64 id = selectedPersonId();
    bool mayEdit = false;
    bool hasAppointments = true;
    bool anyRole = false;
    try {
        mayEdit = id != 0 && m_persons.mayEditPerson(id);
        hasAppointments = id == 0 || !m_persons.appointments(id).empty();
        for (HolderRole role : allHolderRoles())
            anyRole = anyRole || m_persons.mayEditRole(role);
    } catch (const Error &) {
        mayEdit = false; // unreadable: offer nothing; the list shows the error
    }
    m_newAction->setEnabled(m_persons.mayCreate());
    m_editAction->setEnabled(mayEdit);
    m_removeAction->setEnabled(mayEdit && !hasAppointments);
    // Like core: the role decides who appoints, so the secretariat can make a raadslid wethouder.
    m_newAppointmentAction->setEnabled(id != 0 && anyRole);
    m_removeAction->setToolTip(
        id != 0 && hasAppointments ? tr("Only an office holder without appointments can be removed.") : QString());
}

void PersonsPage::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        bool databaseEmpty = false;
        try {
            databaseEmpty = m_persons.count(PersonFilter()) == 0;
        } catch (const Error &) { }
        m_emptyLabel->setText(databaseEmpty ? tr("No office holders yet. Choose New office holder to add the first.")
                                            : tr("No office holders match the search."));
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    }
    m_emptyLabel->setVisible(empty);
}

void PersonsPage::showContextMenu(const QPoint &pos)
{
    if (!m_table->indexAt(pos).isValid())
        return;
    QMenu menu(this);
    menu.addAction(m_editAction);
    menu.addAction(m_newAppointmentAction);
    menu.addSeparator();
    menu.addAction(m_removeAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void PersonsPage::focusSearch()
{
    m_filterBar->focusSearch();
}

void PersonsPage::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    m_filterBar->saveState(settings);
}

void PersonsPage::restoreState(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    m_table->setColumnHidden(int(PersonColumn::Organisation), !m_filterBar->hasMultipleOrganisations());
    m_filterBar->restoreState(settings);
}

bool PersonsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    return QWidget::eventFilter(watched, event);
}

} // namespace integriteit
