#include "crownplanner.h"

#include "demo/dutchplaces.h"

namespace integriteit::demo {

namespace {
const QDate kTransitionalCutOff(2010, 3, 10);
}

int CrownPlanner::recruit()
{
    return m_plan.recruit(HolderRole::Mayor, 0.3, 0.03);
}

QString CrownPlanner::otherMunicipality()
{
    const auto all = municipalities();
    for (;;) {
        const QString name = QString::fromUtf8(all[size_t(m_random.uniform(0, int(all.size()) - 1))].name);
        if (name != m_plan.body().name)
            return name;
    }
}

QString CrownPlanner::midTermReason()
{
    switch (m_plan.body().kind) {
    case OrganisationKind::Province:
        return m_plan.pickReason(
            { { "Benoemd tot minister", 1 }, { "Gezondheidsredenen", 1 }, { "Persoonlijke omstandigheden", 1 } });
    case OrganisationKind::WaterBoard:
    case OrganisationKind::Municipality:
        break;
    }
    const bool municipal = m_plan.body().kind == OrganisationKind::Municipality;
    const QString reason = m_plan.pickReason({ { "moved", municipal ? 5.0 : 2.0 }, { "Gezondheidsredenen", 1 },
        { "Persoonlijke omstandigheden", 1 }, { "Benoemd tot Commissaris van de Koning", municipal ? 0.4 : 0.0 },
        { "Opgestapt na een integriteitsonderzoek", municipal ? 0.3 : 0.0 } });
    return reason == QLatin1String("moved") ? QStringLiteral("Benoemd tot burgemeester van ") + otherMunicipality()
                                            : reason;
}

QString CrownPlanner::endReason()
{
    const bool province = m_plan.body().kind == OrganisationKind::Province;
    const QString reason
        = m_plan.pickReason({ { "Einde ambtstermijn", 3 }, { "Met pensioen", 3 }, { "moved", province ? 0.0 : 3.0 } });
    return reason == QLatin1String("moved") ? QStringLiteral("Benoemd tot burgemeester van ") + otherMunicipality()
                                            : reason;
}

void CrownPlanner::run(const QDate &windowStart)
{
    const QDate today = m_plan.today();
    const OrganisationKind kind = m_plan.body().kind;
    const double actingChance = kind == OrganisationKind::Municipality ? 0.75 : 0.3;
    const double reappointChance = kind == OrganisationKind::Province ? 0.7 : 0.6;

    QDate start = windowStart.addDays(-m_random.uniform(30, 6 * 365 - 30));
    int person = recruit();
    QDate since = start;
    if (m_random.chance(0.35)) {
        // Already reappointed once: his first term is on record as well.
        since = start.addYears(-6);
        const int first = m_plan.open(person, HolderRole::Mayor, {}, since);
        m_plan.appointment(first).transitionalSettlement = since < kTransitionalCutOff;
        m_plan.close(first, start.addDays(-1), QStringLiteral("Herbenoemd"));
    }
    for (;;) {
        const int app = m_plan.open(person, HolderRole::Mayor, {}, start);
        m_plan.appointment(app).transitionalSettlement = since < kTransitionalCutOff;
        const QDate plannedEnd = start.addYears(6).addDays(-1);
        QDate end;
        QString reason;
        if (m_random.chance(0.12)) {
            const QDate leaves = m_random.date(start.addYears(1), plannedEnd.addDays(-180));
            if (leaves < today) {
                end = leaves;
                reason = midTermReason();
            }
        }
        bool reappointed = false;
        if (!end.isValid()) {
            if (plannedEnd >= today)
                return; // in office today
            end = plannedEnd;
            // A second reappointment is less common, a third rare: few stay eighteen years.
            const int years = int(since.daysTo(end) / 365);
            reappointed = m_random.chance(reappointChance * (years < 7 ? 1.0 : years < 13 ? 0.5 : 0.2));
            reason = reappointed ? QStringLiteral("Herbenoemd") : endReason();
        }
        m_plan.close(app, end, reason);
        if (reappointed) {
            start = end.addDays(1);
            continue;
        }

        QDate next = end.addDays(m_random.uniform(1, 60));
        if (m_random.chance(actingChance)) {
            const QDate actingStart = end.addDays(m_random.uniform(1, 14));
            if (actingStart > today)
                return;
            const int acting = recruit();
            QString title = m_plan.body().mayorTitle();
            m_plan.person(acting).notes = QStringLiteral("Waarnemend ") + title + QLatin1Char('.');
            const int actingApp = m_plan.open(acting, HolderRole::Mayor, {}, actingStart);
            const QDate actingEnd = actingStart.addDays(m_random.uniform(120, 420));
            if (actingEnd >= today)
                return;
            m_plan.close(actingApp, actingEnd, QStringLiteral("Einde waarneming"));
            next = actingEnd.addDays(1 + m_random.uniform(0, 10));
        }
        if (next > today)
            return;
        person = recruit();
        since = next;
        start = next;
    }
}

} // namespace integriteit::demo
