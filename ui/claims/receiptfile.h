#pragma once
// Proof-of-payment files on disk: reading one the user chose or dropped, writing a stored one back
// out byte for byte, and rendering the first page (PDF, through poppler) or the image for preview.

#include <QByteArray>
#include <QImage>
#include <QString>

class QWidget;

namespace integriteit {

struct Receipt;

namespace receiptfile {

// The file dialog's filter: PDFs and the image kinds core accepts.
QString dialogFilter();
// Asks for a receipt file; empty on cancel. Remembers the folder between calls.
QString choose(QWidget *parent);
// The bytes of `path`. Throws Error(File) on field "receipt" when it cannot be read and
// Error(Validation) when it is larger than core accepts, before reading it whole.
QByteArray read(const QString &path);
// Asks where to save `receipt` (with its bytes) and writes it unchanged. Throws Error(File).
// Returns the path written, empty on cancel.
QString saveAs(QWidget *parent, const Receipt &receipt);
// The first page of a PDF, or the image, scaled to fit `width` pixels; a null image when the
// bytes cannot be rendered.
QImage render(const QByteArray &data, const QString &mimeType, int width);

} // namespace receiptfile
} // namespace integriteit
