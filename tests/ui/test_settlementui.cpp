// Verrekening in the window: the year's table with the computed figures, the parameters dialog,
// and a college decision recorded through its dialog, undone and redone.
#include "registeruifixture.h"
#include "modeltester.h"

#include "registers/settlement/settlementmodel.h"
#include "registers/settlement/settlementpage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
void setSalaries(RegisterUiFixture &f, int year)
{
    SettlementParameters p;
    p.year = year;
    p.aldermanSalary = Money::fromCents(10'000'000); // EUR 100.000
    p.mayorSalary = Money::fromCents(12'000'000);
    f.reg().settlement().setParameters(p);
}
} // namespace

TEST_CASE("The settlement table shows the computed figures of every full-time college member", "[ui][settlement]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"), QDate(year - 2, 1, 1));
    f.holder(HolderRole::Councillor, QStringLiteral("Raadslid"), QDate(year - 2, 1, 1));
    f.db.loginAs(UserRole::Secretariat);

    SettlementModel model(f.reg(), f.db.persons());
    CheckedModel checked(&model);
    model.setYear(year);
    checked.requireClean();
    REQUIRE(model.rowCount() == 1); // the raadslid has no settlement
    CHECK(model.index(0, int(SettlementColumn::Person)).data().toString().contains(QLatin1String("Voltijd")));
    // No salary yet: the row says so instead of showing figures.
    CHECK(model.index(0, int(SettlementColumn::Salary)).data().toString() == SettlementModel::tr("salary not set"));

    setSalaries(f, year);
    f.income(f.position(alderman, false, QStringLiteral("Adviesbureau Maas"), QDate(year, 1, 1)), year, 2'000'000);
    checked.requireClean();
    REQUIRE(model.rowCount() == 1);
    // EUR 20.000 personal income, free part 14 % of EUR 100.000 = EUR 14.000, half of the excess.
    CHECK(model.index(0, int(SettlementColumn::Salary)).data().toString() == QStringLiteral("€ 100.000,00"));
    CHECK(model.index(0, int(SettlementColumn::FreePart)).data().toString() == QStringLiteral("€ 14.000,00"));
    CHECK(model.index(0, int(SettlementColumn::PersonalIncome)).data().toString() == QStringLiteral("€ 20.000,00"));
    CHECK(model.index(0, int(SettlementColumn::Deduction)).data().toString() == QStringLiteral("€ 3.000,00"));
    CHECK(model.index(0, int(SettlementColumn::Decision)).data().toString() == SettlementModel::tr("not decided yet"));
    CHECK(model.index(0, 0).data(SettlementModel::PersonIdRole).toLongLong() == alderman);
}

TEST_CASE("A settlement decision recorded through the dialog is stored, and undo removes it", "[ui][settlement]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"), QDate(year - 2, 1, 1));
    f.db.loginAs(UserRole::Secretariat);
    setSalaries(f, year);
    f.income(f.position(alderman, false, QStringLiteral("Adviesbureau Maas"), QDate(year, 1, 1)), year, 2'000'000);

    QUndoStack undo;
    SettlementPage page(f.reg(), f.db.persons(), undo);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.year() == year);
    page.showPerson(alderman, year);
    REQUIRE(page.selectedPersonId() == alderman);
    auto *button = page.findChild<QPushButton *>(QStringLiteral("decisionButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());

    struct Seen { bool dialog = false; QString amount; bool dateFocused = false; QString error; } seen;
    // Today: after the year, and not in the future.
    const QString decisionDate = QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy"));
    whenModalDialog([&](QDialog *dialog) {
        seen.dialog = true;
        auto *date = dialog->findChild<QLineEdit *>(QStringLiteral("decisionDate"));
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("settled"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("decisionText"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!date || !amount || !text || !buttons) {
            dialog->reject();
            return;
        }
        seen.amount = amount->text(); // proposed from the computation
        // A date that is not one: the dialog says so and keeps the focus there.
        date->clear();
        QTest::keyClicks(date, QStringLiteral("12-13-2025"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.dateFocused = dialog->isVisible() && dialog->focusWidget() == date;
        date->clear();
        QTest::keyClicks(date, decisionDate);
        QTest::keyClicks(text, QStringLiteral("Collegebesluit 2026/114"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        if (dialog->isVisible()) {
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->isVisible() && !label->text().isEmpty())
                    seen.error += label->text() + QLatin1Char('|');
            dialog->reject();
        }
    });
    QTest::mouseClick(button, Qt::LeftButton);

    CHECK(seen.dialog);
    CHECK(seen.amount == QStringLiteral("3.000,00"));
    CHECK(seen.dateFocused);
    INFO(seen.error.toStdString());
    const auto stored = f.reg().settlement().decisionFor(alderman, year);
    REQUIRE(stored.has_value());
    CHECK(stored->settled == Money::fromCents(300'000));
    CHECK(stored->computed == Money::fromCents(300'000));
    CHECK_FALSE(stored->nothingToSettle);
    CHECK(stored->decisionText == QLatin1String("Collegebesluit 2026/114"));
    CHECK(undo.count() == 1);
    const int row = *page.model()->rowOf(alderman);
    CHECK(page.model()->index(row, int(SettlementColumn::Decision)).data().toString().contains(QLatin1String("3.000,00")));
    CHECK(button->text() == SettlementPage::tr("&Change decision…"));

    undo.undo();
    CHECK_FALSE(f.reg().settlement().decisionFor(alderman, year).has_value());
    CHECK(page.model()->index(row, int(SettlementColumn::Decision)).data().toString() == SettlementModel::tr("not decided yet"));
    undo.redo();
    const auto again = f.reg().settlement().decisionFor(alderman, year);
    REQUIRE(again.has_value());
    CHECK(again->id == stored->id);
}

TEST_CASE("A settlement decision is removed after confirmation, and undo brings it back", "[ui][settlement]")
{
    RegisterUiFixture f;
    const int year = QDate::currentDate().year() - 1;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"), QDate(year - 2, 1, 1));
    f.db.loginAs(UserRole::Secretariat);
    setSalaries(f, year);
    f.income(f.position(alderman, false, QStringLiteral("Adviesbureau Maas"), QDate(year, 1, 1)), year, 2'000'000);
    SettlementDecision d;
    d.personId = alderman;
    d.year = year;
    d.settled = Money::fromCents(300'000);
    d.decisionDate = QDate::currentDate();
    d.decisionText = QStringLiteral("Collegebesluit per abuis");
    const qint64 id = f.reg().settlement().recordDecision(d);

    QUndoStack undo;
    SettlementPage page(f.reg(), f.db.persons(), undo);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.showPerson(alderman, year);
    auto *remove = page.findChild<QPushButton *>(QStringLiteral("removeDecisionButton"));
    REQUIRE(remove);
    REQUIRE(remove->isEnabled());

    // Cancel in the confirmation: nothing happens.
    QString question;
    whenModalDialog([&question](QDialog *dialog) {
        question = dialog->objectName();
        dialog->reject();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK(question == QLatin1String("confirmRemoveDecision"));
    CHECK(f.reg().settlement().decisionFor(alderman, year).has_value());
    CHECK(undo.count() == 0);

    whenModalDialog([](QDialog *dialog) {
        for (QPushButton *button : dialog->findChildren<QPushButton *>())
            if (button->text() == SettlementPage::tr("Remove"))
                QTest::mouseClick(button, Qt::LeftButton);
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    CHECK_FALSE(f.reg().settlement().decisionFor(alderman, year).has_value());
    REQUIRE(undo.count() == 1);
    const int row = *page.model()->rowOf(alderman);
    CHECK(page.model()->index(row, int(SettlementColumn::Decision)).data().toString() == SettlementModel::tr("not decided yet"));
    CHECK_FALSE(remove->isEnabled()); // nothing left to remove

    undo.undo();
    const auto back = f.reg().settlement().decisionFor(alderman, year);
    REQUIRE(back.has_value());
    CHECK(back->id == id);
    CHECK(back->decisionText == QLatin1String("Collegebesluit per abuis"));
    undo.redo();
    CHECK_FALSE(f.reg().settlement().decisionFor(alderman, year).has_value());

    // The clerk's office reads the decisions but does not remove them.
    f.reg().settlement().restoreDecision(*back);
    f.db.loginAs(UserRole::Griffie);
    page.showPerson(alderman, year);
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(remove->toolTip().isEmpty());
}

TEST_CASE("The settlement parameters are read-only for the clerk's office", "[ui][settlement]")
{
    RegisterUiFixture f;
    f.db.loginAs(UserRole::Griffie);
    QUndoStack undo;
    SettlementPage page(f.reg(), f.db.persons(), undo);
    struct Seen { bool readOnly = false; bool noSave = false; } seen;
    whenModalDialog([&](QDialog *dialog) {
        auto *salary = dialog->findChild<QLineEdit *>(QStringLiteral("aldermanSalary"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        seen.readOnly = salary && salary->isReadOnly();
        seen.noSave = buttons && !buttons->button(QDialogButtonBox::Ok) && buttons->button(QDialogButtonBox::Close);
        dialog->reject();
    });
    page.editParameters();
    CHECK(seen.readOnly);
    CHECK(seen.noSave);
    CHECK(undo.count() == 0);
}
