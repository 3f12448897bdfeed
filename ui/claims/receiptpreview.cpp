#include "receiptpreview.h"

#include "common/error.h"
#include "common/errorbox.h"
#include "receiptfile.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace integriteit {

ReceiptPreview::ReceiptPreview(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_page(new QLabel(this))
    , m_save(new QPushButton(tr("Save as…"), this))
{
    setObjectName(QStringLiteral("receiptPreview"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_page->setObjectName(QStringLiteral("receiptPage"));
    m_page->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_page->setWordWrap(true);
    m_page->setForegroundRole(QPalette::PlaceholderText);
    m_scroll->setWidget(m_page);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumHeight(120);
    m_save->setObjectName(QStringLiteral("saveReceiptButton"));
    m_save->setToolTip(tr("Write the proof of payment to a file, exactly as it was attached"));
    connect(m_save, &QPushButton::clicked, this, &ReceiptPreview::saveAs);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    clear(tr("Select a line to see its proof of payment."));
}

void ReceiptPreview::setReceipt(const Receipt &receipt)
{
    m_receipt = receipt;
    m_title->setText(tr("%1 (%2)").arg(receipt.fileName, QLocale().formattedDataSize(receipt.size)));
    m_save->setEnabled(!receipt.data.isEmpty());
    m_renderedWidth = 0;
    render();
}

void ReceiptPreview::clear(const QString &emptyText)
{
    m_receipt = Receipt();
    m_image = QImage();
    m_title->setText(tr("Proof of payment"));
    m_save->setEnabled(false);
    m_page->setPixmap(QPixmap());
    m_page->setText(emptyText);
}

void ReceiptPreview::render()
{
    if (m_receipt.data.isEmpty())
        return;
    const int width = std::max(200, m_scroll->viewport()->width() - 4);
    if (width == m_renderedWidth)
        return;
    m_renderedWidth = width;
    m_image = receiptfile::render(m_receipt.data, m_receipt.mimeType, width);
    if (m_image.isNull()) {
        m_page->setPixmap(QPixmap());
        m_page->setText(tr("This file cannot be shown here. Choose Save as… to open it in another program."));
    } else {
        m_page->setText(QString());
        m_page->setPixmap(QPixmap::fromImage(m_image));
    }
}

void ReceiptPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

void ReceiptPreview::saveAs()
{
    try {
        receiptfile::saveAs(this, m_receipt);
    } catch (const Error &error) {
        showErrorBox(this, tr("Save proof of payment"), error);
    }
}

} // namespace integriteit
