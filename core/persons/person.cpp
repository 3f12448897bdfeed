#include "person.h"

#include "common/dutchformat.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::Person) };

QString genderCode(Gender g)
{
    switch (g) {
    case Gender::Male: return QStringLiteral("m");
    case Gender::Female: return QStringLiteral("v");
    case Gender::Unspecified: break;
    }
    return QStringLiteral("x");
}
} // namespace

QList<HolderRole> allHolderRoles()
{
    return {HolderRole::Councillor, HolderRole::CommitteeMember, HolderRole::Alderman, HolderRole::Mayor};
}

QString holderRoleCode(HolderRole role)
{
    switch (role) {
    case HolderRole::Councillor: return QStringLiteral("raadslid");
    case HolderRole::CommitteeMember: return QStringLiteral("commissielid");
    case HolderRole::Alderman: return QStringLiteral("wethouder");
    case HolderRole::Mayor: return QStringLiteral("burgemeester");
    }
    return {};
}

std::optional<HolderRole> holderRoleFromCode(const QString &code)
{
    for (HolderRole role : allHolderRoles())
        if (holderRoleCode(role) == code)
            return role;
    return std::nullopt;
}

QString holderRoleName(HolderRole role)
{
    switch (role) {
    case HolderRole::Councillor: return Tr::tr("Councillor");
    case HolderRole::CommitteeMember: return Tr::tr("Committee member");
    case HolderRole::Alderman: return Tr::tr("Alderman");
    case HolderRole::Mayor: return Tr::tr("Mayor");
    }
    return {};
}

Office officeFor(HolderRole role)
{
    return role == HolderRole::Alderman || role == HolderRole::Mayor ? Office::Secretariat : Office::Griffie;
}

QString Person::displayName() const
{
    QStringList parts;
    if (!initials.isEmpty())
        parts << initials;
    if (!firstName.isEmpty())
        parts << QStringLiteral("(%1)").arg(firstName);
    if (!namePrefix.isEmpty())
        parts << namePrefix;
    parts << lastName;
    return parts.join(QLatin1Char(' '));
}

QString Person::sortName() const
{
    QString given = firstName.isEmpty() ? initials : firstName;
    QString text = lastName;
    if (!given.isEmpty() || !namePrefix.isEmpty())
        text += QStringLiteral(", ") + QStringList{given, namePrefix}.join(QLatin1Char(' ')).trimmed();
    return text;
}

QJsonObject Person::toJson() const
{
    return {{QStringLiteral("initials"), initials},
            {QStringLiteral("first_name"), firstName},
            {QStringLiteral("name_prefix"), namePrefix},
            {QStringLiteral("last_name"), lastName},
            {QStringLiteral("gender"), genderCode(gender)},
            {QStringLiteral("email"), email},
            {QStringLiteral("phone"), phone},
            {QStringLiteral("notes"), notes}};
}

QStringList Appointment::openChecklistItems() const
{
    QStringList open;
    if (!oathDate.isValid())
        open << Tr::tr("oath or affirmation");
    if (!codeReceived.isValid())
        open << Tr::tr("code of conduct received");
    if (!protocolReceived.isValid())
        open << Tr::tr("protocol received");
    if (role == HolderRole::Alderman && !screeningDate.isValid())
        open << Tr::tr("certificate of conduct / risk analysis");
    return open;
}

QJsonObject Appointment::toJson() const
{
    QJsonObject o{{QStringLiteral("person_id"), personId},
                  {QStringLiteral("organisation_id"), organisationId},
                  {QStringLiteral("role"), holderRoleCode(role)},
                  {QStringLiteral("faction"), faction},
                  {QStringLiteral("start_date"), dutch::isoDate(start)},
                  {QStringLiteral("end_date"), dutch::isoDate(end)},
                  {QStringLiteral("end_reason"), endReason},
                  {QStringLiteral("deputy_chair"), deputyChair},
                  {QStringLiteral("group_leader"), groupLeader},
                  {QStringLiteral("oath_date"), dutch::isoDate(oathDate)},
                  {QStringLiteral("code_received_date"), dutch::isoDate(codeReceived)},
                  {QStringLiteral("protocol_received_date"), dutch::isoDate(protocolReceived)},
                  {QStringLiteral("screening_date"), dutch::isoDate(screeningDate)},
                  {QStringLiteral("screening_reference"), screeningReference},
                  {QStringLiteral("transitional_settlement"), transitionalSettlement}};
    if (role == HolderRole::Alderman)
        o.insert(QStringLiteral("fraction_pct"), fractionPct);
    return o;
}

} // namespace integriteit
