#include "logindialog.h"

#include "auth/userservice.h"
#include "common/error.h"
#include "common/icons.h"
#include "common/inlinemessage.h"
#include "common/waitcursor.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// The last user name is offered again: most workplaces have one user per computer.
const QString kLastUserKey = QStringLiteral("login/lastUserName");
} // namespace

LoginDialog::LoginDialog(UserService &users, const QString &databasePath, const QString &municipality,
    bool offerOtherDatabase, QWidget *parent)
    : QDialog(parent)
    , m_users(users)
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Log in — Integriteit"));
    setWindowIcon(Icons::application());

    auto *logo = new QLabel(this);
    logo->setPixmap(Icons::application().pixmap(48, 48));
    logo->setAlignment(Qt::AlignTop);
    auto *title
        = new QLabel(municipality.isEmpty() ? tr("Integriteit") : tr("Municipality of %1").arg(municipality), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Integrity registers of political office holders"), this);
    auto *file = new QLabel(this);
    const QString nativePath = QDir::toNativeSeparators(databasePath);
    file->setText(tr("Database: %1").arg(QFileInfo(databasePath).fileName()));
    file->setToolTip(nativePath);
    file->setForegroundRole(QPalette::PlaceholderText);
    file->setObjectName(QStringLiteral("databasePath"));

    auto *heading = new QVBoxLayout;
    heading->setSpacing(2);
    heading->addWidget(title);
    heading->addWidget(subtitle);
    heading->addWidget(file);
    auto *top = new QHBoxLayout;
    top->setSpacing(14);
    top->addWidget(logo);
    top->addLayout(heading, 1);

    m_userName->setObjectName(QStringLiteral("userName"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *login = buttons->addButton(tr("&Log in"), QDialogButtonBox::AcceptRole);
    login->setDefault(true);
    if (offerOtherDatabase) {
        QPushButton *other = buttons->addButton(tr("&Other database…"), QDialogButtonBox::ActionRole);
        other->setToolTip(nativePath);
        connect(other, &QPushButton::clicked, this, [this] { done(OtherDatabase); });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_userName, &QLineEdit::textEdited, m_message, &InlineMessage::clear);
    connect(m_password, &QLineEdit::textEdited, m_message, &InlineMessage::clear);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addLayout(top);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(440);

    setUserName(QSettings().value(kLastUserKey).toString());
}

void LoginDialog::setUserName(const QString &userName)
{
    m_userName->setText(userName);
    (userName.isEmpty() ? m_userName : m_password)->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::showError(const QString &message)
{
    m_message->showError(message);
    m_password->clear();
    m_password->setFocus(Qt::OtherFocusReason);
}

void LoginDialog::accept()
{
    if (m_userName->text().trimmed().isEmpty()) {
        m_message->showError(tr("Fill in your user name."));
        m_userName->setFocus(Qt::OtherFocusReason);
        return;
    }
    try {
        const WaitCursor busy;
        m_users.login(m_userName->text(), m_password->text());
    } catch (const Error &error) {
        showError(error.userMessage());
        return;
    }
    rememberUserName(m_userName->text().trimmed());
    QDialog::accept();
}

void LoginDialog::rememberUserName(const QString &userName)
{
    QSettings().setValue(kLastUserKey, userName);
}

} // namespace integriteit
