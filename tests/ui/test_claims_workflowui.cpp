// Two officials of the secretariat handle a wethouder's claim in the window, as they would:
// A enters the claim form (header, a line, the receipt) and submits it; B checks it and, in
// doubt, puts it before the mayor, who puts it before the college; A records the college's
// decision and B pays. The checker cannot approve: the button is disabled with core's reason,
// and core refuses when asked anyway (four eyes). Each step in a fresh page, as after a login.
#include "claimsuitest.h"

#include "claims/claimdetailwidget.h"
#include "claims/claimeditor.h"
#include "claims/claimlinespanel.h"
#include "claims/claimsmodel.h"
#include "claims/claimspage.h"
#include "claims/receiptpreview.h"
#include "common/dutchformat.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
// The page as the logged-in user sees it, with the claim selected.
std::unique_ptr<ClaimsPage> pageFor(ClaimFixture &f, QUndoStack &undo, const User &user, qint64 claimId)
{
    f.as(user);
    auto page = std::make_unique<ClaimsPage>(f.db.core(), undo);
    page->resize(1200, 800);
    page->show();
    if (claimId)
        page->selectClaim(claimId);
    return page;
}

QAction *stepAction(ClaimsPage &page, ClaimAction action)
{
    return page.detail()->stepAction(action);
}

// Clicks the workflow step's button in the bar and fills its dialog: `text` into the reason or decision, `date`
// into the date field.
void runStep(ClaimsPage &page, ClaimAction action, const QString &text = {}, const QString &date = {})
{
    QAction *step = stepAction(page, action);
    REQUIRE(step);
    REQUIRE(step->isVisible());
    REQUIRE(step->isEnabled());
    whenModalDialog([text, date](QDialog *dialog) {
        for (const char *name : {"reason", "decision"})
            if (auto *edit = dialog->findChild<QPlainTextEdit *>(QLatin1String(name)); edit && !text.isEmpty())
                QTest::keyClicks(edit, text);
        for (const char *name : {"decisionDate", "paidDate"})
            if (auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name)); edit && !date.isEmpty()) {
                edit->clear();
                QTest::keyClicks(edit, date);
            }
        clickOk(dialog);
    });
    clickAction(step);
}
} // namespace

TEST_CASE("claims window: two officials, four eyes, referral to the mayor and the college's decision", "[claims]")
{
    ClaimFixture f;
    const qint64 wethouder = f.holder(HolderRole::Alderman, QStringLiteral("Dassen"));
    f.holder(HolderRole::Councillor, QStringLiteral("Raadslid")); // kept by the griffie: not offered
    const User a = f.account(QStringLiteral("secretarie1"), UserRole::Secretariat);
    const User b = f.account(QStringLiteral("secretarie2"), UserRole::Secretariat);
    const User mayor = f.account(QStringLiteral("burgemeester"), UserRole::Integrity);
    const QDate today = ClaimFixture::today();
    const QDate expense = today.addDays(-3);
    QUndoStack undo;
    ClaimService &claims = f.claims();

    // --- A enters the claim form: New claim, the office holder, a description.
    auto page = pageFor(f, undo, a, 0);
    REQUIRE(page->newClaimAction()->isEnabled());
    whenModalDialog([](QDialog *dialog) {
        auto *person = dialog->findChild<QComboBox *>(QStringLiteral("person"));
        CHECK(person);
        if (!person)
            return dialog->reject();
        CHECK(person->count() == 1); // the secretariat keeps the wethouder only
        QTest::keyClick(person, Qt::Key_Down);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("description")),
                         QStringLiteral("Declaratie werkbezoek"));
        clickOk(dialog);
    });
    clickAction(page->newClaimAction());
    REQUIRE(page->selectedClaimId() != 0);
    const qint64 id = page->selectedClaimId();
    CHECK(claims.claim(id).personId == wethouder);
    CHECK(claims.claim(id).description == QStringLiteral("Declaratie werkbezoek"));

    // A line through the line dialog, every field typed.
    ClaimLinesPanel *lines = page->detail()->linesPanel();
    QAction *newLine = lines->newLineAction();
    REQUIRE(newLine->isEnabled());
    whenModalDialog([expense](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("expenseDate")), dutch::date(expense));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("12,50"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("description")), QStringLiteral("Treinkaartje"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")),
                         QStringLiteral("Werkbezoek provinciehuis"));
        clickOk(dialog);
    });
    clickAction(newLine);
    REQUIRE(claims.lines(id).size() == 1);
    const ClaimLine line = claims.lines(id).front();
    CHECK(line.amount == Money::fromCents(1250));
    CHECK(line.expenseDate == expense);
    CHECK(line.reason == QStringLiteral("Werkbezoek provinciehuis"));
    CHECK(line.receiptId == 0);

    // Submitting without the receipt is refused by core, shown in the dialog, nothing changes.
    whenModalDialog([](QDialog *dialog) {
        clickOk(dialog);
        CHECK(dialog->isVisible()); // the refusal keeps the dialog open
        dialog->reject();
    });
    clickAction(stepAction(*page, ClaimAction::Submit));
    CHECK(claims.claim(id).status == ClaimStatus::Draft);

    // The receipt, through the code path of a drop on the line; the PDF is rendered.
    const QString pdf = writePdf(f.db.folder() + QStringLiteral("/treinkaartje.pdf"));
    REQUIRE(page->editor()->attachReceiptFile(line.id, pdf));
    lines->table()->selectRow(0);
    CHECK(claims.receipt(line.id).data == fileBytes(pdf));
    CHECK(lines->preview()->receipt().fileName == QStringLiteral("treinkaartje.pdf"));
    CHECK_FALSE(lines->preview()->renderedImage().isNull());

    runStep(*page, ClaimAction::Submit);
    CHECK(claims.claim(id).status == ClaimStatus::Submitted);
    CHECK(claims.claim(id).submittedBy == a.id);

    // --- B checks.
    page = pageFor(f, undo, b, id);
    REQUIRE(page->selectedClaimId() == id);
    runStep(*page, ClaimAction::Check);
    CHECK(claims.claim(id).status == ClaimStatus::Checked);
    CHECK(claims.claim(id).checkedBy == b.id);

    // Four eyes: the checker's Approve is disabled with core's reason, and core refuses it.
    QAction *approve = stepAction(*page, ClaimAction::Approve);
    CHECK(approve->isVisible());
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip() == claims.refusal(claims.claim(id), ClaimAction::Approve));
    CHECK(approve->statusTip() == approve->toolTip());
    CHECK_FALSE(approve->toolTip().isEmpty());
    expectError(Error::Kind::Permission, [&] { claims.transition(id, ClaimAction::Approve, {}, today); });
    // A wethouder's claim in doubt goes to the mayor; the college is no step of the office now.
    CHECK_FALSE(stepAction(*page, ClaimAction::ReferToBody)->isVisible());

    // A reason is required: OK without one keeps the dialog open with core's message.
    whenModalDialog([](QDialog *dialog) {
        clickOk(dialog);
        CHECK(dialog->isVisible());
        CHECK(dialog->focusWidget() == dialog->findChild<QPlainTextEdit *>(QStringLiteral("reason")));
        dialog->reject();
    });
    clickAction(stepAction(*page, ClaimAction::ReferToMayor));
    CHECK(claims.claim(id).status == ClaimStatus::Checked);
    runStep(*page, ClaimAction::ReferToMayor, QStringLiteral("Is dit werkbezoek functioneel?"));
    CHECK(claims.claim(id).status == ClaimStatus::ReferredToMayor);
    CHECK_FALSE(stepAction(*page, ClaimAction::ReferToBody)->isEnabled()); // the mayor's step

    // --- The mayor puts it before the college (GC 9.6, 9.8).
    page = pageFor(f, undo, mayor, id);
    runStep(*page, ClaimAction::ReferToBody, QStringLiteral("Ter besluitvorming aan het college"));
    CHECK(claims.claim(id).status == ClaimStatus::ReferredToBody);

    // --- A, not the checker, records the college's decision with its date.
    page = pageFor(f, undo, a, id);
    runStep(*page, ClaimAction::Approve, QStringLiteral("Het college stemt in"), dutch::date(today));
    Claim decided = claims.claim(id);
    CHECK(decided.status == ClaimStatus::Approved);
    CHECK(decided.decisionBody == DecisionBody::College);
    CHECK(decided.decisionDate == today);

    // --- B pays; the claim is final and the history tells the story.
    page = pageFor(f, undo, b, id);
    runStep(*page, ClaimAction::Pay, {}, dutch::date(today));
    CHECK(claims.claim(id).status == ClaimStatus::Paid);
    for (ClaimAction action : allClaimActions())
        CHECK_FALSE(stepAction(*page, action)->isVisible());
    const auto events = claims.events(id);
    REQUIRE(events.size() == 6);
    CHECK(events[0].userId == a.id);
    CHECK(events[1].userId == b.id);
    CHECK(events[3].userId == mayor.id);
    CHECK(events[4].userId == a.id);
}
