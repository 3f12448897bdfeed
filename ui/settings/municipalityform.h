#pragma once
// The municipality's data as a form: used whole in the settings dialog and in two parts by the
// first-run wizard, so both ask in the same words. The widgets are named after the fields of
// SettingsService::validate() ("municipality", "province", "clerk", ...).

#include "settings/municipalitysettings.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace integriteit {

class MunicipalityForm : public QWidget
{
    Q_OBJECT
public:
    enum class Part {
        Place, // name and province
        Officials, // griffier, gemeentesecretaris, burgemeester, plaatsvervangend voorzitter
        All
    };

    explicit MunicipalityForm(Part part, QWidget *parent = nullptr);

    void setSettings(const MunicipalitySettings &settings);
    // The fields of this form over the values last given to setSettings() for the others.
    MunicipalitySettings settings() const;
    // Whether an Error::field() belongs to this form.
    bool hasField(const QString &field) const;
    QFormLayout *formLayout() const { return m_layout; }

Q_SIGNALS:
    void edited();

private:
    QLineEdit *addLine(const char *field, const QString &label, const QString &placeholder);

    QFormLayout *m_layout;
    MunicipalitySettings m_base;
    QLineEdit *m_municipality = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_clerk = nullptr;
    QLineEdit *m_secretary = nullptr;
    QLineEdit *m_mayor = nullptr;
    QLineEdit *m_deputyChair = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_postcodeCity = nullptr;
    QLineEdit *m_iban = nullptr;
};

} // namespace integriteit
