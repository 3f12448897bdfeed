#pragma once
// The municipality's data from the first-run wizard, changed later by the administrator.

#include <QDialog>

namespace integriteit {

class InlineMessage;
class MunicipalityForm;
class SettingsService;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(SettingsService &settings, QWidget *parent = nullptr);

    void accept() override;

private:
    SettingsService &m_settings;
    MunicipalityForm *m_form;
    InlineMessage *m_message;
};

} // namespace integriteit
