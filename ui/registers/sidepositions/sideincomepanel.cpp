#include "sideincomepanel.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "registers/common/recordcommand.h"
#include "sideincomedialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace integriteit {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
enum Column { Year, Amount, Published, ColumnCount };
} // namespace

SideIncomePanel::SideIncomePanel(AppCore &core, QUndoStack &undoStack, QWidget *parent)
    : QWidget(parent)
    , m_core(core)
    , m_undoStack(undoStack)
    , m_title(new QLabel(tr("Income per year"), this))
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    // Short labels under the heading "Income per year": the pane stays narrow, the list wide.
    , m_add(new QPushButton(tr("Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("sideIncomePanel"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_table->setObjectName(QStringLiteral("sideIncomeTable"));
    m_table->setHorizontalHeaderLabels({ tr("Year"), tr("Amount"), tr("Published") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(fontMetrics().height() * 6);
    m_add->setObjectName(QStringLiteral("addIncome"));
    m_add->setToolTip(tr("Record the income of a year"));
    m_edit->setObjectName(QStringLiteral("editIncome"));
    m_remove->setObjectName(QStringLiteral("removeIncome"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &SideIncomePanel::add);
    connect(m_edit, &QPushButton::clicked, this, &SideIncomePanel::edit);
    connect(m_remove, &QPushButton::clicked, this, &SideIncomePanel::remove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SideIncomePanel::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_edit->isEnabled())
            edit();
    });
    auto &income = m_core.registers().sideIncome();
    connect(&income, &SideIncomeService::recordsChanged, this, &SideIncomePanel::refresh);
    connect(&income, &SideIncomeService::recordChanged, this, &SideIncomePanel::refresh);
}

void SideIncomePanel::setPosition(qint64 positionId)
{
    m_positionId = positionId;
    refresh();
}

void SideIncomePanel::refresh()
{
    const qint64 selected = selectedIncome();
    m_table->setRowCount(0);
    m_paid = false;
    m_mayEdit = false;
    if (m_positionId == 0) {
        updateButtons();
        return;
    }
    std::vector<SideIncomeRow> rows;
    try {
        const SidePosition position = m_core.registers().sidePositions().position(m_positionId);
        m_paid = position.paid;
        m_mayEdit = m_core.registers().sidePositions().mayEdit(position);
        // A person has a handful of income rows: read his and keep this position's.
        RegisterFilter filter;
        filter.personId = position.personId;
        rows = m_core.registers().sideIncome().page(filter, SideIncomeColumn::Year, Qt::DescendingOrder, 0, 500);
    } catch (const Error &) {
        updateButtons();
        return;
    }
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const SideIncomeRow &row : rows) {
        if (row.income.positionId != m_positionId)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *year = new QTableWidgetItem(QString::number(row.income.year));
        year->setData(kIdRole, row.income.id);
        auto *amount = new QTableWidgetItem(row.income.amount.toDutch());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto *published = new QTableWidgetItem(dutch::date(row.income.published));
        if (row.publicationOverdue) {
            published->setIcon(warning);
            published->setText(tr("not published by 1 April %1").arg(row.income.year + 1));
            published->setToolTip(tr("Full-time wethouders and the burgemeester publish the income of %1 before "
                                     "1 April %2.").arg(row.income.year).arg(row.income.year + 1));
        } else if (row.mustPublish && !row.income.published.isValid()) {
            published->setText(tr("to be published before 1 April %1").arg(row.income.year + 1));
        }
        m_table->setItem(r, Year, year);
        m_table->setItem(r, Amount, amount);
        m_table->setItem(r, Published, published);
        if (row.income.id == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnToContents(Year);
    m_table->resizeColumnToContents(Amount);
    m_note->setText(m_paid ? QString() : tr("This position is unpaid: there is no income to record."));
    m_note->setVisible(!m_paid);
    updateButtons();
}

qint64 SideIncomePanel::selectedIncome() const
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty())
        return 0;
    const QTableWidgetItem *first = m_table->item(items.first()->row(), Year);
    return first ? first->data(kIdRole).toLongLong() : 0;
}

void SideIncomePanel::updateButtons()
{
    const bool selected = selectedIncome() != 0;
    m_add->setEnabled(m_positionId != 0 && m_paid && m_mayEdit);
    m_edit->setEnabled(selected && m_mayEdit);
    m_remove->setEnabled(selected && m_mayEdit);
}

void SideIncomePanel::add()
{
    SidePosition position;
    try {
        position = m_core.registers().sidePositions().position(m_positionId);
    } catch (const Error &error) {
        showErrorBox(this, tr("New income"), error);
        return;
    }
    SideIncome draft;
    draft.positionId = m_positionId;
    SideIncomeDialog dialog(m_core, position, draft, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto &service = m_core.registers().sideIncome();
    const SideIncome added = dialog.income();
    m_undoStack.push(new RecordCommand(tr("Add income %1 of %2").arg(added.year).arg(position.organisation),
                                       [&service, id = added.id] { service.remove(id); },
                                       [&service, added] { service.restore(added); }, this));
}

void SideIncomePanel::edit()
{
    auto &service = m_core.registers().sideIncome();
    SidePosition position;
    SideIncome before;
    try {
        before = service.income(selectedIncome());
        position = m_core.registers().sidePositions().position(before.positionId);
    } catch (const Error &error) {
        showErrorBox(this, tr("Edit income"), error);
        return;
    }
    SideIncomeDialog dialog(m_core, position, before, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return;
    const SideIncome after = dialog.income();
    m_undoStack.push(new RecordCommand(tr("Edit income %1 of %2").arg(after.year).arg(position.organisation),
                                       [&service, before] { service.update(before); },
                                       [&service, after] { service.update(after); }, this));
}

void SideIncomePanel::remove()
{
    auto &service = m_core.registers().sideIncome();
    try {
        const SideIncome removed = service.income(selectedIncome());
        service.remove(removed.id);
        m_undoStack.push(new RecordCommand(tr("Remove income %1").arg(removed.year),
                                           [&service, removed] { service.restore(removed); },
                                           [&service, id = removed.id] { service.remove(id); }, this));
    } catch (const Error &error) {
        showErrorBox(this, tr("Remove income"), error);
    }
}

} // namespace integriteit
