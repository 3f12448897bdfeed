// Dropping a receipt file from the desktop: on a line of a draft it becomes that line's proof of
// payment (stored byte for byte, shown, undoable); below the lines it opens a new line with the
// file; on a claim the user may not change, nothing happens. Saving it back out gives the same
// bytes.
#include "claimsuitest.h"

#include "claims/claimdetailwidget.h"
#include "claims/claimeditor.h"
#include "claims/claimlinedialog.h"
#include "claims/claimlinespanel.h"
#include "claims/claimspage.h"
#include "claims/receiptpreview.h"
#include "demo/demoreceipt.h"

#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLineEdit>
#include <QMimeData>
#include <QTableView>
#include <QUndoStack>
#include <QUrl>

using namespace integriteit;
using namespace integriteit::test;

namespace {
// What a file manager delivers: enter, move and drop at `pos` of the table's viewport.
bool dropFile(QTableView *table, const QPoint &pos, const QString &path)
{
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QWidget *viewport = table->viewport();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(viewport, &drop);
    QApplication::processEvents(); // the page handles the drop queued
    return drop.isAccepted();
}
} // namespace

TEST_CASE("claims window: a file dropped on a line becomes its proof of payment", "[claims]")
{
    ClaimFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    const User griffie = f.account(QStringLiteral("griffie1"), UserRole::Griffie);
    const QDate today = ClaimFixture::today();
    f.as(griffie);
    const qint64 claim = f.draft(councillor);
    const qint64 lineId = f.line(claim, today.addDays(-2), 2350, QStringLiteral("verblijf"));

    QUndoStack undo;
    ClaimsPage page(f.db.core(), undo);
    page.resize(1200, 800);
    page.show();
    page.selectClaim(claim);
    REQUIRE(page.selectedClaimId() == claim);
    ClaimLinesPanel *lines = page.detail()->linesPanel();
    QTableView *table = lines->table();
    REQUIRE(table->model()->rowCount() == 1);

    const QString png = writePng(f.db.folder() + QStringLiteral("/hotelnota.png"));
    const QPoint onLine = table->visualRect(table->model()->index(0, 1)).center();
    CHECK(dropFile(table, onLine, png));
    const ClaimLine line = f.claims().line(lineId);
    REQUIRE(line.receiptId > 0);
    const Receipt stored = f.claims().receipt(lineId);
    CHECK(stored.fileName == QStringLiteral("hotelnota.png"));
    CHECK(stored.data == fileBytes(png));
    CHECK(stored.sha256 == Receipt::sha256Hex(fileBytes(png)));
    CHECK(stored.mimeType == QStringLiteral("image/png"));
    // The line stays selected and its receipt is shown.
    CHECK(lines->selectedLineId() == lineId);
    CHECK(lines->preview()->renderedImage().width() > 0);
    CHECK(undo.count() == 1);

    // Undo takes the receipt off again; redo puts the same bytes back.
    undo.undo();
    CHECK(f.claims().line(lineId).receiptId == 0);
    undo.redo();
    CHECK(f.claims().receipt(lineId).data == fileBytes(png));

    // Below the lines: a new line with the file, through the line dialog.
    const QString pdf = writePdf(f.db.folder() + QStringLiteral("/parkeren.pdf"));
    whenModalDialog([today](QDialog *dialog) {
        auto *preview = dialog->findChild<ReceiptPreview *>();
        CHECK(preview);
        if (preview)
            CHECK(preview->receipt().fileName == QStringLiteral("parkeren.pdf"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("expenseDate")),
                         today.addDays(-1).toString(QStringLiteral("dd-MM-yyyy")));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("amount")), QStringLiteral("7,80"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("description")), QStringLiteral("Parkeren"));
        clickOk(dialog);
    });
    const QPoint below(20, table->viewport()->height() - 10);
    CHECK(dropFile(table, below, pdf));
    const auto all = f.claims().lines(claim);
    REQUIRE(all.size() == 2);
    const ClaimLine added = all.back().id == lineId ? all.front() : all.back();
    CHECK(f.claims().receipt(added.id).data == fileBytes(pdf));

    // Once submitted the claim no longer takes files.
    f.claims().updateLine([&] { ClaimLine l = added; l.reason = QStringLiteral("Vergadering VNG"); return l; }());
    f.claims().submit(claim, today);
    page.detail()->refresh();
    const QString other = writePng(f.db.folder() + QStringLiteral("/ander.png"), Qt::red);
    CHECK_FALSE(dropFile(table, onLine, other));
    CHECK(f.claims().receipt(lineId).fileName == QStringLiteral("hotelnota.png"));
}

TEST_CASE("claim line dialog: a dropped file is checked by core before anything is stored", "[claims]")
{
    ClaimFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.as(f.account(QStringLiteral("griffie1"), UserRole::Griffie));
    const qint64 claim = f.draft(councillor);
    ClaimLine draft;
    draft.claimId = claim;
    ClaimLineDialog dialog(f.svc(), draft, std::nullopt);
    dialog.show();

    // Not a PDF or an image: refused in the dialog, the receipt button focused.
    const QString text = f.db.folder() + QStringLiteral("/notitie.txt");
    QFile file(text);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("geen bon");
    file.close();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(text)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&dialog, &drop);
    CHECK(drop.isAccepted());
    CHECK(dialog.findChild<ReceiptPreview *>()->receipt().fileName.isEmpty());
    CHECK(dialog.focusWidget() == dialog.findChild<QWidget *>(QStringLiteral("receipt")));

    // A PNG is taken; OK without the other fields is refused on the date and stores nothing.
    const QString png = writePng(f.db.folder() + QStringLiteral("/bon.png"));
    CHECK(dialog.setReceiptFile(png));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == dialog.findChild<QWidget *>(QStringLiteral("expenseDate")));
    CHECK(f.claims().lines(claim).empty());
}

TEST_CASE("receipt preview: Save as writes the stored proof of payment back out unchanged", "[claims]")
{
    ClaimFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor);
    f.as(f.account(QStringLiteral("griffie1"), UserRole::Griffie));
    const qint64 claim = f.draft(councillor);
    const qint64 lineId = f.line(claim, ClaimFixture::today().addDays(-1), 990);
    // Bytes with zeros and every value: a PDF header and random bytes (not renderable).
    const QByteArray bytes = ClaimFixture::pdf(42, 50000);
    f.claims().attachReceipt(lineId, QStringLiteral("bon.pdf"), bytes);

    ReceiptPreview preview;
    preview.resize(400, 500);
    preview.show();
    preview.setReceipt(f.claims().receipt(lineId));
    CHECK(preview.renderedImage().isNull()); // not a real PDF: said so, not shown
    const QString target = f.db.folder() + QStringLiteral("/terug.pdf");
    whenModalDialog([target](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        CHECK(files);
        if (!files)
            return dialog->reject();
        // Typed into the name field, as a user does: selectFile() leaves the field as it was when
        // the field has focus, which depends on when the window manager activated the dialog (the
        // field then kept the suggested name and the receipt went to the wrong folder).
        auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        CHECK(name);
        if (!name)
            return dialog->reject();
        name->setText(target);
        CHECK(files->selectedFiles() == QStringList{target});
        dialog->accept(); // QFileDialog::accept() through QDialog: it takes the typed file
    });
    QTest::mouseClick(preview.findChild<QPushButton *>(QStringLiteral("saveReceiptButton")), Qt::LeftButton);
    CHECK(fileBytes(target) == bytes);
}

TEST_CASE("receipt preview: the demo's proof of payment renders through poppler", "[claims][demo]")
{
    const QByteArray pdf = demo::demoReceiptPdf(
        {QStringLiteral("NS Reizigers"), QDate(2025, 3, 14), Money::fromCents(2460), QStringLiteral("1-7-1")});
    const Receipt receipt = Receipt::fromBytes(QStringLiteral("bon-1-7-1.pdf"), pdf);
    REQUIRE(receipt.mimeType == QLatin1String("application/pdf"));
    ReceiptPreview preview;
    preview.resize(400, 500);
    preview.show();
    preview.setReceipt(receipt);
    const QImage image = preview.renderedImage();
    REQUIRE_FALSE(image.isNull());
    // Text was drawn: the page is not all white.
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    CHECK(dark > 50);
    if (const QString dir = qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_DIR"); !dir.isEmpty())
        image.save(dir + QStringLiteral("/demo-receipt.png"));
}
