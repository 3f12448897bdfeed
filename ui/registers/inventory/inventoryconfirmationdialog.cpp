#include "inventoryconfirmationdialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "registers/inventory/inventoryservice.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace integriteit {

InventoryConfirmationDialog::InventoryConfirmationDialog(InventoryService &inventory,
                                                         const InventoryConfirmation &confirmation,
                                                         const QString &personName, QWidget *parent)
    : QDialog(parent)
    , m_inventory(inventory)
    , m_confirmation(confirmation)
    , m_error(new InlineMessage(this))
    , m_date(new DateLineEdit(this))
    , m_asIs(new QRadioButton(tr("Confirmed &as registered"), this))
    , m_corrected(new QRadioButton(tr("Co&rrected or supplemented"), this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("inventoryConfirmationDialog"));
    setWindowTitle(tr("Inventory %1 of %2").arg(confirmation.year).arg(personName));
    m_date->setObjectName(QStringLiteral("confirmed"));
    m_asIs->setObjectName(QStringLiteral("asRegistered"));
    m_corrected->setObjectName(QStringLiteral("corrected"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("what the office holder corrected or added; record the positions themselves under "
                                   "Side positions"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 5 + 12);
    auto *group = new QButtonGroup(this);
    group->addButton(m_asIs);
    group->addButton(m_corrected);

    auto *answer = new QVBoxLayout;
    answer->addWidget(m_asIs);
    answer->addWidget(m_corrected);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Confirmed on:"), m_date);
    form->addRow(tr("Answer:"), answer);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(confirmation.id == 0 ? tr("Record") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &InventoryConfirmationDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &InventoryConfirmationDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_date->setDate(confirmation.confirmed);
    (confirmation.corrected ? m_corrected : m_asIs)->setChecked(true);
    m_notes->setPlainText(confirmation.notes);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_date->setFocus();
}

void InventoryConfirmationDialog::accept()
{
    InventoryConfirmation c = m_confirmation;
    const std::optional<QDate> date = m_date->date();
    if (!date) {
        m_error->showError(tr("Confirmed on: \"%1\" is not a date. Write it as dd-mm-yyyy, for example 15-10-2026.")
                               .arg(m_date->text().trimmed()));
        focusField(this, m_date->objectName());
        return;
    }
    c.confirmed = *date;
    c.corrected = m_corrected->isChecked();
    c.notes = m_notes->toPlainText();
    if (c.id != 0 && c.columns() == m_confirmation.columns()) {
        QDialog::accept(); // nothing changed: no write, no audit row, no undo step
        return;
    }
    try {
        if (c.id == 0)
            c.id = m_inventory.confirm(c);
        else
            m_inventory.update(c);
        m_confirmation = m_inventory.confirmation(c.id);
    } catch (const Error &error) {
        m_error->showError(error, this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
