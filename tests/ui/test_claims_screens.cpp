// Not a test but a look at the claims screens (hidden tag, run by hand): fills a copy of a demo
// database with claims the way the secretariat and the mayor would, through the services, and
// writes pictures of the line dialog and a workflow dialog. The window itself is photographed
// with INTEGRITEIT_SCREENSHOT and INTEGRITEIT_AREA=claimsPage on the same database.
//   INTEGRITEIT_DEMO_DB=/tmp/beek.sqlite INTEGRITEIT_PASSWORD=... INTEGRITEIT_SHOTS=/tmp
//   build/tests/ui_tests "[.claimscreens]"
#include "claimsuitest.h"

#include "claims/claimdetailwidget.h"
#include "claims/claimlinedialog.h"
#include "claims/claimoverviewpage.h"
#include "claims/claimspage.h"
#include "claims/transitiondialog.h"
#include "persons/personservice.h"

#include <QTabWidget>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
qint64 firstHolder(AppCore &core, HolderRole role)
{
    PersonFilter filter;
    filter.status = PersonFilter::Status::Active;
    filter.role = role;
    const auto rows = core.persons().page(filter, PersonColumn::Name, Qt::AscendingOrder, 0, 1);
    return rows.empty() ? 0 : rows.front().id;
}

qint64 addLine(ClaimService &claims, qint64 claim, const QDate &date, qint64 cents, const QString &category,
               const QString &description, const QString &reason, const QString &receiptPath)
{
    ClaimLine l;
    l.claimId = claim;
    l.expenseDate = date;
    l.category = category;
    l.amount = Money::fromCents(cents);
    l.description = description;
    l.reason = reason;
    const qint64 id = claims.addLine(l);
    if (!receiptPath.isEmpty())
        claims.attachReceipt(id, QFileInfo(receiptPath).fileName(), fileBytes(receiptPath));
    return id;
}
} // namespace

TEST_CASE("claims screens: demo claims and pictures of the dialogs", "[.claimscreens]")
{
    const QString path = qEnvironmentVariable("INTEGRITEIT_DEMO_DB");
    const QString shots = qEnvironmentVariable("INTEGRITEIT_SHOTS", QStringLiteral("/tmp"));
    REQUIRE_FALSE(path.isEmpty());
    AppCore core(Database::open(path));
    const QString password = qEnvironmentVariable("INTEGRITEIT_PASSWORD");
    core.session().setUser(core.users().login(QStringLiteral("secretaris"), password));
    ClaimService &claims = core.claims().claims();
    const qint64 wethouder = firstHolder(core, HolderRole::Alderman);
    REQUIRE(wethouder != 0);
    const QDate today = QDate::currentDate();
    const QString pdf = writePdf(shots + QStringLiteral("/treinkaartje.pdf"));
    const QString png = writePng(shots + QStringLiteral("/lunchbon.png"), QColor(0xf4, 0xe9, 0xc8));

    Claim c;
    c.personId = wethouder;
    c.description = QStringLiteral("Declaratie werkbezoeken november");
    const qint64 draft = claims.create(c);
    addLine(claims, draft, today.addDays(-6), 2470, QStringLiteral("reis"), QStringLiteral("Trein Beek-Elsloo - Den Haag v.v."),
            QStringLiteral("Overleg ministerie BZK over de regiodeal"), pdf);
    const qint64 second = addLine(claims, draft, today.addDays(-5), 4350, QStringLiteral("representatie"),
                                  QStringLiteral("Lunch met delegatie zustergemeente"), QString(), png);

    c.description = QStringLiteral("Declaratie congres VNG");
    const qint64 submitted = claims.create(c);
    addLine(claims, submitted, today.addDays(-45), 18900, QStringLiteral("opleiding"), QStringLiteral("Congres VNG, deelname"),
            QStringLiteral("Kennis over de nieuwe Omgevingswet voor de portefeuille"), pdf);
    claims.submit(submitted);
    claims.transition(submitted, ClaimAction::Check);
    claims.transition(submitted, ClaimAction::ReferToMayor, {QStringLiteral("Late indiening: de kosten zijn ouder dan een maand."), {}});

    // One the college decided on, for the overviews: the mayor puts it before the college, the
    // secretariat records the decision.
    c.description = QStringLiteral("Declaratie oktober");
    const qint64 decided = claims.create(c);
    addLine(claims, decided, today.addDays(-20), 6480, QStringLiteral("verblijf"), QStringLiteral("Hotel Den Haag, 1 nacht"),
            QStringLiteral("Tweedaagse provinciale bestuurdersconferentie"), pdf);
    addLine(claims, decided, today.addDays(-19), 1575, QStringLiteral("reis"), QStringLiteral("Parkeren Malieveld"),
            QStringLiteral("Tweedaagse provinciale bestuurdersconferentie"), png);
    claims.submit(decided);
    claims.transition(decided, ClaimAction::Check);
    claims.transition(decided, ClaimAction::ReferToMayor, {QStringLiteral("Hotel boven het gebruikelijke tarief?"), {}});
    const User secretary = core.session().user();
    core.session().setUser(core.users().login(QStringLiteral("burgemeester"), password));
    claims.transition(decided, ClaimAction::ReferToBody, {QStringLiteral("Graag een besluit van het college."), {}});
    core.session().setUser(secretary);
    claims.transition(decided, ClaimAction::Approve, {QStringLiteral("Het college stemt in (besluit B&W)."), today});

    // The line dialog of the incomplete line, and the referral dialog.
    ClaimLineDialog lineDialog(core.claims(), claims.line(second), claims.receipt(second));
    lineDialog.resize(lineDialog.sizeHint().expandedTo(QSize(640, 560)));
    lineDialog.show();
    QApplication::processEvents();
    CHECK(lineDialog.grab().save(shots + QStringLiteral("/claims-linedialog.png")));

    TransitionDialog refer(claims, claims.claim(submitted), ClaimAction::ReferToBody, DecisionBody::College,
                           QStringLiteral("%1 of the wethouder, € 189,00").arg(claims.claim(submitted).number()));
    refer.show();
    QApplication::processEvents();
    CHECK(refer.grab().save(shots + QStringLiteral("/claims-transition.png")));

    // The history of the decided claim, and the public overview.
    QUndoStack undo;
    ClaimsPage page(core, undo);
    page.resize(1300, 720);
    page.show();
    page.selectClaim(decided);
    page.detail()->tabs()->setCurrentIndex(2);
    QApplication::processEvents();
    CHECK(page.grab().save(shots + QStringLiteral("/claims-history.png")));
    ClaimOverviewPage overview(core);
    overview.resize(1100, 600);
    overview.show();
    overview.tabs()->setCurrentIndex(1);
    QApplication::processEvents();
    CHECK(overview.grab().save(shots + QStringLiteral("/claims-public.png")));
}
