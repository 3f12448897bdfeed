#include "enddatedialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "formfields.h"
#include "persons/datelineedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

EndDateDialog::EndDateDialog(const QString &title, const QString &question, std::function<void(const QDate &)> save,
                             QWidget *parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_error(new InlineMessage(this))
    , m_edit(new DateLineEdit(this))
{
    setObjectName(QStringLiteral("endDateDialog"));
    setWindowTitle(title);
    m_edit->setObjectName(QStringLiteral("end"));
    m_edit->setDate(QDate::currentDate());
    auto *text = new QLabel(question, this);
    text->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&End date:"), m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &EndDateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EndDateDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_error);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    m_edit->setFocus();
    m_edit->selectAll();
}

void EndDateDialog::accept()
{
    const auto date = readDate(m_edit, tr("End date"), m_error, this);
    if (!date)
        return;
    if (!date->isValid()) {
        m_error->showError(tr("End date: enter the date on which it ended."));
        m_edit->setFocus();
        return;
    }
    try {
        m_save(*date);
    } catch (const Error &error) {
        m_error->showError(error, this);
        m_edit->setFocus(); // the service names "end": the only field here
        return;
    }
    m_date = *date;
    QDialog::accept();
}

} // namespace integriteit
