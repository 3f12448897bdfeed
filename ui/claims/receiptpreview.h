#pragma once
// Shows a proof of payment: the image, or the first page of a PDF, scaled to the pane's width,
// with its file name and size and "Save as…" that writes the stored bytes back out unchanged.

#include "claims/receipt.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;

namespace integriteit {

class ReceiptPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptPreview(QWidget *parent = nullptr);

    // A receipt with its bytes; an empty one shows `emptyText`.
    void setReceipt(const Receipt &receipt);
    void clear(const QString &emptyText);
    const Receipt &receipt() const { return m_receipt; }
    // The rendered page or image (null when nothing could be rendered): for tests and screenshots.
    QImage renderedImage() const { return m_image; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void render();
    void saveAs();

    Receipt m_receipt;
    QImage m_image;
    int m_renderedWidth = 0;
    QLabel *m_title;
    QScrollArea *m_scroll;
    QLabel *m_page;
    QPushButton *m_save;
};

} // namespace integriteit
