#pragma once
// A new password typed twice: the first-run wizard, the user dialog and both password dialogs ask
// for it the same way and refuse it with the same messages.

#include <QCoreApplication>
#include <QString>

class QFormLayout;
class QLineEdit;
class QWidget;

namespace integriteit {

class PasswordFields
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::PasswordFields)
public:
    // Adds two rows to `form`; the edits are named "password" and "passwordRepeat" so that
    // Error::field() finds them. Empty labels mean "Password:" and "Repeat password:".
    PasswordFields(QFormLayout *form, QWidget *parent, const QString &label = {}, const QString &repeatLabel = {});

    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    // The core's password rule, then the comparison. Throws Error(Validation).
    void validate() const;
    void clear();

private:
    QLineEdit *m_password;
    QLineEdit *m_repeat;
};

} // namespace integriteit
