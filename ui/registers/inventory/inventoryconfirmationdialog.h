#pragma once
// Records (or changes) an office holder's answer to the yearly inventory overview (GC 3.4):
// confirmed as it was, or corrected (then the notes say what changed), and on which date.

#include "registers/inventory/inventoryconfirmation.h"

#include <QDialog>

class QPlainTextEdit;
class QRadioButton;

namespace integriteit {

class DateLineEdit;
class InlineMessage;
class InventoryService;

class InventoryConfirmationDialog : public QDialog
{
    Q_OBJECT
public:
    // A confirmation with id 0 is recorded on OK, otherwise updated.
    InventoryConfirmationDialog(InventoryService &inventory, const InventoryConfirmation &confirmation,
                                const QString &personName, QWidget *parent = nullptr);

    // After acceptance: the confirmation as stored, with its id.
    const InventoryConfirmation &confirmation() const { return m_confirmation; }

    void accept() override;

private:
    InventoryService &m_inventory;
    InventoryConfirmation m_confirmation;
    InlineMessage *m_error;
    DateLineEdit *m_date;
    QRadioButton *m_asIs;
    QRadioButton *m_corrected;
    QPlainTextEdit *m_notes;
};

} // namespace integriteit
