// The gifts page: the list model under the model tester, a gift of € 75,00 entered through the
// dialog (above the default threshold of € 50,00: flagged until it has a destination), and the
// thresholds dialog for who may and may not change it.
#include "registerfixtures.h"

#include "modeltester.h"
#include "registers/common/personpicker.h"
#include "registers/common/registermodel.h"
#include "registers/common/registerpage.h"
#include "registers/gifts/giftregister.h"
#include "registers/gifts/giftthresholds.h"
#include "registers/gifts/giftthresholdsdialog.h"
#include "persons/personspage.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
Gift sampleGift(qint64 personId, const QString &giver, qint64 cents, const QDate &received = QDate(2025, 5, 12))
{
    Gift g;
    g.personId = personId;
    g.received = received;
    g.giver = giver;
    g.description = QStringLiteral("Fles wijn");
    g.value = Money::fromCents(cents);
    g.reported = received;
    return g;
}

void fillGifts(TestDatabase &test, const RegisterPeople &people)
{
    auto &gifts = test.core().registers().gifts();
    gifts.create(sampleGift(people.councillor, QStringLiteral("Rabobank"), 2500));
    gifts.create(sampleGift(people.councillor, QStringLiteral("Woonstichting"), 12000));
    Gift decided = sampleGift(people.alderman, QStringLiteral("Provincie Limburg"), 8000);
    decided.destination = GiftDestination::Charity;
    decided.decidedBy = DecisionBody::Secretary;
    decided.decisionDate = QDate(2025, 5, 20);
    gifts.create(decided);
    Gift atHome = sampleGift(people.alderman, QStringLiteral("Aannemer Bouw BV"), 3000);
    atHome.receivedAtHome = true;
    gifts.create(atHome);
    gifts.create(sampleGift(people.former, QStringLiteral("Harmonie"), 5000, QDate(2016, 6, 1)));
}

QModelIndex findRow(const RegisterModel &model, qint64 id, int column)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(RegisterModel::IdRole).toLongLong() == id)
            return model.index(row, column);
    return {};
}
} // namespace

TEST_CASE("The gifts model passes the model tester and marks gifts that need a decision", "[ui][registers][models]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillGifts(test, people);
    test.loginAs(UserRole::Auditor);

    QUndoStack undo;
    GiftRegister kind(test.core(), undo);
    RegisterModel model(kind);
    CheckedModel checked(&model);
    model.setFilter(RegisterFilter());
    checked.requireClean();
    REQUIRE(model.rowCount() == 5);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        checked.requireClean();
        model.sort(column, Qt::DescendingOrder);
        checked.requireClean();
    }
    model.sort(int(GiftColumn::Value), Qt::DescendingOrder);
    CHECK(model.index(0, int(GiftColumn::Value)).data().toString() == QStringLiteral("€ 120,00"));
    CHECK(model.index(0, int(GiftColumn::Destination)).data().toString().contains(QStringLiteral("€ 50,00")));
    CHECK_FALSE(model.index(0, 0).data(RegisterModel::FlagRole).toString().isEmpty());

    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    model.setFilter(flagged);
    checked.requireClean();
    CHECK(model.rowCount() == 2); // € 120 without destination, and the one received at home

    RegisterFilter former;
    former.status = RegisterFilter::Status::Ended;
    model.setFilter(former);
    checked.requireClean();
    CHECK(model.rowCount() == 1);
}

TEST_CASE("A gift of 75 euro entered through the dialog is marked until its destination is set",
          "[ui][registers][gifts]")
{
    TestDatabase test;
    addRegisterPeople(test);
    test.loginAs(UserRole::Griffie);

    QUndoStack undo;
    RegisterPage page(new GiftRegister(test.core(), undo));
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    struct Seen { bool fields = false; QString thresholdNote; bool closed = false; } seen;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *person = dialog->findChild<PersonPicker *>(QStringLiteral("person"));
        auto *giver = dialog->findChild<QLineEdit *>(QStringLiteral("giver"));
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("description"));
        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("value"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("thresholdNote"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        seen.fields = person && giver && description && value && note && buttons;
        if (!seen.fields) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(person, QStringLiteral("Jansen"));
        if (person->completer() && person->completer()->popup())
            person->completer()->popup()->hide();
        QTest::keyClicks(giver, QStringLiteral("Woonstichting Beek"));
        QTest::keyClicks(description, QStringLiteral("Kerstpakket"));
        QTest::keyClicks(value, QStringLiteral("75,00"));
        seen.thresholdNote = note->text();
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    page.newAction()->trigger();
    REQUIRE(seen.fields);
    INFO("threshold note: " << seen.thresholdNote.toStdString());
    CHECK(seen.thresholdNote.contains(QStringLiteral("€ 50,00")));
    CHECK(seen.thresholdNote.startsWith(QStringLiteral("Above")));
    REQUIRE(seen.closed);

    const qint64 id = page.selectedId();
    REQUIRE(id > 0);
    CHECK(test.core().registers().gifts().gift(id).value == Money::fromCents(7500));
    QModelIndex destination = findRow(*page.model(), id, int(GiftColumn::Destination));
    REQUIRE(destination.isValid());
    CHECK(destination.data().toString() == QStringLiteral("to be decided (above € 50,00)"));
    CHECK_FALSE(destination.data(RegisterModel::FlagRole).toString().isEmpty());
    CHECK(findRow(*page.model(), id, int(GiftColumn::Value)).data().toString() == QStringLiteral("€ 75,00"));

    // The griffier decides: the municipality keeps it.
    struct Decided { bool fields = false; bool closed = false; QString message; QString suggested; } decided;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *destinationBox = dialog->findChild<QComboBox *>(QStringLiteral("destination"));
        auto *decidedBy = dialog->findChild<QComboBox *>(QStringLiteral("decidedBy"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        decided.fields = destinationBox && decidedBy && buttons;
        if (!decided.fields) {
            dialog->reject();
            return;
        }
        destinationBox->setFocus();
        QTest::keyClick(destinationBox, Qt::Key_Down); // "Not decided yet" → the municipality
        decided.suggested = decidedBy->currentText(); // the griffier, suggested for a raadslid
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        decided.closed = !dialog->isVisible();
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->isVisible() && label->text().contains(QLatin1Char(':')))
                decided.message += label->text() + QLatin1Char('|');
        if (dialog->isVisible())
            dialog->reject();
    });
    page.editAction()->trigger();
    REQUIRE(decided.fields);
    CHECK(decided.suggested == decisionBodyName(DecisionBody::Clerk));
    INFO("dialog texts: " << decided.message.toStdString());
    REQUIRE(decided.closed);
    const Gift stored = test.core().registers().gifts().gift(id);
    CHECK(stored.destination == GiftDestination::Municipality);
    CHECK(stored.decidedBy == DecisionBody::Clerk);
    CHECK(stored.decisionDate == QDate::currentDate());
    destination = findRow(*page.model(), id, int(GiftColumn::Destination));
    REQUIRE(destination.isValid());
    CHECK(destination.data().toString() == giftDestinationName(GiftDestination::Municipality));
    CHECK(destination.data(RegisterModel::FlagRole).toString().isEmpty());
    CHECK(undo.count() == 2);

    undo.undo(); // the destination again undecided: marked again
    CHECK_FALSE(findRow(*page.model(), id, 0).data(RegisterModel::FlagRole).toString().isEmpty());
}

TEST_CASE("The griffie sets a gift threshold and an auditor only reads the thresholds", "[ui][registers][gifts]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    QUndoStack undo;
    {
        GiftThresholdsDialog dialog(test.core().registers().giftThresholds(), undo);
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("year"));
        auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("threshold"));
        REQUIRE(year);
        REQUIRE(amount);
        year->setValue(2025);
        QTest::keyClicks(amount, QStringLiteral("52,50"));
        QTest::keyClick(amount, Qt::Key_Return);
        CHECK(dialog.table()->rowCount() == 1);
        CHECK(test.core().registers().giftThresholds().threshold(2026) == Money::fromCents(5250));
        CHECK(test.core().registers().giftThresholds().threshold(2024) == Money::fromCents(5000));
        CHECK(undo.count() == 1);
    }
    test.loginAs(UserRole::Auditor);
    GiftThresholdsDialog dialog(test.core().registers().giftThresholds(), undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.table()->rowCount() == 1);
    CHECK_FALSE(dialog.findChild<QLineEdit *>(QStringLiteral("threshold"))->isVisible());
}

TEST_CASE("Each save and removal in the gift thresholds dialog is one undo step", "[ui][registers][gifts]")
{
    TestDatabase test;
    test.loginAs(UserRole::Secretariat);
    GiftThresholds &thresholds = test.core().registers().giftThresholds();
    QUndoStack undo;
    GiftThresholdsDialog dialog(thresholds, undo);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *year = dialog.findChild<QSpinBox *>(QStringLiteral("year"));
    auto *amount = dialog.findChild<QLineEdit *>(QStringLiteral("threshold"));
    REQUIRE(year);
    REQUIRE(amount);
    const auto save = [&](int y, const QString &text) {
        year->setValue(y);
        amount->clear();
        QTest::keyClicks(amount, text);
        QTest::keyClick(amount, Qt::Key_Return);
    };
    save(2024, QStringLiteral("51,00"));
    save(2025, QStringLiteral("52,50"));
    save(2025, QStringLiteral("53,00")); // a change of the year's own amount
    save(2025, QStringLiteral("53,00")); // no change: no step
    REQUIRE(undo.count() == 3);
    CHECK(thresholds.threshold(2025) == Money::fromCents(5300));

    // Removal through the dialog's button, on the selected year.
    dialog.table()->selectRow(1);
    REQUIRE(dialog.table()->item(1, 0)->text() == QLatin1String("2025"));
    auto *removeButton = dialog.findChild<QPushButton *>(QStringLiteral("removeThreshold"));
    REQUIRE(removeButton);
    QTest::mouseClick(removeButton, Qt::LeftButton);
    REQUIRE(undo.count() == 4);
    CHECK(thresholds.threshold(2025) == Money::fromCents(5100)); // takes 2024's

    undo.undo(); // the removal
    CHECK(thresholds.threshold(2025) == Money::fromCents(5300));
    undo.undo(); // 52,50 -> 53,00
    CHECK(thresholds.threshold(2025) == Money::fromCents(5250));
    undo.undo(); // 2025's own amount: gone again
    CHECK(thresholds.threshold(2025) == Money::fromCents(5100));
    CHECK(thresholds.all().size() == 1);
    undo.undo();
    CHECK(thresholds.all().empty());
    CHECK(thresholds.threshold(2025) == Money::fromCents(GiftThresholds::kDefaultCents));

    undo.redo();
    undo.redo();
    CHECK(thresholds.threshold(2025) == Money::fromCents(5250));
    undo.redo();
    undo.redo();
    CHECK(thresholds.threshold(2025) == Money::fromCents(5100));
    // The dialog shows what the undo stack did.
    CHECK(dialog.table()->rowCount() == 1);
}

TEST_CASE("MainWindow::openRecord switches to the page of the entity and selects the record", "[ui][registers][shell]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillGifts(test, people);
    const qint64 position = test.core().registers().sidePositions().create(
        sampleSidePosition(people.councillor, QStringLiteral("Stichting Welzijn"), true));
    SideIncome income;
    income.positionId = position;
    income.year = 2024;
    income.amount = Money::fromCents(10000);
    const qint64 incomeId = test.core().registers().sideIncome().create(income);
    test.loginAs(UserRole::Griffie);
    RegisterFilter all;
    const auto gifts = test.core().registers().gifts().page(all, GiftColumn::Giver, Qt::AscendingOrder, 0, 10);
    REQUIRE(gifts.size() == 5);
    const qint64 giftId = gifts.back().gift.id;

    RecentFiles recent;
    MainWindow window(test.core(), recent);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *stack = window.findChild<QStackedWidget *>();
    REQUIRE(stack);

    window.openRecord(QStringLiteral("gift"), giftId);
    RegisterPage *giftsPage = window.registerPage(QStringLiteral("gift"));
    REQUIRE(giftsPage);
    CHECK(stack->currentWidget() == giftsPage);
    CHECK(giftsPage->selectedId() == giftId);

    window.openRecord(QStringLiteral("side_income"), incomeId);
    RegisterPage *positionsPage = window.registerPage(QStringLiteral("side_position"));
    REQUIRE(positionsPage);
    CHECK(stack->currentWidget() == positionsPage);
    CHECK(positionsPage->selectedId() == position);

    window.openRecord(QStringLiteral("person"), people.alderman);
    CHECK(stack->currentWidget() == window.personsPage());
}
