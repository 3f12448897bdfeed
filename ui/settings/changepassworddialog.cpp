#include "changepassworddialog.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "common/waitcursor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace integriteit {

ChangePasswordDialog::ChangePasswordDialog(UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_current(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    m_current->setObjectName(QStringLiteral("currentPassword"));
    m_current->setEchoMode(QLineEdit::Password);

    auto *form = new QFormLayout;
    form->addRow(tr("C&urrent password:"), m_current);
    m_fields = std::make_unique<PasswordFields>(form, this, tr("&New password:"), tr("&Repeat new password:"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Choose a password that you do not use anywhere else."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void ChangePasswordDialog::accept()
{
    try {
        m_fields->validate();
        const WaitCursor busy;
        m_users.changeOwnPassword(m_current->text(), m_fields->password());
    } catch (const Error &error) {
        m_message->showError(error, this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
