// Uitnodigingen (GC 5.2): excursions and events need a decision beforehand by the seniorenconvent
// or the college; rules, rights, audit.

#include "registerfixture.h"

using namespace integriteit;
using namespace integriteit::test;

namespace {
Invitation sampleInvitation(qint64 personId, InvitationKind kind = InvitationKind::Excursion)
{
    Invitation i;
    i.personId = personId;
    i.eventDate = QDate(2024, 9, 20);
    i.host = QStringLiteral("Chemelot");
    i.description = QStringLiteral("Rondleiding nieuwe fabriek");
    i.kind = kind;
    return i;
}
} // namespace

TEST_CASE("invitation: excursions and events need a prior decision (GC 5.2.2)", "[registers][invitations]")
{
    RegisterFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.db.loginAs(UserRole::Griffie);
    auto &service = f.reg.invitations();
    const InvitationKind kind = GENERATE(InvitationKind::Lunch, InvitationKind::Dinner, InvitationKind::Reception,
                                         InvitationKind::Excursion, InvitationKind::Event, InvitationKind::Other);
    const bool needs = kind == InvitationKind::Excursion || kind == InvitationKind::Event;
    const qint64 id = service.create(sampleInvitation(councillor, kind));
    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    CHECK(service.count(flagged) == (needs ? 1 : 0));
    CHECK(service.page(RegisterFilter(), InvitationColumn::Date, Qt::AscendingOrder, 0, 1)[0].needsDecision == needs);

    if (needs) {
        // The decision comes beforehand: not after the event.
        CHECK(expectError(Error::Kind::Validation, [&] {
                  service.decide(id, Verdict::Allowed, DecisionBody::SeniorsCouncil, QDate(2024, 9, 21));
              }).field() == QLatin1String("decisionDate"));
    }
    // The seniorenconvent decides for a councillor, not the college.
    CHECK(expectError(Error::Kind::Validation, [&] {
              service.decide(id, Verdict::Allowed, DecisionBody::College, QDate(2024, 9, 2));
          }).field() == QLatin1String("decidedBy"));
    service.decide(id, Verdict::Allowed, DecisionBody::SeniorsCouncil, QDate(2024, 9, 2), QStringLiteral("Functioneel"));
    CHECK(service.count(flagged) == 0);
    CHECK(f.lastAudit(QStringLiteral("invitation"), id).action == QLatin1String("decide"));
}

TEST_CASE("invitation: every field is validated and named", "[registers][invitations]")
{
    RegisterFixture f;
    const qint64 person = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Secretariat);
    using Edit = std::function<void(Invitation &)>;
    const auto [field, edit] = GENERATE(table<const char *, Edit>({
        {"eventDate", [](Invitation &i) { i.eventDate = QDate(); }},
        {"eventDate", [](Invitation &i) { i.eventDate = QDate::currentDate().addYears(3); }},
        {"host", [](Invitation &i) { i.host.clear(); }},
        {"description", [](Invitation &i) { i.description = repeated(QLatin1Char('x'), 501); }},
        {"value", [](Invitation &i) { i.value = Money::fromCents(-5); }},
        {"accepted", [](Invitation &i) { i.accepted = true; i.functional = false; }},
        {"decision", [](Invitation &i) { i.decidedBy = DecisionBody::College; i.decisionDate = QDate(2024, 9, 1); }},
        {"decidedBy", [](Invitation &i) { i.decision = Verdict::Allowed; i.decisionDate = QDate(2024, 9, 1); }},
        {"decisionDate", [](Invitation &i) { i.decision = Verdict::Allowed; i.decidedBy = DecisionBody::College; }},
        {"decidedBy", [](Invitation &i) {
             i.decision = Verdict::Allowed; i.decidedBy = DecisionBody::SeniorsCouncil; i.decisionDate = QDate(2024, 9, 1);
         }},
        {"accepted", [](Invitation &i) {
             i.accepted = true; i.decision = Verdict::Refused; i.decidedBy = DecisionBody::College;
             i.decisionDate = QDate(2024, 9, 1);
         }},
        {"decisionNotes", [](Invitation &i) { i.decisionNotes = repeated(QLatin1Char('x'), 2001); }},
        {"notes", [](Invitation &i) { i.notes = repeated(QLatin1Char('x'), 4001); }},
    }));
    Invitation i = sampleInvitation(person);
    edit(i);
    CHECK(expectError(Error::Kind::Validation, [&] { f.reg.invitations().create(i); }).field() == QLatin1String(field));
}

TEST_CASE("invitation: rights, audit and undo", "[registers][invitations]")
{
    RegisterFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman);
    f.db.loginAs(UserRole::Griffie);
    expectError(Error::Kind::Permission, [&] { f.reg.invitations().create(sampleInvitation(alderman)); });
    f.db.loginAs(UserRole::Secretariat);
    const qint64 id = f.reg.invitations().create(sampleInvitation(alderman));
    f.reg.invitations().decide(id, Verdict::Refused, DecisionBody::College, QDate(2024, 9, 1));
    CHECK_FALSE(f.reg.invitations().invitation(id).accepted);
    const Invitation removed = f.reg.invitations().invitation(id);
    f.reg.invitations().remove(id);
    f.reg.invitations().restore(removed);
    CHECK(f.reg.invitations().invitation(id).decision == Verdict::Refused);
    CHECK(f.auditCount(QStringLiteral("invitation"), id) == 4);
    f.db.loginAs(UserRole::Auditor);
    CHECK(f.reg.invitations().invitation(id).host == QLatin1String("Chemelot"));
    expectError(Error::Kind::Permission, [&] { f.reg.invitations().remove(id); });
    for (int column = 0; column < int(InvitationColumn::Count); ++column)
        CHECK(f.reg.invitations().page(RegisterFilter(), InvitationColumn(column), Qt::AscendingOrder, 0, 10).size() == 1);
}
