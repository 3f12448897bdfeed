#include "giftthresholdsdialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "registers/common/recordcommand.h"
#include "registers/gifts/giftthresholds.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace integriteit {

GiftThresholdsDialog::GiftThresholdsDialog(GiftThresholds &thresholds, QUndoStack &undoStack, QWidget *parent)
    : QDialog(parent)
    , m_thresholds(thresholds)
    , m_undoStack(undoStack)
    , m_message(new InlineMessage(this))
    , m_table(new QTableWidget(0, 2, this))
    , m_year(new QSpinBox(this))
    , m_amount(new QLineEdit(this))
    , m_save(new QPushButton(tr("&Set amount"), this))
    , m_remove(new QPushButton(tr("&Remove year"), this))
{
    setObjectName(QStringLiteral("giftThresholdsDialog"));
    setWindowTitle(tr("Gift thresholds"));
    auto *about = new QLabel(tr("A gift above the threshold of the year it was received must be reported and belongs "
                                "to the municipality. A year without its own amount takes the latest earlier one; "
                                "before any amount the threshold is € 50,00."),
                             this);
    about->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("thresholdTable"));
    m_table->setHorizontalHeaderLabels({ tr("From year"), tr("Threshold") });
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1990, QDate::currentDate().year() + 1);
    m_year->setValue(QDate::currentDate().year());
    m_amount->setObjectName(QStringLiteral("threshold"));
    m_amount->setAlignment(Qt::AlignRight);
    m_amount->setPlaceholderText(tr("52,50"));
    m_amount->setMaximumWidth(fontMetrics().averageCharWidth() * 16);

    auto *form = new QFormLayout;
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Threshold (€):"), m_amount);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_save);
    actions->addWidget(m_remove);
    actions->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &GiftThresholdsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(about);
    layout->addWidget(m_table, 1);
    const bool mayEdit = m_thresholds.mayEdit();
    if (mayEdit) {
        layout->addLayout(form);
        layout->addLayout(actions);
    } else {
        m_year->hide();
        m_amount->hide();
        m_save->hide();
        m_remove->hide();
        auto *readOnly = new QLabel(tr("Only the administrator, the griffie and the secretariat change the thresholds."),
                                    this);
        readOnly->setWordWrap(true);
        readOnly->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(readOnly);
    }
    layout->addWidget(buttons);

    m_remove->setObjectName(QStringLiteral("removeThreshold"));
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &GiftThresholdsDialog::select);
    // Undo and redo change the table behind the dialog's back.
    connect(&m_thresholds, &GiftThresholds::thresholdsChanged, this, &GiftThresholdsDialog::refresh);
    connect(m_save, &QPushButton::clicked, this, &GiftThresholdsDialog::save);
    connect(m_remove, &QPushButton::clicked, this, &GiftThresholdsDialog::remove);
    connect(m_amount, &QLineEdit::returnPressed, this, &GiftThresholdsDialog::save);
    m_save->setAutoDefault(false);
    m_remove->setAutoDefault(false);
    setMinimumSize(fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 24);
    refresh();
}

void GiftThresholdsDialog::refresh()
{
    m_table->setRowCount(0);
    std::vector<GiftThreshold> rows;
    try {
        rows = m_thresholds.all();
    } catch (const Error &error) {
        m_message->showError(error.userMessage());
        return;
    }
    for (const GiftThreshold &row : rows) {
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *year = new QTableWidgetItem(QString::number(row.year));
        year->setData(Qt::UserRole, row.year);
        auto *amount = new QTableWidgetItem(row.threshold.toDutch());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, year);
        m_table->setItem(r, 1, amount);
    }
    m_remove->setEnabled(false);
}

std::optional<Money> GiftThresholdsDialog::ownThreshold(int year) const
{
    for (const GiftThreshold &row : m_thresholds.all())
        if (row.year == year)
            return row.threshold;
    return std::nullopt;
}

void GiftThresholdsDialog::select()
{
    const auto items = m_table->selectedItems();
    m_remove->setEnabled(!items.isEmpty());
    if (items.isEmpty())
        return;
    const int row = items.first()->row();
    m_year->setValue(m_table->item(row, 0)->data(Qt::UserRole).toInt());
    m_amount->setText(m_table->item(row, 1)->text().remove(QStringLiteral("€")).trimmed());
}

void GiftThresholdsDialog::save()
{
    const std::optional<Money> amount = Money::parse(m_amount->text().trimmed());
    if (!amount || m_amount->text().trimmed().isEmpty()) {
        m_message->showError(tr("Threshold: \"%1\" is not an amount. Write it in euros, for example 52,50.")
                                 .arg(m_amount->text()));
        m_amount->setFocus();
        return;
    }
    const int year = m_year->value();
    std::optional<Money> before;
    try {
        before = ownThreshold(year);
        if (before == *amount)
            return refresh(); // nothing changes: no undo step
        m_thresholds.set(year, *amount);
    } catch (const Error &error) {
        m_message->showError(error, this);
        return;
    }
    GiftThresholds *thresholds = &m_thresholds;
    const Money after = *amount;
    // The dialog is gone when the user undoes: refusals are shown over the window instead.
    m_undoStack.push(new RecordCommand(
        tr("Set gift threshold %1").arg(year),
        [thresholds, year, before] {
            if (before)
                thresholds->set(year, *before);
            else
                thresholds->remove(year);
        },
        [thresholds, year, after] { thresholds->set(year, after); }, parentWidget()));
    m_message->showInformation(tr("The threshold from %1 is now %2.").arg(m_year->value()).arg(amount->toDutch()));
    refresh();
}

void GiftThresholdsDialog::remove()
{
    const auto items = m_table->selectedItems();
    if (items.isEmpty())
        return;
    const int year = m_table->item(items.first()->row(), 0)->data(Qt::UserRole).toInt();
    std::optional<Money> before;
    try {
        before = ownThreshold(year);
        m_thresholds.remove(year);
    } catch (const Error &error) {
        m_message->showError(error, this);
        return;
    }
    if (before) {
        GiftThresholds *thresholds = &m_thresholds;
        const Money old = *before;
        m_undoStack.push(new RecordCommand(tr("Remove gift threshold %1").arg(year),
                                           [thresholds, year, old] { thresholds->set(year, old); },
                                           [thresholds, year] { thresholds->remove(year); }, parentWidget()));
    }
    m_message->showInformation(tr("The threshold of %1 was removed; that year takes the latest earlier one.").arg(year));
    refresh();
}

} // namespace integriteit
