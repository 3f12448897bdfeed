#include "receiptfield.h"

#include "common/error.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace integriteit {

namespace {
constexpr int kPreviewSize = 96;

QString localFile(const QMimeData *mime)
{
    if (mime == nullptr || !mime->hasUrls() || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile())
        return {};
    return mime->urls().constFirst().toLocalFile();
}
} // namespace

QString receiptSummary(const Receipt &r)
{
    QString kind = r.mimeType == QLatin1String("application/pdf") ? ReceiptField::tr("PDF") : ReceiptField::tr("image");
    return ReceiptField::tr("%1, %2, %3").arg(r.fileName, kind, QLocale().formattedDataSize(r.size, 0, QLocale::DataSizeSIFormat));
}

ReceiptField::ReceiptField(QWidget *parent)
    : QFrame(parent)
    , m_preview(new QLabel(this))
    , m_description(new QLabel(this))
    , m_choose(new QPushButton(tr("&Choose file…"), this))
    , m_remove(new QPushButton(tr("Remo&ve"), this))
{
    setObjectName(QStringLiteral("receipt"));
    setFrameShape(QFrame::StyledPanel);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus); // the inline error can put the focus here
    m_choose->setObjectName(QStringLiteral("chooseReceipt"));
    m_remove->setObjectName(QStringLiteral("removeReceipt"));
    m_preview->setFixedSize(kPreviewSize, kPreviewSize);
    m_preview->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText); // a file name may hold "<" or "&"
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_choose, &QPushButton::clicked, this, &ReceiptField::choose);
    connect(m_remove, &QPushButton::clicked, this, &ReceiptField::remove);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *text = new QVBoxLayout;
    text->addWidget(m_description);
    text->addLayout(buttons);
    text->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_preview);
    layout->addLayout(text, 1);
    showNone();
}

void ReceiptField::setStored(const std::optional<Receipt> &receipt, const QByteArray &bytes)
{
    m_stored = receipt;
    m_change = Change::None;
    if (receipt)
        show(*receipt, bytes);
    else
        showNone();
}

void ReceiptField::showNone()
{
    m_preview->setPixmap({});
    m_preview->setText(tr("no\nreceipt"));
    m_description->setText(tr("No proof of payment yet. Choose a PDF or a photo of the receipt, or drop the file here."));
    m_remove->setEnabled(false);
}

void ReceiptField::show(const Receipt &r, const QByteArray &bytes)
{
    QImage image;
    if (!bytes.isEmpty() && r.mimeType.startsWith(QLatin1String("image/")) && image.loadFromData(bytes)) {
        m_preview->setText({});
        m_preview->setPixmap(QPixmap::fromImage(image.scaled(kPreviewSize, kPreviewSize, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_preview->setPixmap({});
        m_preview->setText(r.mimeType == QLatin1String("application/pdf") ? tr("PDF") : tr("image"));
    }
    m_description->setText(receiptSummary(r));
    m_remove->setEnabled(true);
}

bool ReceiptField::attachFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT refused(tr("Receipt: the file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (file.size() > Receipt::kMaxBytes) {
        Q_EMIT refused(tr("Receipt: the file is larger than 20 MB; scan it at a lower resolution."));
        return false;
    }
    const QByteArray bytes = file.readAll();
    try {
        m_attached = Receipt::fromBytes(QFileInfo(path).fileName(), bytes);
    } catch (const Error &error) {
        Q_EMIT refused(error.userMessage());
        return false;
    }
    m_change = Change::Attached;
    show(m_attached, bytes);
    Q_EMIT changed();
    return true;
}

void ReceiptField::choose()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the proof of payment"), folder,
        tr("Receipts (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;All files (*)"));
    if (!path.isEmpty())
        attachFile(path);
}

void ReceiptField::remove()
{
    m_change = m_stored ? Change::Removed : Change::None;
    m_attached = Receipt();
    showNone();
    Q_EMIT changed();
}

void ReceiptField::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ReceiptField::dropEvent(QDropEvent *event)
{
    const QString path = localFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    attachFile(path);
}

} // namespace integriteit
