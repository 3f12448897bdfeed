// Draft changes are undo steps (remove a line with its receipt, remove a draft claim), and a
// submission shows the warnings core recorded (GC 9.4 late, GC 9.1 duplicate) in a message and
// in the claim's Warnings tab.
#include "claimsuitest.h"

#include "claims/claimdetailwidget.h"
#include "claims/claimeditor.h"
#include "claims/claimspage.h"

#include <QLabel>
#include <QMessageBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

TEST_CASE("claims window: removing a line or a draft is undone with its receipt bytes", "[claims]")
{
    ClaimFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.as(f.account(QStringLiteral("griffie1"), UserRole::Griffie));
    const QDate today = ClaimFixture::today();
    const qint64 claim = f.draft(councillor);
    const qint64 lineId = f.fullLine(claim, today.addDays(-2), 1500, 3);
    const QByteArray bytes = f.claims().receipt(lineId).data;

    QUndoStack undo;
    ClaimsPage page(f.db.core(), undo);
    page.selectClaim(claim);
    ClaimEditor &editor = *page.editor();

    REQUIRE(editor.removeLine(lineId));
    CHECK(f.claims().lines(claim).empty());
    undo.undo();
    REQUIRE(f.claims().lines(claim).size() == 1);
    CHECK(f.claims().receipt(lineId).data == bytes);
    undo.redo();
    CHECK(f.claims().lines(claim).empty());
    undo.undo();

    whenModalDialog([](QDialog *dialog) {
        auto *box = qobject_cast<QMessageBox *>(dialog);
        CHECK(box);
        if (box)
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    REQUIRE(editor.removeClaim(claim));
    expectError(Error::Kind::NotFound, [&] { f.claims().claim(claim); });
    CHECK(page.selectedClaimId() == 0);
    undo.undo();
    CHECK(f.claims().claim(claim).lineCount == 1);
    CHECK(f.claims().receipt(lineId).data == bytes);
    // The claim is back in the list and can be selected again.
    page.selectClaim(claim);
    CHECK(page.selectedClaimId() == claim);
}

TEST_CASE("claims window: a submission shows the warnings recorded for the checker", "[claims]")
{
    ClaimFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.as(f.account(QStringLiteral("griffie1"), UserRole::Griffie));
    const QDate today = ClaimFixture::today();
    const qint64 claim = f.draft(councillor);
    // Two months old (GC 9.4), and the same date and amount twice (GC 9.1).
    f.fullLine(claim, today.addMonths(-2), 2000, 1);
    f.fullLine(claim, today.addMonths(-2), 2000, 2);

    QUndoStack undo;
    ClaimsPage page(f.db.core(), undo);
    page.resize(1200, 800);
    page.show();
    page.selectClaim(claim);
    QStringList shown;
    whenModalDialog([&shown](QDialog *dialog) {
        // The confirmation, then the message with the warnings.
        whenModalDialog([&shown](QDialog *message) {
            CHECK(message->objectName() == QStringLiteral("submissionWarnings"));
            if (auto *box = qobject_cast<QMessageBox *>(message))
                shown << box->informativeText();
            message->accept();
        });
        clickOk(dialog);
    });
    clickAction(page.detail()->stepAction(ClaimAction::Submit));
    CHECK(f.claims().claim(claim).status == ClaimStatus::Submitted);
    const auto warnings = f.claims().warnings(claim);
    REQUIRE(warnings.size() >= 3);
    REQUIRE(shown.size() == 1);
    for (const ClaimWarning &w : warnings)
        CHECK(shown.front().contains(w.message));

    QTabWidget *tabs = page.detail()->tabs();
    CHECK(tabs->tabText(1).contains(QString::number(warnings.size())));
    CHECK(page.detail()->findChild<QTreeWidget *>(QStringLiteral("claimWarnings"))->topLevelItemCount()
          == int(warnings.size()));
}
