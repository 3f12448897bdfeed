#include "municipalityform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace integriteit {

namespace {
constexpr int kMaximumLength = 100; // SettingsService::validate refuses longer names
}

MunicipalityForm::MunicipalityForm(Part part, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    if (part != Part::Officials) {
        m_municipality = addLine("municipality", tr("&Municipality:"), tr("For example: Beek"));
        m_province = new QComboBox(this);
        m_province->setObjectName(QStringLiteral("province"));
        m_province->addItems(MunicipalitySettings::provinces());
        m_province->setPlaceholderText(tr("Choose a province"));
        m_province->setCurrentIndex(-1);
        connect(m_province, &QComboBox::currentIndexChanged, this, &MunicipalityForm::edited);
        m_layout->addRow(tr("&Province:"), m_province);
    }
    if (part != Part::Place) {
        m_clerk = addLine("clerk", tr("C&lerk of the council:"), tr("Name of the clerk of the council"));
        m_secretary = addLine("secretary", tr("Municipal sec&retary:"), tr("Name of the municipal secretary"));
        m_mayor = addLine("mayor", tr("M&ayor:"), tr("Name of the mayor"));
        m_deputyChair = addLine("deputyChair", tr("&Deputy chair of the council:"), tr("Name of the deputy chair"));
    }
    if (part == Part::All) {
        // Only in the settings: the wizard stays short, and the letters ask for these when needed.
        m_address = addLine("address", tr("P&ostal address:"), tr("For example: Postbus 20"));
        m_postcodeCity = addLine("postcodeCity", tr("Postcode and &town:"), tr("For example: 6190 AA Beek"));
        m_iban = addLine("iban", tr("&Bank account (IBAN):"), tr("The account invoices are paid to"));
    }
}

QLineEdit *MunicipalityForm::addLine(const char *field, const QString &label, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(field));
    edit->setMaxLength(kMaximumLength);
    edit->setPlaceholderText(placeholder);
    edit->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    connect(edit, &QLineEdit::textEdited, this, &MunicipalityForm::edited);
    m_layout->addRow(label, edit);
    return edit;
}

void MunicipalityForm::setSettings(const MunicipalitySettings &settings)
{
    m_base = settings;
    if (m_municipality != nullptr) {
        m_municipality->setText(settings.municipality);
        m_province->setCurrentIndex(m_province->findText(settings.province));
    }
    if (m_clerk != nullptr) {
        m_clerk->setText(settings.clerk);
        m_secretary->setText(settings.secretary);
        m_mayor->setText(settings.mayor);
        m_deputyChair->setText(settings.deputyChair);
    }
    if (m_address != nullptr) {
        m_address->setText(settings.address);
        m_postcodeCity->setText(settings.postcodeCity);
        m_iban->setText(settings.iban);
    }
}

MunicipalitySettings MunicipalityForm::settings() const
{
    MunicipalitySettings s = m_base;
    if (m_municipality != nullptr) {
        s.municipality = m_municipality->text().trimmed();
        s.province = m_province->currentIndex() >= 0 ? m_province->currentText() : QString();
    }
    if (m_clerk != nullptr) {
        s.clerk = m_clerk->text().trimmed();
        s.secretary = m_secretary->text().trimmed();
        s.mayor = m_mayor->text().trimmed();
        s.deputyChair = m_deputyChair->text().trimmed();
    }
    if (m_address != nullptr) {
        s.address = m_address->text().trimmed();
        s.postcodeCity = m_postcodeCity->text().trimmed();
        s.iban = m_iban->text().simplified().toUpper();
    }
    return s;
}

bool MunicipalityForm::hasField(const QString &field) const
{
    return !field.isEmpty() && findChild<QWidget *>(field) != nullptr;
}

} // namespace integriteit
