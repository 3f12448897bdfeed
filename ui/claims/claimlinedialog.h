#pragma once
// One line of a draft claim: date of expense, kind of cost, amount, description, the functional
// reason (GC 8.2, 9.3) and the proof of payment, chosen with a file dialog or dropped on the
// dialog. Probable duplicates (GC 9.1) are pointed out while typing, never blocking. OK saves
// through ClaimService; a refusal is shown in the dialog and focuses the field concerned.

#include "claims/claimservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace integriteit {

class ClaimServices;
class DateLineEdit;
class InlineMessage;
class ReceiptPreview;

class ClaimLineDialog : public QDialog
{
    Q_OBJECT
public:
    // A line with id 0 is added to its claim on OK, otherwise updated. `receipt` is the line's
    // stored proof of payment with its bytes, if any.
    ClaimLineDialog(ClaimServices &services, const ClaimLine &line, const std::optional<Receipt> &receipt,
                    QWidget *parent = nullptr);

    // The file chooser and a drop both end here: reads and checks the file, shows it.
    bool setReceiptFile(const QString &path);
    // After acceptance: the line and its receipt as stored.
    LineSnapshot saved() const { return m_saved; }
    void accept() override;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseReceipt();
    void removeReceipt();
    void showReceipt();
    void checkDuplicates();
    std::optional<ClaimLine> lineFromForm(bool reportErrors);

    ClaimServices &m_services;
    ClaimLine m_line;
    std::optional<Receipt> m_receipt; // as it will be stored (bytes included)
    bool m_receiptChanged = false;
    LineSnapshot m_saved;
    InlineMessage *m_error;
    InlineMessage *m_hint;
    DateLineEdit *m_date;
    QComboBox *m_category;
    QLineEdit *m_amount;
    QLineEdit *m_description;
    QPlainTextEdit *m_reason;
    QPushButton *m_chooseReceipt;
    QPushButton *m_removeReceipt;
    ReceiptPreview *m_preview;
};

} // namespace integriteit
