#include "userdialog.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "common/waitcursor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// What each role may do, so the administrator need not know the application by heart.
QString roleHint(UserRole role)
{
    switch (role) {
    case UserRole::Administrator:
        return UserDialog::tr("Manages users, roles and settings.");
    case UserRole::Griffie:
        return UserDialog::tr("Keeps the registers of councillors and committee members.");
    case UserRole::Secretariat:
        return UserDialog::tr("Keeps the registers of the mayor and aldermen, and their expense claims.");
    case UserRole::Integrity:
        return UserDialog::tr("Handles reports of suspected breaches (confidential).");
    case UserRole::Auditor:
        return UserDialog::tr("Reads registers and expense claims; changes nothing.");
    }
    return {};
}
} // namespace

UserDialog::UserDialog(UserService &users, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_isNew(true)
{
    m_user.active = true;
    build();
    setWindowTitle(tr("New user"));
}

UserDialog::UserDialog(UserService &users, const User &user, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_user(user)
    , m_isNew(false)
{
    build();
    setWindowTitle(tr("User %1").arg(user.userName));
}

void UserDialog::build()
{
    setObjectName(QStringLiteral("userDialog"));
    m_userName = new QLineEdit(m_user.userName, this);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setMaxLength(64);
    m_userName->setPlaceholderText(tr("For example: jjansen"));
    m_fullName = new QLineEdit(m_user.fullName, this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_fullName->setPlaceholderText(tr("For example: Jan Jansen"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Full name:"), m_fullName);
    if (m_isNew)
        m_password = std::make_unique<PasswordFields>(form, this);

    auto *rolesBox = new QGroupBox(tr("Roles"), this);
    rolesBox->setObjectName(QStringLiteral("roles"));
    auto *rolesLayout = new QVBoxLayout(rolesBox);
    for (const UserRole role : allUserRoles()) {
        auto *check = new QCheckBox(userRoleName(role), rolesBox);
        check->setChecked(m_user.roles.testFlag(role));
        check->setToolTip(roleHint(role));
        auto *hint = new QLabel(roleHint(role), rolesBox);
        hint->setWordWrap(true);
        hint->setContentsMargins(22, 0, 0, 4);
        hint->setForegroundRole(QPalette::PlaceholderText);
        rolesLayout->addWidget(check);
        rolesLayout->addWidget(hint);
        m_roles.insert(role, check);
    }

    m_message = new InlineMessage(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &UserDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(rolesBox);
    if (!m_isNew) {
        m_active = new QCheckBox(tr("&Active: the user can log in"), this);
        m_active->setObjectName(QStringLiteral("active"));
        m_active->setChecked(m_user.active);
        layout->addWidget(m_active);
    }
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

User UserDialog::editedUser() const
{
    User u = m_user;
    u.userName = m_userName->text().trimmed();
    u.fullName = m_fullName->text().trimmed();
    u.roles = {};
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            u.roles |= it.key();
    if (m_active != nullptr)
        u.active = m_active->isChecked();
    return u;
}

void UserDialog::accept()
{
    User u = editedUser();
    try {
        if (m_isNew) {
            m_password->validate();
            const WaitCursor busy;
            u.id = m_users.createUser(u, m_password->password());
        } else {
            m_users.updateUser(u);
        }
    } catch (const Error &error) {
        m_message->showError(error, this);
        return;
    }
    m_user = u;
    QDialog::accept();
}

} // namespace integriteit
