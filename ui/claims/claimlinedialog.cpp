#include "claimlinedialog.h"

#include "claimlinesmodel.h"
#include "claims/claimservices.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "persons/datelineedit.h"
#include "persons/growtocontents.h"
#include "receiptfile.h"
#include "receiptpreview.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

ClaimLineDialog::ClaimLineDialog(ClaimServices &services, const ClaimLine &line, const std::optional<Receipt> &receipt,
                                 QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_line(line)
    , m_receipt(receipt)
    , m_error(new InlineMessage(this))
    , m_hint(new InlineMessage(this))
    , m_date(new DateLineEdit(this))
    , m_category(new QComboBox(this))
    , m_amount(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_reason(new QPlainTextEdit(this))
    , m_chooseReceipt(new QPushButton(tr("Choose file…"), this))
    , m_removeReceipt(new QPushButton(tr("Remove"), this))
    , m_preview(new ReceiptPreview(this))
{
    setObjectName(QStringLiteral("claimLineDialog"));
    setWindowTitle(line.id == 0 ? tr("New line") : tr("Edit line"));
    setAcceptDrops(true);
    m_date->setObjectName(QStringLiteral("expenseDate"));
    m_category->setObjectName(QStringLiteral("category"));
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("for example 12,50"));
    m_amount->setMaxLength(20);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(500);
    m_description->setPlaceholderText(tr("what was paid, for example train ticket Beek - Maastricht"));
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("why the municipality's interest was served and the cost follows from the office (GC 8.2)"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 3 + 12);
    m_chooseReceipt->setObjectName(QStringLiteral("receipt"));
    m_removeReceipt->setObjectName(QStringLiteral("removeReceipt"));
    m_preview->setMinimumHeight(200);

    try {
        for (const ExpenseCategory &c : m_services.categories().list(true))
            if (c.active || c.code == line.category) // an inactive kind stays on its old lines
                m_category->addItem(c.name, c.code);
    } catch (const Error &error) {
        m_error->showError(error.userMessage());
    }

    auto *receiptRow = new QHBoxLayout;
    receiptRow->addWidget(m_chooseReceipt);
    receiptRow->addWidget(m_removeReceipt);
    receiptRow->addStretch(1);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Date of &expense:"), m_date);
    form->addRow(tr("&Kind of cost:"), m_category);
    form->addRow(tr("&Amount (€):"), m_amount);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Functional reason:"), m_reason);
    // A label of its own: the row is a layout, which cannot be a label's buddy.
    auto *receiptLabel = new QLabel(tr("&Proof of payment:"), this);
    receiptLabel->setBuddy(m_chooseReceipt);
    form->addRow(receiptLabel, receiptRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(line.id == 0 ? tr("Add") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimLineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClaimLineDialog::reject);
    connect(m_chooseReceipt, &QPushButton::clicked, this, &ClaimLineDialog::chooseReceipt);
    connect(m_removeReceipt, &QPushButton::clicked, this, &ClaimLineDialog::removeReceipt);
    connect(m_date, &QLineEdit::editingFinished, this, &ClaimLineDialog::checkDuplicates);
    connect(m_amount, &QLineEdit::editingFinished, this, &ClaimLineDialog::checkDuplicates);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    m_date->setDate(line.expenseDate);
    const int category = m_category->findData(line.category);
    m_category->setCurrentIndex(category >= 0 ? category : 0);
    if (line.amount.cents() > 0)
        m_amount->setText(line.amount.toDutchPlain());
    m_description->setText(line.description);
    m_reason->setPlainText(line.reason);
    showReceipt();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
    m_date->setFocus();
}

bool ClaimLineDialog::setReceiptFile(const QString &path)
{
    try {
        const QByteArray data = receiptfile::read(path);
        // Core's own check (kind of file, size) before anything is stored.
        m_receipt = Receipt::fromBytes(QFileInfo(path).fileName(), data);
        m_receiptChanged = true;
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return false;
    }
    m_error->clear();
    showReceipt();
    checkDuplicates();
    return true;
}

void ClaimLineDialog::chooseReceipt()
{
    const QString path = receiptfile::choose(this);
    if (!path.isEmpty())
        setReceiptFile(path);
}

void ClaimLineDialog::removeReceipt()
{
    m_receipt.reset();
    m_receiptChanged = true;
    showReceipt();
}

void ClaimLineDialog::showReceipt()
{
    if (m_receipt)
        m_preview->setReceipt(*m_receipt);
    else
        m_preview->clear(tr("No proof of payment yet. Choose a file, or drop a PDF or a scan on this window."));
    m_removeReceipt->setEnabled(m_receipt.has_value());
    m_chooseReceipt->setText(m_receipt ? tr("Replace…") : tr("Choose file…"));
}

void ClaimLineDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ClaimLinesModel::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ClaimLineDialog::dropEvent(QDropEvent *event)
{
    const QString path = ClaimLinesModel::droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    setReceiptFile(path);
}

std::optional<ClaimLine> ClaimLineDialog::lineFromForm(bool reportErrors)
{
    ClaimLine l = m_line;
    const auto fail = [&](const char *field, const QString &message) -> std::optional<ClaimLine> {
        if (reportErrors) {
            m_error->showError(Error::validation(QLatin1String(field), message), this);
            growToContents(this);
        }
        return std::nullopt;
    };
    const auto date = m_date->date();
    if (!date)
        return fail("expenseDate", tr("Date of expense: write the date as dd-mm-yyyy, for example 14-10-2026."));
    l.expenseDate = *date;
    l.category = m_category->currentData().toString();
    if (m_amount->text().trimmed().isEmpty()) {
        l.amount = Money();
    } else if (const auto amount = Money::parse(m_amount->text())) {
        l.amount = *amount;
    } else {
        return fail("amount", tr("Amount: write the amount in euros, for example 12,50."));
    }
    l.description = m_description->text();
    l.reason = m_reason->toPlainText();
    return l;
}

void ClaimLineDialog::checkDuplicates()
{
    const auto l = lineFromForm(false);
    if (!l)
        return;
    QStringList found;
    try {
        for (const DuplicateHit &hit : m_services.claims().probableDuplicates(
                 *l, m_receiptChanged && m_receipt ? m_receipt->data : QByteArray())) {
            const QString where = hit.paymentId > 0 ? tr("a creditcard payment") : tr("claim %1").arg(hit.claimNumber);
            found << (hit.sameReceipt ? tr("the same file is the proof of payment of %1").arg(where)
                                      : tr("%1 has a cost of %2 on %3").arg(where, hit.amount.toDutch(), dutch::date(hit.date)));
        }
    } catch (const Error &) {
        return; // only a hint; the submission runs the same checks
    }
    if (found.isEmpty())
        m_hint->clear();
    else
        m_hint->showInformation(tr("Possibly claimed before (GC 9.1): %1. Check that this is not the same cost.")
                                    .arg(found.join(QStringLiteral("; "))));
}

void ClaimLineDialog::accept()
{
    auto l = lineFromForm(true);
    if (!l)
        return;
    ClaimService &claims = m_services.claims();
    try {
        // Line and receipt are two writes; the line first, so a refused line stores no file.
        if (l->id == 0)
            l->id = claims.addLine(*l);
        else
            claims.updateLine(*l);
        if (m_receiptChanged && m_receipt)
            claims.attachReceipt(l->id, m_receipt->fileName, m_receipt->data);
        else if (m_receiptChanged && l->receiptId > 0)
            claims.detachReceipt(l->id);
        m_line = *l;
        m_saved.line = claims.line(l->id);
        m_saved.receipt = m_saved.line.receiptId > 0 ? std::optional(claims.receipt(l->id)) : std::nullopt;
    } catch (const Error &error) {
        m_line.id = l->id; // a line added before its file was refused is updated on the next OK
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
