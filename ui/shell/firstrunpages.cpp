#include "firstrunpages.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "settings/settingsservice.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace integriteit {

namespace {
QLabel *paragraph(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

FirstRunPage::FirstRunPage(QWidget *parent)
    : QWizardPage(parent)
    , m_body(new QVBoxLayout)
    , m_message(new InlineMessage(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_body);
    layout->addSpacing(8);
    layout->addWidget(m_message);
    layout->addStretch();
}

bool FirstRunPage::ownsField(const QString &field) const
{
    return !field.isEmpty() && findChild<QWidget *>(field) != nullptr;
}

void FirstRunPage::showError(const Error &error)
{
    m_message->showError(error, this);
}

void FirstRunPage::clearError()
{
    m_message->clear();
}

MunicipalityPage::MunicipalityPage(MunicipalityForm::Part part, QWidget *parent)
    : FirstRunPage(parent)
    , m_form(new MunicipalityForm(part, this))
{
    if (part == MunicipalityForm::Part::Place) {
        setObjectName(QStringLiteral("municipalityPage"));
        setTitle(tr("Welcome to Integriteit"));
        setSubTitle(tr("Integriteit keeps the integrity registers of the political office holders of your "
                       "municipality. A few questions set up a new administration."));
        body()->addWidget(paragraph(tr("Which municipality is this administration for?"), this));
    } else {
        setObjectName(QStringLiteral("officialsPage"));
        setTitle(tr("Officials"));
        setSubTitle(tr("Who holds these offices now? Their names appear in letters and reports; you can "
                       "change them later under File > Settings."));
    }
    body()->addWidget(m_form);
    connect(m_form, &MunicipalityForm::edited, this, &FirstRunPage::clearError);
}

bool MunicipalityPage::validatePage()
{
    try {
        SettingsService::validate(m_form->settings());
    } catch (const Error &error) {
        // The validator checks every field in order; a later page's field is that page's business.
        if (m_form->hasField(error.field())) {
            showError(error);
            return false;
        }
    }
    clearError();
    return true;
}

AdministratorPage::AdministratorPage(QWidget *parent)
    : FirstRunPage(parent)
    , m_userName(new QLineEdit(this))
    , m_fullName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("administratorPage"));
    setTitle(tr("Administrator"));
    setSubTitle(tr("The first user account. The administrator manages users, roles and settings and can "
                   "give colleagues their own accounts later."));
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setMaxLength(64);
    m_userName->setPlaceholderText(tr("For example: jjansen"));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_fullName->setPlaceholderText(tr("For example: Jan Jansen"));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Full name:"), m_fullName);
    m_password = std::make_unique<PasswordFields>(form, this);
    body()->addLayout(form);

    // The administrator is often also the one who keeps the registers: offer the other roles at once.
    auto *roles = new QGroupBox(tr("Roles"), this);
    roles->setObjectName(QStringLiteral("roles"));
    auto *rolesLayout = new QVBoxLayout(roles);
    for (const UserRole role : allUserRoles()) {
        auto *check = new QCheckBox(userRoleName(role), roles);
        if (role == UserRole::Administrator) {
            check->setChecked(true);
            check->setEnabled(false);
        }
        rolesLayout->addWidget(check);
        m_roles.insert(role, check);
    }
    body()->addWidget(roles);

    for (QLineEdit *edit : { m_userName, m_fullName, m_password->passwordEdit(), m_password->repeatEdit() })
        connect(edit, &QLineEdit::textEdited, this, &FirstRunPage::clearError);
}

User AdministratorPage::administrator() const
{
    User user;
    user.userName = m_userName->text().trimmed();
    user.fullName = m_fullName->text().trimmed();
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it)
        if (it.value()->isChecked())
            user.roles |= it.key();
    user.active = true;
    return user;
}

QString AdministratorPage::password() const
{
    return m_password->password();
}

bool AdministratorPage::validatePage()
{
    // The user name's full rule needs the database; the wizard's last step reports it and comes back
    // here. An empty name is caught now, in the core's own words.
    try {
        if (m_userName->text().trimmed().isEmpty())
            throw Error::validation(QStringLiteral("userName"),
                QCoreApplication::translate("integriteit::UserService",
                    "User name: use 2 to 64 letters, digits, dots, "
                    "hyphens or underscores."));
        if (m_fullName->text().trimmed().isEmpty())
            throw Error::validation(QStringLiteral("fullName"),
                QCoreApplication::translate("integriteit::UserService", "Full name: fill in the user's name."));
        m_password->validate();
    } catch (const Error &error) {
        showError(error);
        return false;
    }
    clearError();
    return true;
}

LocationPage::LocationPage(QWidget *parent)
    : FirstRunPage(parent)
    , m_location(new QLineEdit(this))
{
    setObjectName(QStringLiteral("locationPage"));
    setTitle(tr("Database location"));
    setSubTitle(tr("Integriteit keeps all data in one database file. Choose a place that is included in "
                   "the backups of your organisation."));
    m_location->setObjectName(QStringLiteral("location"));
    m_location->setText(QDir::toNativeSeparators(suggestedPath()));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    connect(choose, &QPushButton::clicked, this, &LocationPage::choose);
    connect(m_location, &QLineEdit::textEdited, this, &FirstRunPage::clearError);

    auto *row = new QHBoxLayout;
    row->addWidget(m_location, 1);
    row->addWidget(choose);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_location); // a row that is a layout gets no buddy of its own
    form->addRow(label, row);
    body()->addLayout(form);
    body()->addWidget(paragraph(tr("Use a folder on this computer's own disk. A network share cannot "
                                   "guarantee that changes are saved, so Integriteit refuses it."),
        this));
    body()->addWidget(paragraph(tr("Click Create to make the database and log in as the administrator."), this));
}

QString LocationPage::suggestedPath()
{
    const QDir folder(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    QString path = folder.filePath(QStringLiteral("integriteit.sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(QStringLiteral("integriteit-%1.sqlite").arg(n));
    return path;
}

QString LocationPage::path() const
{
    return QDir::fromNativeSeparators(m_location->text().trimmed());
}

void LocationPage::choose()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("New database"), path(),
        tr("Integriteit databases (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (chosen.isEmpty())
        return;
    QString file = chosen;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".sqlite");
    m_location->setText(QDir::toNativeSeparators(file));
    validatePage();
}

bool LocationPage::validatePage()
{
    const QString file = path();
    try {
        if (file.isEmpty())
            throw Error::validation(QStringLiteral("location"), tr("File: choose where the database is kept."));
        if (QFileInfo::exists(file))
            throw Error::validation(QStringLiteral("location"),
                tr("File: %1 already exists. Choose another name; Integriteit never "
                   "overwrites an existing file.")
                    .arg(QDir::toNativeSeparators(file)));
    } catch (const Error &error) {
        showError(error);
        return false;
    }
    clearError();
    return true;
}

} // namespace integriteit
