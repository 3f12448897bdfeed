#pragma once
// The proof of payment of a card payment in a form: attach a PDF or an image with the file
// chooser or by dropping it on the field, see a small preview of an image (a PDF shows its name
// and size), or remove it. The change is only stored when the dialog is accepted.

#include "claims/receipt.h"

#include <QFrame>
#include <optional>

class QLabel;
class QPushButton;

namespace integriteit {

class InlineMessage;

class ReceiptField : public QFrame
{
    Q_OBJECT
public:
    explicit ReceiptField(QWidget *parent = nullptr);

    // The receipt stored now (without bytes: name, type and size), or none.
    void setStored(const std::optional<Receipt> &receipt, const QByteArray &bytes = {});
    // Reads and checks a file; shows a refusal in `message` and returns false.
    bool attachFile(const QString &path);

    enum class Change { None, Attached, Removed };
    Change change() const { return m_change; }
    // After Attached: the new file's name and bytes.
    const Receipt &attached() const { return m_attached; }
    bool hasReceipt() const { return m_change == Change::Attached || (m_stored && m_change == Change::None); }

Q_SIGNALS:
    void changed();
    void refused(const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void choose();
    void remove();
    void show(const Receipt &receipt, const QByteArray &bytes);
    void showNone();

    std::optional<Receipt> m_stored;
    Receipt m_attached;
    Change m_change = Change::None;
    QLabel *m_preview;
    QLabel *m_description;
    QPushButton *m_choose;
    QPushButton *m_remove;
};

// "bon.pdf, PDF, 123 kB"
QString receiptSummary(const Receipt &receipt);

} // namespace integriteit
