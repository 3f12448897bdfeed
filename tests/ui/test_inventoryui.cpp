// Inventarisatie in the window: the year's status table, a confirmation through its dialog, and
// the printed overview as a PDF that says whose it is and which positions it lists.
#include "registeruifixture.h"
#include "modeltester.h"

#include "registers/inventory/inventorymodel.h"
#include "registers/inventory/inventoryoverviewpdf.h"
#include "registers/inventory/inventorypage.h"
#include "registers/inventory/inventoryprinter.h"

#include <QCheckBox>
#include <QDir>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace integriteit;
using namespace integriteit::test;

namespace {
// One office holder of last year, logged in as the griffie, his row selected on a shown page.
struct ShownInventoryPage
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Akkermans"), QDate(year - 1, 1, 1));
    QUndoStack undo;
    std::unique_ptr<InventoryPage> page;

    ShownInventoryPage()
    {
        f.db.loginAs(UserRole::Griffie);
        page = std::make_unique<InventoryPage>(f.reg().inventory(), f.db.settings(), undo);
        page->show();
        REQUIRE(QTest::qWaitForWindowExposed(page.get()));
        page->showPerson(person, year);
    }
};
} // namespace

TEST_CASE("The inventory table shows who has confirmed, and filters the others", "[ui][inventory]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 first = f.holder(HolderRole::Councillor, QStringLiteral("Akkermans"), QDate(year - 1, 1, 1));
    const qint64 second = f.holder(HolderRole::Councillor, QStringLiteral("Bosch"), QDate(year - 1, 1, 1));
    f.db.loginAs(UserRole::Griffie);

    InventoryModel model(f.reg().inventory());
    CheckedModel checked(&model);
    model.setYear(year, false);
    checked.requireClean();
    REQUIRE(model.rowCount() == 2);
    CHECK(model.unconfirmedCount() == 2);

    InventoryConfirmation c;
    c.personId = first;
    c.year = year;
    c.confirmed = QDate(year, 11, 2);
    c.corrected = true;
    c.notes = QStringLiteral("Voorzitter tennisclub toegevoegd");
    f.reg().inventory().confirm(c);
    checked.requireClean();
    const auto row = model.rowOf(first);
    REQUIRE(row.has_value());
    CHECK(model.index(*row, int(InventoryColumn::Status)).data().toString() == InventoryModel::tr("Corrected"));
    CHECK(model.index(*row, int(InventoryColumn::Date)).data().toString() == QStringLiteral("02-11-%1").arg(year));
    CHECK(model.unconfirmedCount() == 1);

    model.setYear(year, true);
    checked.requireClean();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(InventoryModel::PersonIdRole).toLongLong() == second);
    CHECK(model.index(0, int(InventoryColumn::Status)).data().toString() == InventoryModel::tr("Not confirmed"));
}

TEST_CASE("A hidden inventory page reads a change when it is shown again, not before", "[ui][inventory]")
{
    ShownInventoryPage shown;
    RegisterUiFixture &f = shown.f;
    const int year = shown.year;
    const qint64 person = shown.person;
    InventoryPage &page = *shown.page;
    auto *model = page.findChild<InventoryModel *>();
    REQUIRE(model);
    QSignalSpy resets(model, &InventoryModel::modelReset);

    // On screen: a confirmation is read at once.
    InventoryConfirmation c;
    c.personId = person;
    c.year = year;
    c.confirmed = QDate(year, 11, 2);
    const qint64 confirmation = f.reg().inventory().confirm(c);
    CHECK(resets.size() == 1);
    CHECK(model->unconfirmedCount() == 0);

    // Hidden: the removal waits, and is read on showing.
    page.hide();
    resets.clear();
    f.reg().inventory().remove(confirmation);
    CHECK(resets.isEmpty());
    CHECK(model->unconfirmedCount() == 0);
    page.show();
    CHECK(resets.size() == 1);
    CHECK(model->unconfirmedCount() == 1);
    page.hide();
    page.show();
    CHECK(resets.size() == 1); // nothing changed meanwhile: nothing read again
}

TEST_CASE("A confirmation recorded through the dialog needs notes when corrected", "[ui][inventory]")
{
    ShownInventoryPage shown;
    RegisterUiFixture &f = shown.f;
    const int year = shown.year;
    const qint64 person = shown.person;
    QUndoStack &undo = shown.undo;
    InventoryPage &page = *shown.page;
    REQUIRE(page.selectedPersonId() == person);

    struct Seen { bool notesFocused = false; bool closed = false; } seen;
    whenModalDialog([&](QDialog *dialog) {
        auto *corrected = dialog->findChild<QRadioButton *>(QStringLiteral("corrected"));
        auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!corrected || !notes || !buttons) {
            dialog->reject();
            return;
        }
        QTest::mouseClick(corrected, Qt::LeftButton);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.notesFocused = dialog->isVisible() && dialog->focusWidget() == notes;
        QTest::keyClicks(notes, QStringLiteral("Penningmeester harmonie"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    page.recordConfirmation();
    CHECK(seen.notesFocused);
    CHECK(seen.closed);
    const auto stored = f.reg().inventory().confirmationFor(person, year);
    REQUIRE(stored.has_value());
    CHECK(stored->corrected);
    CHECK(stored->notes == QLatin1String("Penningmeester harmonie"));
    CHECK(stored->confirmed == QDate::currentDate());
    CHECK(undo.count() == 1);
    undo.undo();
    CHECK_FALSE(f.reg().inventory().confirmationFor(person, year).has_value());
}

TEST_CASE("The inventory overview PDF names the person and his positions", "[ui][inventory][pdf]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year();
    const qint64 person = f.holder(HolderRole::Councillor, QStringLiteral("Akkermans"), QDate(year - 1, 1, 1));
    f.db.loginAs(UserRole::Griffie);
    f.position(person, false, QStringLiteral("Stichting Kunstroute Beek"), QDate(year, 2, 1));
    const InventoryOverview overview = f.reg().inventory().overview(person, year);
    REQUIRE(overview.positions.size() == 1);

    QTemporaryDir dir;
    const QString path = dir.filePath(InventoryOverviewPdf::fileName(overview));
    InventoryOverviewPdf::write(overview, QStringLiteral("Beek"), path);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == "%PDF-");

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        WARN("pdftotext is missing (poppler-utils): the text of the PDF is not checked");
        return;
    }
    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(overview.displayName));
    CHECK(text.contains(QLatin1String("Kunstroute")));  // a cell may wrap the name
    CHECK(text.contains(QLatin1String("Beek")));
    CHECK(text.contains(QString::number(year)));

    // A folder that cannot be written: a clear error, no crash.
    CHECK_THROWS_AS(InventoryOverviewPdf::write(overview, QStringLiteral("Beek"),
                                                dir.filePath(QStringLiteral("missing/folder/x.pdf"))),
                    Error);
}

TEST_CASE("Printing for everybody not confirmed writes one PDF per person into the folder", "[ui][inventory][pdf]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 first = f.holder(HolderRole::Councillor, QStringLiteral("Akkermans"), QDate(year - 1, 1, 1));
    const qint64 second = f.holder(HolderRole::Councillor, QStringLiteral("Bosch"), QDate(year - 1, 1, 1));
    f.db.loginAs(UserRole::Griffie);
    QWidget parent;
    InventoryPrinter printer(f.reg().inventory(), f.db.settings(), &parent);
    QTemporaryDir dir;
    CHECK(printer.writeMany({ first, second }, year, dir.path()) == 2);
    const QStringList files = QDir(dir.path()).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
    REQUIRE(files.size() == 2);
    CHECK(files.filter(QStringLiteral("Akkermans")).size() == 1);
    CHECK(files.filter(QStringLiteral("Bosch")).size() == 1);
}
