#include "passwordfields.h"

#include "auth/passwordhasher.h"
#include "auth/userservice.h"
#include "common/error.h"

#include <QFormLayout>
#include <QLineEdit>

namespace integriteit {

PasswordFields::PasswordFields(QFormLayout *form, QWidget *parent, const QString &label, const QString &repeatLabel)
    : m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
{
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("passwordRepeat"));
    for (QLineEdit *edit : { m_password, m_repeat }) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(256);
    }
    m_password->setPlaceholderText(tr("At least %1 characters").arg(PasswordHasher::kMinimumLength));
    form->addRow(label.isEmpty() ? tr("&Password:") : label, m_password);
    form->addRow(repeatLabel.isEmpty() ? tr("&Repeat password:") : repeatLabel, m_repeat);
}

QString PasswordFields::password() const
{
    return m_password->text();
}

void PasswordFields::validate() const
{
    UserService::validatePassword(m_password->text());
    if (m_repeat->text() != m_password->text())
        throw Error::validation(QStringLiteral("passwordRepeat"),
            tr("Repeat password: the two passwords are not the same. Type the same "
               "password twice."));
}

void PasswordFields::clear()
{
    m_password->clear();
    m_repeat->clear();
}

} // namespace integriteit
