#include "firstrunwizard.h"

#include "common/error.h"
#include "common/icons.h"
#include "common/waitcursor.h"
#include "shell/firstrunpages.h"
#include "storage/database.h"
#include "storage/databasesetup.h"

#include <QTimer>

namespace integriteit {

FirstRunWizard::FirstRunWizard(QWidget *parent)
    : QWizard(parent)
    , m_municipality(new MunicipalityPage(MunicipalityForm::Part::Place, this))
    , m_officials(new MunicipalityPage(MunicipalityForm::Part::Officials, this))
    , m_administrator(new AdministratorPage(this))
    , m_location(new LocationPage(this))
{
    setObjectName(QStringLiteral("firstRunWizard"));
    setWindowTitle(tr("New database — Integriteit"));
    setWindowIcon(Icons::application());
    // The same look on every platform, with the header that carries each page's explanation.
    setWizardStyle(QWizard::ModernStyle);
    setPixmap(QWizard::LogoPixmap, Icons::application().pixmap(48, 48));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create"));
    setPage(MunicipalityPageId, m_municipality);
    setPage(OfficialsPageId, m_officials);
    setPage(AdministratorPageId, m_administrator);
    setPage(LocationPageId, m_location);
    resize(640, 540);
}

FirstRunWizard::~FirstRunWizard() = default;

std::unique_ptr<Database> FirstRunWizard::takeDatabase()
{
    return std::move(m_database);
}

QString FirstRunWizard::administratorUserName() const
{
    return m_administrator->administrator().userName;
}

QString FirstRunWizard::administratorPassword() const
{
    return m_administrator->password();
}

bool FirstRunWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != LocationPageId || create();
}

bool FirstRunWizard::create()
{
    MunicipalitySettings settings = m_officials->settings();
    const MunicipalitySettings place = m_municipality->settings();
    settings.municipality = place.municipality;
    settings.province = place.province;
    try {
        const WaitCursor busy;
        m_database = DatabaseSetup::createNew(
            m_location->path(), settings, m_administrator->administrator(), m_administrator->password());
    } catch (const Error &error) {
        // Take the user back to the page with the field to correct; file problems stay here.
        int targetId = LocationPageId;
        for (const int id : pageIds()) {
            if (static_cast<FirstRunPage *>(page(id))->ownsField(error.field())) {
                targetId = id;
                break;
            }
        }
        auto *target = static_cast<FirstRunPage *>(page(targetId));
        if (targetId == LocationPageId) {
            target->showError(error);
            return false;
        }
        // Going back from inside the Create click confuses QWizard: do it once the click is handled.
        QTimer::singleShot(0, this, [this, targetId, target, error] {
            while (currentId() > targetId)
                back();
            target->showError(error);
        });
        return false;
    }
    return true;
}

} // namespace integriteit
