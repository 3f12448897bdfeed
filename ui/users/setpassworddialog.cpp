#include "setpassworddialog.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "common/waitcursor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace integriteit {

SetPasswordDialog::SetPasswordDialog(UserService &users, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_user(user)
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("setPasswordDialog"));
    setWindowTitle(tr("Set password"));
    auto *intro = new QLabel(tr("Choose a new password for %1 (%2). Give it to this user in person; "
                                "the user can change it afterwards under File > Change password.")
                                 .arg(user.fullName, user.userName),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    m_fields = std::make_unique<PasswordFields>(form, this, tr("&New password:"), tr("&Repeat new password:"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SetPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SetPasswordDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

void SetPasswordDialog::accept()
{
    try {
        m_fields->validate();
        const WaitCursor busy;
        m_users.setPassword(m_user.id, m_fields->password());
    } catch (const Error &error) {
        m_message->showError(error, this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
