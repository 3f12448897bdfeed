#include "settingsdialog.h"

#include "common/error.h"
#include "common/inlinemessage.h"
#include "settings/municipalityform.h"
#include "settings/settingsservice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace integriteit {

SettingsDialog::SettingsDialog(SettingsService &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_form(new MunicipalityForm(MunicipalityForm::Part::All, this))
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *intro = new QLabel(tr("The municipality and its officials. Integriteit uses these details in "
                                "letters, reports and the public registers."),
        this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_form, &MunicipalityForm::edited, m_message, &InlineMessage::clear);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addWidget(m_form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    try {
        m_form->setSettings(m_settings.municipality());
    } catch (const Error &error) {
        m_message->showError(error.userMessage());
        buttons->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

void SettingsDialog::accept()
{
    try {
        m_settings.setMunicipality(m_form->settings());
    } catch (const Error &error) {
        m_message->showError(error, this);
        return;
    }
    QDialog::accept();
}

} // namespace integriteit
