#pragma once
// The first start (and File > New database): municipality, officials, first administrator and the
// file's location; Create makes the database with DatabaseSetup::createNew.

#include <QString>
#include <QWizard>
#include <memory>

namespace integriteit {

class AdministratorPage;
class Database;
class LocationPage;
class MunicipalityPage;

class FirstRunWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { MunicipalityPageId, OfficialsPageId, AdministratorPageId, LocationPageId };

    explicit FirstRunWizard(QWidget *parent = nullptr);
    ~FirstRunWizard() override;

    // After Create: the new database and the administrator's credentials for the direct login.
    std::unique_ptr<Database> takeDatabase();
    QString administratorUserName() const;
    QString administratorPassword() const;

protected:
    bool validateCurrentPage() override;

private:
    bool create();

    MunicipalityPage *m_municipality;
    MunicipalityPage *m_officials;
    AdministratorPage *m_administrator;
    LocationPage *m_location;
    std::unique_ptr<Database> m_database;
};

} // namespace integriteit
