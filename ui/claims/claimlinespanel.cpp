#include "claimlinespanel.h"

#include "claimeditor.h"
#include "claimlinesmodel.h"
#include "claims/claimservices.h"
#include "common/error.h"
#include "common/icons.h"
#include "receiptpreview.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace integriteit {

ClaimLinesPanel::ClaimLinesPanel(ClaimServices &services, ClaimEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_editor(editor)
    , m_model(new ClaimLinesModel(services, this))
    , m_table(new QTableView(this))
    , m_preview(new ReceiptPreview(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_add(new QAction(Icons::themed("list-add", Icons::add()), tr("New line…"), this))
    , m_edit(new QAction(Icons::themed("document-edit", Icons::edit()), tr("Edit line…"), this))
    , m_remove(new QAction(Icons::themed("list-remove", Icons::remove()), tr("Remove line"), this))
    , m_attach(new QAction(Icons::themed("mail-attachment", QStyle::SP_FileLinkIcon, this),
                           tr("Attach proof of payment…"), this))
{
    m_table->setObjectName(QStringLiteral("claimLinesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Description and reason share the room that is left: they are what the checker reads.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(int(ClaimLinesModel::Column::Description), QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(int(ClaimLinesModel::Column::Reason), QHeaderView::Stretch);
    // Files from the desktop: on a line it becomes that line's receipt, below the lines a new line.
    m_table->setAcceptDrops(true);
    m_table->viewport()->setAcceptDrops(true);
    m_table->setDragDropMode(QAbstractItemView::DropOnly);
    m_table->setDragDropOverwriteMode(true);
    m_table->setDropIndicatorShown(true);
    m_table->setDefaultDropAction(Qt::CopyAction);
    const QFontMetrics fm = fontMetrics();
    m_table->setColumnWidth(int(ClaimLinesModel::Column::Date),
                            std::max(fm.horizontalAdvance(QStringLiteral("00-00-00000")),
                                     fm.horizontalAdvance(m_model->headerData(0, Qt::Horizontal).toString()))
                                + 24);
    m_table->setColumnWidth(int(ClaimLinesModel::Column::Category), fm.averageCharWidth() * 22);
    m_table->setColumnWidth(int(ClaimLinesModel::Column::Amount), fm.horizontalAdvance(QStringLiteral("€ 10.000,00")) + 16);
    m_table->setColumnWidth(int(ClaimLinesModel::Column::Receipt), fm.averageCharWidth() * 22);

    m_add->setObjectName(QStringLiteral("newLineAction"));
    m_edit->setObjectName(QStringLiteral("editLineAction"));
    m_remove->setObjectName(QStringLiteral("removeLineAction"));
    m_attach->setObjectName(QStringLiteral("attachReceiptAction"));
    // Ctrl+L for a line ("regel"); Delete only where the line has the focus, so it never removes a
    // line while the user is typing a search or looking at the claims list.
    m_add->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_remove);
    m_attach->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    connect(m_add, &QAction::triggered, this, [this] {
        if (m_claimId == 0)
            return;
        if (const auto id = m_editor.newLine(m_claimId))
            selectLine(*id);
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedLineId())
            m_editor.editLine(id);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedLineId())
            m_editor.removeLine(id);
    });
    connect(m_attach, &QAction::triggered, this, [this] {
        if (const qint64 id = selectedLineId())
            m_editor.chooseReceipt(id);
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (m_edit->isEnabled())
            m_edit->trigger();
    });
    // Queued: the dialog a drop may open must not run inside the drop event of the table.
    connect(m_model, &ClaimLinesModel::receiptDropped, this, &ClaimLinesPanel::onDrop, Qt::QueuedConnection);
    connect(m_model, &ClaimLinesModel::errorOccurred, this,
            [this](const QString &message) { QMessageBox::warning(this, tr("Expense claims"), message); });
    // A reset (every change re-reads the lines) clears the selection: keep the line selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepLine = selectedLineId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectLine(std::exchange(m_keepLine, 0));
        showReceipt();
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showReceipt();
        updateButtons();
    });

    auto *buttons = new QToolBar(this);
    buttons->setObjectName(QStringLiteral("claimLinesBar"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->setIconSize(QSize(16, 16));
    buttons->addActions({m_add, m_edit, m_remove, m_attach});
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(buttons);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    updateButtons();
}

void ClaimLinesPanel::setClaim(qint64 claimId, bool editable)
{
    m_editable = editable;
    m_model->setAcceptsDrops(editable);
    if (claimId != m_claimId) {
        m_claimId = claimId;
        m_model->setClaim(claimId);
        // Another claim: show its first line's receipt at once.
        if (m_model->rowCount() > 0)
            m_table->selectRow(0);
    }
    updateButtons();
}

qint64 ClaimLinesPanel::selectedLineId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : m_model->lineIdAt(rows.first().row());
}

void ClaimLinesPanel::selectLine(qint64 lineId)
{
    const int row = m_model->rowOfLine(lineId);
    if (row >= 0)
        m_table->selectRow(row);
}

void ClaimLinesPanel::updateButtons()
{
    const bool line = selectedLineId() != 0;
    const QString notDraft = m_claimId == 0 ? QString()
                                            : tr("Only a draft claim of an office holder your office keeps can be changed.");
    m_add->setEnabled(m_editable);
    m_edit->setEnabled(m_editable && line);
    m_remove->setEnabled(m_editable && line);
    m_attach->setEnabled(m_editable && line);
    for (QAction *action : {m_add, m_edit, m_remove, m_attach}) {
        QString tip = m_editable ? QString() : notDraft;
        if (tip.isEmpty() && action == m_attach)
            tip = tr("Choose a PDF or a scan; you can also drop the file on the line");
        action->setToolTip(tip);
        action->setStatusTip(tip);
    }
}

void ClaimLinesPanel::showReceipt()
{
    const qint64 lineId = selectedLineId();
    const ClaimLine *line = m_model->lineAt(m_model->rowOfLine(lineId));
    if (!line) {
        m_preview->clear(m_model->rowCount() == 0 && m_editable
                             ? tr("No lines yet. Choose New line, or drop a receipt on the table.")
                             : tr("Select a line to see its proof of payment."));
        return;
    }
    if (line->receiptId <= 0) {
        m_preview->clear(m_editable ? tr("This line has no proof of payment yet. Drop the file on the line, or "
                                         "choose Attach proof of payment.")
                                    : tr("This line has no proof of payment."));
        return;
    }
    try {
        m_preview->setReceipt(m_services.claims().receipt(lineId));
    } catch (const Error &error) {
        m_preview->clear(error.userMessage());
    }
}

void ClaimLinesPanel::onDrop(qint64 lineId, const QString &path)
{
    if (lineId > 0) {
        if (m_editor.attachReceiptFile(lineId, path))
            selectLine(lineId);
    } else if (const auto id = m_editor.newLine(m_claimId, path)) {
        selectLine(*id);
    }
}

} // namespace integriteit
