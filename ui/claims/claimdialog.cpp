#include "claimdialog.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "personchooser.h"
#include "persons/growtocontents.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

ClaimDialog::ClaimDialog(AppCore &core, const Claim &claim, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_claim(claim)
    , m_error(new InlineMessage(this))
    , m_person(new PersonChooser(
          core.persons(),
          [&session = core.session()](const std::optional<HolderRole> &role) {
              // Only the persons whose claims this user's office keeps (GC 9.5).
              return role && session.administers(officeFor(*role));
          },
          QString(), this))
    , m_description(new QLineEdit(this))
    , m_advance(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("claimDialog"));
    setWindowTitle(claim.id == 0 ? tr("New expense claim") : tr("Edit expense claim %1").arg(claim.number()));
    m_person->setObjectName(QStringLiteral("person"));
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(200);
    m_description->setPlaceholderText(
        tr("for example Declaratie %1").arg(QLocale(QLocale::Dutch).toString(QDate::currentDate(), QStringLiteral("MMMM yyyy"))));
    m_advance->setObjectName(QStringLiteral("advance"));
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Only what the checker needs to know"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Office holder:"), m_person);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Accounts for advance:"), m_advance);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(claim.id == 0 ? tr("Create") : tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClaimDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClaimDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(buttons);

    m_person->refresh(); // a dialog is opened to choose: read the names now
    m_person->setPersonId(claim.personId);
    // A claim stays with its office holder: a wrong one is removed (draft) and entered anew.
    m_person->setEnabled(claim.id == 0);
    m_description->setText(claim.description);
    m_notes->setPlainText(claim.notes);
    fillAdvances(claim.personId);
    connect(m_person, &PersonChooser::personChanged, this, &ClaimDialog::fillAdvances);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    if (claim.id == 0)
        m_person->setFocus();
    else
        m_description->setFocus();
}

void ClaimDialog::fillAdvances(qint64 personId)
{
    m_advance->clear();
    m_advance->addItem(tr("None"), qint64(0));
    if (personId <= 0)
        return;
    try {
        for (const Advance &a : m_core.claims().advances().advances(personId)) {
            // Open advances, and the one this claim already accounts for.
            if (a.settledDate.isValid() && a.id != m_claim.advanceId)
                continue;
            m_advance->addItem(tr("%1, %2 paid %3").arg(a.description, a.amount.toDutch(), dutch::date(a.paidDate)), a.id);
        }
    } catch (const Error &) {
        // No advances readable: "None" only; the service checks the choice anyway.
    }
    const int index = m_advance->findData(m_claim.advanceId);
    m_advance->setCurrentIndex(index >= 0 ? index : 0);
}

void ClaimDialog::accept()
{
    Claim c = m_claim;
    c.description = m_description->text();
    c.notes = m_notes->toPlainText();
    c.advanceId = m_advance->currentData().toLongLong();
    if (c.id == 0) {
        c.personId = m_person->personId();
        if (c.personId == 0) {
            m_error->showError(Error::validation(QStringLiteral("person"), tr("Office holder: choose one from the list.")),
                               this);
            growToContents(this);
            return;
        }
    } else if (c.description.trimmed() == m_claim.description && c.notes.trimmed() == m_claim.notes
               && c.advanceId == m_claim.advanceId) {
        QDialog::accept(); // nothing changed: no write, no audit row, no undo step
        return;
    }
    try {
        if (c.id == 0)
            c.id = m_core.claims().claims().create(c);
        else
            m_core.claims().claims().update(c);
        m_claim = m_core.claims().claims().claim(c.id);
    } catch (const Error &error) {
        m_error->showError(error, this);
        growToContents(this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
