#include "settingsservice.h"

#include "auth/session.h"
#include "common/error.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>
#include <iterator>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::SettingsService) };

const char *const kKeys[] = {"municipality", "province", "clerk", "secretary", "mayor", "deputy_chair",
                             "address", "postcode_city", "iban"};
constexpr int kKeyCount = int(std::size(kKeys));

QString *field(MunicipalitySettings &s, int index)
{
    QString *fields[] = {&s.municipality, &s.province, &s.clerk,   &s.secretary,    &s.mayor,
                         &s.deputyChair,  &s.address,  &s.postcodeCity, &s.iban};
    return fields[index];
}
} // namespace

SettingsService::SettingsService(Database &database, const Session &session, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_session(session)
{
}

MunicipalitySettings SettingsService::municipality() const
{
    MunicipalitySettings s;
    SqlQuery q(m_database.connection(), QStringLiteral("SELECT key, value FROM settings"));
    q.exec();
    while (q.next()) {
        const QString key = q.value(0).toString();
        for (int i = 0; i < kKeyCount; ++i)
            if (key == QLatin1String(kKeys[i]))
                *field(s, i) = q.value(1).toString();
    }
    return s;
}

void SettingsService::validate(const MunicipalitySettings &s)
{
    const auto require = [](const QString &value, const char *name, const QString &message) {
        if (value.trimmed().isEmpty() || value.size() > 100)
            throw Error::validation(QLatin1String(name), message);
    };
    require(s.municipality, "municipality", Tr::tr("Municipality: fill in the name of the municipality (at most 100 characters)."));
    if (!MunicipalitySettings::provinces().contains(s.province))
        throw Error::validation(QStringLiteral("province"), Tr::tr("Province: choose one of the twelve provinces."));
    require(s.clerk, "clerk", Tr::tr("Clerk of the council: fill in the name of the griffier."));
    require(s.secretary, "secretary", Tr::tr("Municipal secretary: fill in the name of the gemeentesecretaris."));
    require(s.mayor, "mayor", Tr::tr("Mayor: fill in the name of the mayor."));
    require(s.deputyChair, "deputyChair", Tr::tr("Deputy chair: fill in the name of the deputy chair of the council."));
    // The letterhead fields may stay empty until the first invoice letter needs them.
    if (s.address.size() > 100)
        throw Error::validation(QStringLiteral("address"), Tr::tr("Postal address: at most 100 characters."));
    if (s.postcodeCity.size() > 100)
        throw Error::validation(QStringLiteral("postcodeCity"), Tr::tr("Postcode and town: at most 100 characters."));
    if (!s.iban.trimmed().isEmpty() && !MunicipalitySettings::isValidIban(s.iban))
        throw Error::validation(QStringLiteral("iban"),
                                Tr::tr("Bank account: this is not a valid IBAN; check the number, for example NL61 BNGH 0285 0000 00."));
}

void SettingsService::write(Database &database, const MunicipalitySettings &input)
{
    MunicipalitySettings s = input;
    for (int i = 0; i < kKeyCount; ++i) {
        SqlQuery(database.connection(), QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES (:k, :v)"))
            .bind(QStringLiteral(":k"), QLatin1String(kKeys[i]))
            .bind(QStringLiteral(":v"), field(s, i)->trimmed())
            .exec();
    }
    // The municipality is also the first organisation whose office holders are kept.
    SqlQuery(database.connection(), QStringLiteral(
        "INSERT INTO organisations(id, name, kind, province) VALUES (1, :name, 'gemeente', :province) "
        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, province = excluded.province"))
        .bind(QStringLiteral(":name"), s.municipality.trimmed())
        .bind(QStringLiteral(":province"), s.province)
        .exec();
}

void SettingsService::setMunicipality(const MunicipalitySettings &settings)
{
    m_session.require(UserRole::Administrator, Tr::tr("change the settings"));
    validate(settings);
    const MunicipalitySettings before = municipality();
    UnitOfWork work(m_database, m_session.actor());
    write(m_database, settings);
    work.audit(QStringLiteral("settings"), 1, QStringLiteral("update"), before.toJson(), settings.toJson());
    work.commit();
    Q_EMIT municipalityChanged();
}

} // namespace integriteit
