#include "receiptfile.h"

#include "claims/receipt.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

#include <poppler-qt6.h>

namespace integriteit::receiptfile {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::ReceiptFile) };
const QString kFolderKey = QStringLiteral("claims/receiptFolder");

QString startFolder()
{
    const QString saved = QSettings().value(kFolderKey).toString();
    return !saved.isEmpty() && QDir(saved).exists()
        ? saved
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
} // namespace

QString dialogFilter()
{
    return Tr::tr("Receipts (*.pdf *.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.heic);;All files (*)");
}

QString choose(QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, Tr::tr("Choose the proof of payment"), startFolder(),
                                                      dialogFilter());
    if (!path.isEmpty())
        QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QByteArray read(const QString &path)
{
    QFile file(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::File, Tr::tr("Proof of payment: the file %1 cannot be opened.").arg(name),
                    file.errorString(), QStringLiteral("receipt"));
    // Refuse a huge file before it is read into memory; core checks the bytes again.
    if (file.size() > Receipt::kMaxBytes)
        throw Error::validation(QStringLiteral("receipt"),
                                Tr::tr("Proof of payment: the file is larger than 20 MB. Scan it at a lower resolution."));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw Error(Error::Kind::File, Tr::tr("Proof of payment: the file %1 cannot be read.").arg(name),
                    file.errorString(), QStringLiteral("receipt"));
    return data;
}

QString saveAs(QWidget *parent, const Receipt &receipt)
{
    const QString suggested = QDir(startFolder()).filePath(receipt.fileName);
    const QString path = QFileDialog::getSaveFileName(parent, Tr::tr("Save proof of payment as"), suggested);
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(receipt.data) != receipt.data.size() || !file.commit())
        throw Error(Error::Kind::File,
                    Tr::tr("The proof of payment cannot be saved as %1. Choose another folder.")
                        .arg(QDir::toNativeSeparators(path)),
                    file.errorString());
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    return path;
}

QImage render(const QByteArray &data, const QString &mimeType, int width)
{
    QImage image;
    if (mimeType == QLatin1String("application/pdf")) {
        std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(data);
        if (!document || document->isLocked() || document->numPages() < 1)
            return {};
        document->setRenderHint(Poppler::Document::Antialiasing);
        document->setRenderHint(Poppler::Document::TextAntialiasing);
        std::unique_ptr<Poppler::Page> page = document->page(0);
        if (!page)
            return {};
        // Render at the resolution that gives the wanted width: sharp, and no bigger than needed.
        const QSizeF points = page->pageSizeF();
        const double dpi = points.width() > 0 ? std::clamp(72.0 * width / points.width(), 36.0, 300.0) : 96.0;
        image = page->renderToImage(dpi, dpi);
    } else {
        image = QImage::fromData(data);
    }
    if (image.isNull() || image.width() <= width)
        return image;
    return image.scaledToWidth(width, Qt::SmoothTransformation);
}

} // namespace integriteit::receiptfile
