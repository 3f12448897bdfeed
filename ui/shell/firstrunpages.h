#pragma once
// The pages of the first-run wizard. Each checks its own fields with the core's validators before
// Next, and can show an error the final creation reports about one of its fields.

#include "auth/session.h"
#include "common/passwordfields.h"
#include "settings/municipalityform.h"

#include <QMap>
#include <QWizardPage>
#include <memory>

class QCheckBox;
class QLineEdit;
class QVBoxLayout;

namespace integriteit {

class Error;
class InlineMessage;

class FirstRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);

    // Whether an Error::field() names a widget of this page.
    bool ownsField(const QString &field) const;
    void showError(const Error &error);
    void clearError();

protected:
    // The page's own content goes here, above the message.
    QVBoxLayout *body() const { return m_body; }

private:
    QVBoxLayout *m_body;
    InlineMessage *m_message;
};

// Page 1 (welcome and municipality) and page 2 (the officials' names).
class MunicipalityPage : public FirstRunPage
{
    Q_OBJECT
public:
    MunicipalityPage(MunicipalityForm::Part part, QWidget *parent = nullptr);
    MunicipalitySettings settings() const { return m_form->settings(); }
    bool validatePage() override;

private:
    MunicipalityForm *m_form;
};

// Page 3: the first administrator.
class AdministratorPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit AdministratorPage(QWidget *parent = nullptr);
    User administrator() const;
    QString password() const;
    bool validatePage() override;

private:
    QLineEdit *m_userName;
    QLineEdit *m_fullName;
    QMap<UserRole, QCheckBox *> m_roles;
    std::unique_ptr<PasswordFields> m_password;
};

// Page 4: where the database file goes.
class LocationPage : public FirstRunPage
{
    Q_OBJECT
public:
    explicit LocationPage(QWidget *parent = nullptr);
    QString path() const;
    bool validatePage() override;

    // A file name in the user's data folder that does not exist yet.
    static QString suggestedPath();

private:
    void choose();

    QLineEdit *m_location;
};

} // namespace integriteit
