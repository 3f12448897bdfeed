#include "demogenerator.h"

#include "auth/session.h"
#include "common/error.h"
#include "demo/democontext.h"
#include "demo/dutchnames.h"
#include "demo/dutchplaces.h"
#include "demo/officeholderstep.h"
#include "demo/registersteps.h"
#include "demo/partylandscape.h"
#include "persons/personservice.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/unitofwork.h"
#include "common/currentdate.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

namespace integriteit {

namespace demo {

std::vector<DemoStep> demoSteps()
{
    return {
        { "office holders", &addOfficeHolders },
        { "side positions", &addSidePositions },
        { "register events", &addRegisterEvents },
        { "claims", &addClaims },
        { "credit cards", &addCreditCards },
    };
}

} // namespace demo

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::DemoGenerator)
};

using demo::DemoBody;

// "Bergen (NH.)" -> "bergen-nh", "Súdwest-Fryslân" -> "sudwest-fryslan", "'s-Hertogenbosch" -> "s-hertogenbosch".
QString domainName(const QString &place)
{
    QString text = place;
    text.replace(QLatin1String(" ("), QLatin1String("-"));
    QString out;
    for (const QChar c : demo::asciiFold(text))
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || c.isDigit() || c == QLatin1Char('-'))
            out += c;
    return out + QStringLiteral(".nl");
}

QJsonObject toJson(const DemoBody &body)
{
    return { { QStringLiteral("name"), body.name }, { QStringLiteral("kind"), organisationKindCode(body.kind) },
        { QStringLiteral("province"), body.province }, { QStringLiteral("seats"), body.seats } };
}

// The bodies of this scale. Organisation 1 (the database's own municipality) is always one of them.
std::vector<DemoBody> plannedBodies(const QSqlDatabase &db, const DemoOptions &options)
{
    DemoBody own;
    own.id = 1;
    {
        SqlQuery q(db, QStringLiteral("SELECT name, province FROM organisations WHERE id = 1"));
        q.exec();
        if (!q.next())
            throw Error(Error::Kind::NotFound, Tr::tr("The database has no municipality yet; set it up first."),
                QStringLiteral("organisation 1 missing"));
        own.name = q.value(0).toString();
        own.province = q.value(1).toString();
    }
    own.mailDomain = domainName(demo::everydayName(own.name));
    own.committee = true;
    if (options.scale != DemoOptions::Scale::National) {
        own.seats = options.scale == DemoOptions::Scale::Small ? 29 : 45;
        return { own };
    }

    // Commissieleden only where the council has chosen to have them (a few larger places): the
    // statutory seats alone already make some 11,700 office holders in office.
    demo::DemoRandom random(options.seed, { 0xC0FFEEu });
    std::vector<DemoBody> bodies;
    bool ownListed = false;
    for (const demo::MunicipalityData &m : demo::municipalities()) {
        DemoBody body;
        body.name = QString::fromUtf8(m.name);
        body.province = QString::fromUtf8(m.province);
        body.seats = demo::councilSeats(m.inhabitants);
        body.committee = random.chance(body.seats >= 37 ? 0.3 : 0.03);
        body.mailDomain = domainName(demo::everydayName(body.name));
        if (body.name == own.name) {
            body.id = 1;
            body.committee = true; // the users' own gemeente shows every role
            ownListed = true;
        }
        bodies.push_back(body);
    }
    if (!ownListed) {
        own.seats = 29;
        bodies.insert(bodies.begin(), own);
    }
    for (const demo::ProvinceData &p : demo::provinces()) {
        DemoBody body;
        body.name = QString::fromUtf8(p.name);
        body.kind = OrganisationKind::Province;
        body.province = body.name;
        body.seats = p.seats;
        body.mailDomain = QString::fromUtf8(p.mailDomain);
        bodies.push_back(body);
    }
    for (const demo::WaterBoardData &w : demo::waterBoards()) {
        DemoBody body;
        body.name = QString::fromUtf8(w.name);
        body.kind = OrganisationKind::WaterBoard;
        body.province = QString::fromUtf8(w.province);
        body.seats = w.seats;
        body.mailDomain = QString::fromUtf8(w.mailDomain);
        bodies.push_back(body);
    }
    for (size_t i = 0; i < bodies.size(); ++i)
        bodies[i].index = int(i);
    return bodies;
}

// Inserts the organisation, or takes over an existing one of the same kind and name.
void storeOrganisation(UnitOfWork &work, DemoBody &body)
{
    const QSqlDatabase db = work.database().connection();
    if (body.id == 0) {
        SqlQuery find(db, QStringLiteral("SELECT id FROM organisations WHERE kind = :kind AND name = :name"));
        find.bind(QStringLiteral(":kind"), organisationKindCode(body.kind))
            .bind(QStringLiteral(":name"), body.name)
            .exec();
        if (find.next())
            body.id = find.value(0).toLongLong();
    }
    if (body.id == 0) {
        SqlQuery insert(db,
            QStringLiteral(
                "INSERT INTO organisations(name, kind, province, seats) VALUES (:name, :kind, :province, :seats)"));
        insert.bind(QStringLiteral(":name"), body.name)
            .bind(QStringLiteral(":kind"), organisationKindCode(body.kind))
            .bind(QStringLiteral(":province"), body.province)
            .bind(QStringLiteral(":seats"), body.seats)
            .exec();
        body.id = insert.lastInsertId();
        work.audit(QStringLiteral("organisation"), body.id, QStringLiteral("create"), {}, toJson(body));
        return;
    }
    SqlQuery before(db, QStringLiteral("SELECT name, kind, province, seats FROM organisations WHERE id = :id"));
    before.bind(QStringLiteral(":id"), body.id).exec();
    QJsonObject old;
    if (before.next())
        old = { { QStringLiteral("name"), before.value(0).toString() },
            { QStringLiteral("kind"), before.value(1).toString() },
            { QStringLiteral("province"), before.value(2).toString() },
            { QStringLiteral("seats"), before.value(3).toInt() } };
    SqlQuery(db, QStringLiteral("UPDATE organisations SET seats = :seats WHERE id = :id"))
        .bind(QStringLiteral(":seats"), body.seats)
        .bind(QStringLiteral(":id"), body.id)
        .exec();
    body.province = old.value(QStringLiteral("province")).toString(body.province);
    work.audit(QStringLiteral("organisation"), body.id, QStringLiteral("update"), old, toJson(body));
}

User demoUser(const QSqlDatabase &db, const QString &actor)
{
    SqlQuery q(db, QStringLiteral("SELECT id, full_name FROM users WHERE user_name = :name"));
    q.bind(QStringLiteral(":name"), actor).exec();
    User user;
    user.userName = actor;
    user.fullName = actor;
    user.id = 1;
    if (q.next()) {
        user.id = q.value(0).toLongLong();
        user.fullName = q.value(1).toString();
    }
    // Both offices, so the demo can keep raad, commissie and college alike.
    user.roles = UserRole::Griffie | UserRole::Secretariat;
    return user;
}

} // namespace

DemoStats DemoGenerator::generate(Database &database, const QString &actor, const DemoOptions &options,
    const std::function<void(int done, int total)> &progress)
{
    // The validator refuses dates after the real today, so the demo's today never lies beyond it.
    const QDate today = std::min(options.today.isValid() ? options.today : currentDate(), currentDate());
    const Session session(demoUser(database.connection(), actor));
    PersonService persons(database, session);
    std::vector<DemoBody> bodies = plannedBodies(database.connection(), options);
    const std::vector<demo::DemoStep> steps = demo::demoSteps();

    DemoStats stats;
    const int total = int(bodies.size());
    // INTEGRITEIT_DEMO_TIMING=1: the time spent in each step, summed over the bodies, on stderr.
    const bool timing = qEnvironmentVariableIsSet("INTEGRITEIT_DEMO_TIMING");
    std::vector<qint64> stepNs(steps.size(), 0);
    QElapsedTimer clock;
    // National grows the file to gigabytes, and every service call probes indexes of person, claim
    // and receipt: 64 MB of page cache on this connection instead of SQLite's 2 MB default.
    SqlQuery::run(database.connection(), QStringLiteral("PRAGMA cache_size = -65536"));
    for (DemoBody &body : bodies) {
        // One commit per body: its organisation, office holders and (later) registers, all or nothing.
        UnitOfWork work(database, actor);
        storeOrganisation(work, body);
        std::vector<demo::DemoHolder> holders;
        for (size_t s = 0; s < steps.size(); ++s) {
            clock.start();
            demo::DemoRandom random(options.seed, { quint32(body.index), quint32(s) });
            demo::DemoContext context { options, today, body, persons, session, work, random, stats, holders };
            steps[s].run(context);
            stepNs[s] += clock.nsecsElapsed();
        }
        work.commit();
        ++stats.organisations;
        if (progress)
            progress(stats.organisations, total);
    }
    if (timing)
        for (size_t s = 0; s < steps.size(); ++s)
            fprintf(stderr, "demo timing: %-16s %10.1f ms\n", steps[s].name, stepNs[s] / 1e6);
    return stats;
}

bool DemoGenerator::parseScale(const QString &text, DemoOptions::Scale *scale)
{
    const QString key = text.trimmed().toLower();
    DemoOptions::Scale value;
    if (key == QLatin1String("small"))
        value = DemoOptions::Scale::Small;
    else if (key == QLatin1String("large"))
        value = DemoOptions::Scale::Large;
    else if (key == QLatin1String("national"))
        value = DemoOptions::Scale::National;
    else
        return false;
    if (scale)
        *scale = value;
    return true;
}

} // namespace integriteit
