#include "inventorypage.h"

#include "common/error.h"
#include "inventoryconfirmationdialog.h"
#include "inventorymodel.h"
#include "inventoryprinter.h"
#include "registers/inventory/inventoryservice.h"
#include "registers/common/recordcommand.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace integriteit {

namespace {
const QString kHeaderKey = QStringLiteral("inventory/header");
const QString kUnconfirmedKey = QStringLiteral("inventory/unconfirmedOnly");
} // namespace

InventoryPage::InventoryPage(InventoryService &inventory, SettingsService &settings, QUndoStack &undoStack,
                             QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_undoStack(undoStack)
    , m_model(new InventoryModel(inventory, this))
    , m_printer(new InventoryPrinter(inventory, settings, this))
    , m_year(new QSpinBox(this))
    , m_unconfirmedOnly(new QCheckBox(tr("Only &not confirmed"), this))
    , m_summary(new QLabel(this))
    , m_confirmButton(new QPushButton(tr("&Record confirmation…"), this))
    , m_printButton(new QPushButton(tr("&Print overview…"), this))
    , m_table(new QTableView(this))
    , m_emptyLabel(new QLabel(m_table->viewport()))
{
    setObjectName(QStringLiteral("inventoryPage"));
    m_year->setObjectName(QStringLiteral("year"));
    const QDate today = QDate::currentDate();
    m_year->setRange(2000, today.year());
    // Before the inventory of this year starts, the one of last year is the one being finished.
    m_year->setValue(today < m_inventory.startDate(today.year()) ? today.year() - 1 : today.year());
    m_year->setAccessibleName(tr("Year"));
    m_unconfirmedOnly->setObjectName(QStringLiteral("unconfirmedOnly"));
    m_confirmButton->setObjectName(QStringLiteral("confirmButton"));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_summary->setObjectName(QStringLiteral("inventorySummary"));

    // Printing has two targets: the selected person, or everybody who has not answered yet.
    auto *printMenu = new QMenu(m_printButton);
    printMenu->addAction(tr("For the &selected office holder…"), this, [this] {
        if (const qint64 id = selectedPersonId())
            m_printer->printOne(id, year());
    })->setObjectName(QStringLiteral("printSelected"));
    printMenu->addAction(tr("For &everybody who has not confirmed…"), this, &InventoryPage::printOverviews)
        ->setObjectName(QStringLiteral("printUnconfirmed"));
    connect(printMenu, &QMenu::aboutToShow, this, [this, printMenu] {
        printMenu->actions().at(0)->setEnabled(selectedPersonId() != 0);
    });
    m_printButton->setMenu(printMenu);

    auto *yearLabel = new QLabel(tr("&Year:"), this);
    yearLabel->setBuddy(m_year);
    auto *bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(12);
    bar->addWidget(m_unconfirmedOnly);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_confirmButton);
    bar->addWidget(m_printButton);

    m_table->setObjectName(QStringLiteral("inventoryTable"));
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
    header->resizeSection(int(InventoryColumn::Person), fontMetrics().averageCharWidth() * 26 + pad);
    header->resizeSection(int(InventoryColumn::Role), fontMetrics().averageCharWidth() * 16 + pad);
    header->resizeSection(int(InventoryColumn::Faction), fontMetrics().averageCharWidth() * 13 + pad);
    header->resizeSection(int(InventoryColumn::Status), fontMetrics().averageCharWidth() * 14 + pad);
    header->resizeSection(int(InventoryColumn::Date), fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 ")) + pad);

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &InventoryPage::applyFilter);
    connect(m_unconfirmedOnly, &QCheckBox::toggled, this, &InventoryPage::applyFilter);
    connect(m_confirmButton, &QPushButton::clicked, this, &InventoryPage::recordConfirmation);
    connect(m_table, &QTableView::activated, this, &InventoryPage::recordConfirmation);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InventoryPage::updateActions);
    // Changes made elsewhere are read when this page is shown again, not while it is hidden.
    m_model->reloadOnlyWhenShown(this);
    connect(m_model, &InventoryModel::modelReset, this, &InventoryPage::updateSummary);
    connect(m_model, &InventoryModel::modelReset, this, &InventoryPage::updateActions);
    connect(m_model, &InventoryModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Inventory"), message); });
    connect(m_printer, &InventoryPrinter::statusMessage, this, &InventoryPage::statusMessage);
    applyFilter();
}

int InventoryPage::year() const
{
    return m_year->value();
}

void InventoryPage::setYear(int year)
{
    m_year->setValue(year);
}

void InventoryPage::applyFilter()
{
    m_model->setYear(m_year->value(), m_unconfirmedOnly->isChecked());
}

void InventoryPage::showPerson(qint64 personId, int year)
{
    setYear(year);
    if (personId == 0) { // the grouped start-page item: everybody of that year who has not confirmed
        m_unconfirmedOnly->setChecked(true);
        m_table->setFocus();
        return;
    }
    if (!m_model->rowOf(personId))
        m_unconfirmedOnly->setChecked(false);
    if (const auto row = m_model->rowOf(personId)) {
        m_table->selectRow(*row);
        m_table->setFocus();
    }
}

qint64 InventoryPage::selectedPersonId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(InventoryModel::PersonIdRole).toLongLong();
}

void InventoryPage::updateSummary()
{
    const int total = m_model->rowCount();
    const int open = m_model->unconfirmedCount();
    if (m_model->unconfirmedOnly())
        m_summary->setText(tr("%1 not confirmed").arg(open));
    else
        m_summary->setText(tr("%1 office holders, %2 not confirmed").arg(total).arg(open));
    m_emptyLabel->setText(m_model->unconfirmedOnly() ? tr("Everybody has confirmed the inventory of %1.").arg(year())
                                                     : tr("Nobody held office in %1.").arg(year()));
    m_emptyLabel->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    m_emptyLabel->setVisible(total == 0);
}

void InventoryPage::updateActions()
{
    const qint64 id = selectedPersonId();
    bool mayEdit = false;
    try {
        mayEdit = id != 0 && m_inventory.mayEdit(id, year());
    } catch (const Error &) { }
    m_confirmButton->setEnabled(mayEdit);
    const InventoryStatusRow *row = nullptr;
    if (const auto r = id ? m_model->rowOf(id) : std::nullopt)
        row = m_model->rowAt(*r);
    m_confirmButton->setText(row && row->confirmation ? tr("&Change confirmation…") : tr("&Record confirmation…"));
    m_confirmButton->setToolTip(id == 0 ? tr("Select an office holder first.")
                                        : mayEdit ? QString() : tr("This office holder is kept by another office."));
}

void InventoryPage::recordConfirmation()
{
    const qint64 id = selectedPersonId();
    const auto r = id ? m_model->rowOf(id) : std::nullopt;
    if (!r || !m_confirmButton->isEnabled())
        return;
    const InventoryStatusRow row = *m_model->rowAt(*r);
    const std::optional<InventoryConfirmation> before = row.confirmation;
    InventoryConfirmation draft;
    if (before) {
        draft = *before;
    } else {
        draft.personId = id;
        draft.year = year();
        draft.confirmed = QDate::currentDate();
    }
    InventoryConfirmationDialog dialog(m_inventory, draft, row.person.displayName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const InventoryConfirmation after = dialog.confirmation();
    InventoryService *service = &m_inventory;
    const QString name = row.person.displayName;
    if (!before) {
        m_undoStack.push(new RecordCommand(tr("Record inventory %1 of %2").arg(after.year).arg(name),
                                            [service, after] { service->remove(after.id); },
                                            [service, after] { service->restore(after); }, this));
        Q_EMIT statusMessage(tr("The confirmation of %1 has been recorded.").arg(name));
    } else if (after.columns() != before->columns()) {
        const InventoryConfirmation old = *before;
        m_undoStack.push(new RecordCommand(tr("Change inventory %1 of %2").arg(after.year).arg(name),
                                            [service, old] { service->update(old); },
                                            [service, after] { service->update(after); }, this));
        Q_EMIT statusMessage(tr("The confirmation of %1 has been changed.").arg(name));
    }
    if (const auto again = m_model->rowOf(id))
        m_table->selectRow(*again);
}

void InventoryPage::printOverviews()
{
    std::vector<qint64> ids;
    try {
        for (const InventoryStatusRow &row : m_inventory.status(year(), true))
            ids.push_back(row.person.personId);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Print overviews"), error.userMessage());
        return;
    }
    if (ids.empty()) {
        QMessageBox::information(this, tr("Print overviews"),
                                 tr("Everybody has confirmed the inventory of %1: there is nothing to print.").arg(year()));
        return;
    }
    m_printer->printMany(ids, year());
}

void InventoryPage::saveState(QSettings &settings) const
{
    settings.setValue(kHeaderKey, m_table->horizontalHeader()->saveState());
    settings.setValue(kUnconfirmedKey, m_unconfirmedOnly->isChecked());
}

void InventoryPage::restoreState(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(kHeaderKey).toByteArray());
    m_unconfirmedOnly->setChecked(settings.value(kUnconfirmedKey, false).toBool());
}

} // namespace integriteit
