#include "recorddetailwidget.h"

#include "common/error.h"
#include "recordhistoryview.h"
#include "registerkind.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace integriteit {

RecordDetailWidget::RecordDetailWidget(RegisterKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(tr("Choose a record in the list to see its details and history."), this))
    , m_fieldsBox(new QWidget(this))
    , m_fields(new QFormLayout(m_fieldsBox))
    , m_readOnly(new QLabel(tr("You can read this record; it is kept by another office."), this))
    , m_extra(kind.createExtra(this))
    , m_historyLabel(new QLabel(tr("History"), this))
    , m_history(new RecordHistoryView(kind, this))
{
    setObjectName(QStringLiteral("recordDetail"));
    m_title->setObjectName(QStringLiteral("recordTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setAlignment(Qt::AlignCenter);
    QFont bold = m_historyLabel->font();
    bold.setBold(true);
    m_historyLabel->setFont(bold);

    m_fields->setLabelAlignment(Qt::AlignLeft);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_fieldsBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_readOnly->setObjectName(QStringLiteral("recordReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setForegroundRole(QPalette::PlaceholderText);
    m_readOnly->hide();

    // Fields above, history below, with a splitter: a long history must not push the fields away.
    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_title);
    topLayout->addWidget(m_readOnly);
    topLayout->addWidget(scroll, 1);
    if (m_extra)
        topLayout->addWidget(m_extra);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_historyLabel);
    bottomLayout->addWidget(m_history, 1);
    m_split = new QSplitter(Qt::Vertical, this);
    QSplitter *split = m_split;
    split->setObjectName(QStringLiteral("recordDetailSplitter"));
    split->addWidget(top);
    split->addWidget(bottom);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addWidget(split, 1);
    setRecord(0);
}

void RecordDetailWidget::clearFields()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
}

void RecordDetailWidget::setRecord(qint64 id)
{
    m_id = id;
    refresh();
}

void RecordDetailWidget::refresh()
{
    clearFields();
    std::vector<DetailField> fields;
    std::vector<AuditEntry> history;
    QString title;
    if (m_id != 0) {
        try {
            title = m_kind.recordTitle(m_id);
            fields = m_kind.details(m_id);
            history = m_kind.history(m_id);
        } catch (const Error &) {
            m_id = 0; // removed meanwhile (or undone): the pane empties
        }
    }
    m_hint->setVisible(m_id == 0);
    m_split->setVisible(m_id != 0);
    m_kind.setExtraRecord(m_id);
    if (m_id == 0) {
        m_history->clear();
        return;
    }
    m_title->setText(title);
    for (const DetailField &field : fields) {
        auto *value = new QLabel(field.value.isEmpty() ? QStringLiteral("–") : field.value, m_fieldsBox);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (field.warning) {
            QPalette palette = value->palette();
            palette.setColor(QPalette::WindowText, QColor(0xa0, 0x40, 0x00));
            value->setPalette(palette);
        }
        m_fields->addRow(tr("%1:").arg(field.label), value);
    }
    m_history->setEntries(history);
}

} // namespace integriteit

namespace integriteit {

void RecordDetailWidget::setReadOnlyNote(bool readOnly)
{
    m_readOnly->setVisible(readOnly && m_id != 0);
}

} // namespace integriteit
