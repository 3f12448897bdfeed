#include "decisionbody.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::DecisionBody) };
}

QString decisionBodyCode(DecisionBody body)
{
    switch (body) {
    case DecisionBody::Clerk: return QStringLiteral("griffier");
    case DecisionBody::Secretary: return QStringLiteral("secretaris");
    case DecisionBody::SeniorsCouncil: return QStringLiteral("seniorenconvent");
    case DecisionBody::College: return QStringLiteral("college");
    }
    return {};
}

std::optional<DecisionBody> decisionBodyFromCode(const QString &code)
{
    for (DecisionBody body : {DecisionBody::Clerk, DecisionBody::Secretary, DecisionBody::SeniorsCouncil,
                              DecisionBody::College})
        if (decisionBodyCode(body) == code)
            return body;
    return std::nullopt;
}

QString decisionBodyName(DecisionBody body)
{
    switch (body) {
    case DecisionBody::Clerk: return Tr::tr("Clerk of the council");
    case DecisionBody::Secretary: return Tr::tr("Municipal secretary");
    case DecisionBody::SeniorsCouncil: return Tr::tr("Seniors' council");
    case DecisionBody::College: return Tr::tr("Mayor and aldermen");
    }
    return {};
}

DecisionBody councilBodyFor(Office office)
{
    return office == Office::Griffie ? DecisionBody::SeniorsCouncil : DecisionBody::College;
}

DecisionBody officialFor(Office office)
{
    return office == Office::Griffie ? DecisionBody::Clerk : DecisionBody::Secretary;
}

bool isCouncilBody(DecisionBody body)
{
    return body == DecisionBody::SeniorsCouncil || body == DecisionBody::College;
}

QString verdictCode(Verdict verdict)
{
    return verdict == Verdict::Allowed ? QStringLiteral("toegestaan") : QStringLiteral("afgewezen");
}

std::optional<Verdict> verdictFromCode(const QString &code)
{
    if (code == QLatin1String("toegestaan"))
        return Verdict::Allowed;
    if (code == QLatin1String("afgewezen"))
        return Verdict::Refused;
    return std::nullopt;
}

QString verdictName(Verdict verdict)
{
    return verdict == Verdict::Allowed ? Tr::tr("Allowed") : Tr::tr("Refused");
}

} // namespace integriteit
