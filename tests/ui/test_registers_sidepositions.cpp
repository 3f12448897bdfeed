// The nevenfuncties page on the register framework: the list model under QAbstractItemModelTester,
// and a position entered through the dialog as a griffier does it, with its refusal, undo and redo.
#include "registerfixtures.h"

#include "common/error.h"
#include "modeltester.h"
#include "registers/common/registermodel.h"
#include "registers/common/registerpage.h"
#include "registers/common/personpicker.h"
#include "registers/sidepositions/sidepositionregister.h"
#include "registers/sidepositions/sidepositionvalidator.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
int positions(TestDatabase &test)
{
    return SqlQuery::scalar(test.database().connection(), QStringLiteral("SELECT count(*) FROM side_positions")).toInt();
}

QStringList visibleLabels(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    return texts;
}

// Six positions: three of the raadslid, two of the wethouder (one personal without the GC 3.6
// dates: flagged), one of the former raadslid (ended).
void fillSidePositions(TestDatabase &test, const RegisterPeople &people)
{
    auto &service = test.core().registers().sidePositions();
    service.create(sampleSidePosition(people.councillor, QStringLiteral("Stichting Welzijn"), true));
    service.create(sampleSidePosition(people.councillor, QStringLiteral("Voetbalvereniging Beek")));
    SidePosition qq = sampleSidePosition(people.councillor, QStringLiteral("Veiligheidsregio"));
    qq.exOfficio = true;
    service.create(qq);
    SidePosition flagged = sampleSidePosition(people.alderman, QStringLiteral("Woningcorporatie Maasland"), true);
    flagged.start = QDate(2023, 2, 1);
    service.create(flagged);
    SidePosition done = sampleSidePosition(people.alderman, QStringLiteral("Golfclub"));
    done.raadNotified = QDate(2023, 1, 2);
    done.collegeDiscussed = QDate(2023, 1, 3);
    service.create(done);
    SidePosition ended = sampleSidePosition(people.former, QStringLiteral("Harmonie St. Cecilia"));
    ended.start = QDate(2015, 1, 1);
    ended.end = QDate(2017, 12, 31);
    ended.reported = QDate(2015, 1, 2);
    service.create(ended);
}
} // namespace

TEST_CASE("The side positions model passes the model tester while sorted and filtered", "[ui][registers][models]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillSidePositions(test, people);
    test.loginAs(UserRole::Auditor);

    QUndoStack undo;
    SidePositionRegister kind(test.core(), undo);
    RegisterModel model(kind);
    CheckedModel checked(&model);
    model.setFilter(RegisterFilter());
    checked.requireClean();
    REQUIRE(model.rowCount() == 6);
    CHECK(model.totalCount() == 6);
    CHECK(model.columnCount() == int(SidePositionColumn::Count));

    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        checked.requireClean();
        model.sort(column, Qt::DescendingOrder);
        checked.requireClean();
        CHECK(model.rowCount() == 6);
    }

    model.sort(int(SidePositionColumn::Organisation), Qt::AscendingOrder);
    CHECK(model.index(0, int(SidePositionColumn::Organisation)).data().toString() == QLatin1String("Golfclub"));
    CHECK(model.index(0, int(SidePositionColumn::Start)).data().toString() == QLatin1String("01-01-2023"));

    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    model.setFilter(flagged);
    checked.requireClean();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, int(SidePositionColumn::Organisation)).data().toString()
          == QLatin1String("Woningcorporatie Maasland"));
    CHECK_FALSE(model.index(0, 0).data(RegisterModel::FlagRole).toString().isEmpty());
    CHECK_FALSE(model.index(0, int(SidePositionColumn::Flag)).data(Qt::DecorationRole).isNull());

    RegisterFilter search;
    search.text = QStringLiteral("jansen");
    model.setFilter(search);
    checked.requireClean();
    CHECK(model.rowCount() == 3);

    RegisterFilter ended;
    ended.status = RegisterFilter::Status::Ended;
    model.setFilter(ended);
    checked.requireClean();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, int(SidePositionColumn::End)).data().toString() == QLatin1String("31-12-2017"));

    // A write elsewhere re-queries through the kind's signal.
    model.setFilter(RegisterFilter());
    test.actAs(UserRole::Griffie);
    test.core().registers().sidePositions().create(sampleSidePosition(people.councillor, QStringLiteral("Zwembad")));
    checked.requireClean();
    CHECK(model.rowCount() == 7);
}

TEST_CASE("A side position entered through the dialog is refused without organisation and then saved and undone and redone",
          "[ui][registers][sidepositions]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    test.loginAs(UserRole::Griffie);

    QString expected;
    try {
        SidePosition p = sampleSidePosition(people.councillor, QString());
        SidePositionValidator::validate(p);
    } catch (const Error &error) {
        expected = error.userMessage();
    }
    REQUIRE(expected.startsWith(QLatin1String("Organisation")));

    QUndoStack undo;
    RegisterPage page(new SidePositionRegister(test.core(), undo));
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.newAction()->isEnabled());

    struct Seen
    {
        bool fields = false;
        bool openAfterFirstOk = false;
        bool organisationFocused = false;
        QStringList labels;
        int storedAfterRefusal = -1;
        bool closedAfterSecondOk = false;
    } seen;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *person = dialog->findChild<PersonPicker *>(QStringLiteral("person"));
        auto *organisation = dialog->findChild<QLineEdit *>(QStringLiteral("organisation"));
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("description"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        seen.fields = person && organisation && description && buttons;
        if (!seen.fields) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(person, QStringLiteral("Jansen"));
        if (person->completer() && person->completer()->popup())
            person->completer()->popup()->hide();
        QTest::keyClicks(description, QStringLiteral("Voorzitter bestuur"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.openAfterFirstOk = dialog->isVisible();
        seen.labels = visibleLabels(dialog);
        seen.organisationFocused = dialog->focusWidget() == organisation;
        seen.storedAfterRefusal = positions(test);

        QTest::keyClicks(organisation, QStringLiteral("Stichting Dorpshuis"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.closedAfterSecondOk = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    page.newAction()->trigger();

    REQUIRE(seen.fields);
    CHECK(seen.openAfterFirstOk);
    INFO("visible texts: " << seen.labels.join(QStringLiteral(" | ")).toStdString());
    CHECK(seen.labels.contains(expected));
    CHECK(seen.organisationFocused);
    CHECK(seen.storedAfterRefusal == 0);
    CHECK(seen.closedAfterSecondOk);

    REQUIRE(positions(test) == 1);
    REQUIRE(undo.count() == 1);
    const qint64 id = page.selectedId();
    REQUIRE(id > 0);
    const SidePosition stored = test.core().registers().sidePositions().position(id);
    CHECK(stored.personId == people.councillor);
    CHECK(stored.organisation == QLatin1String("Stichting Dorpshuis"));
    CHECK(stored.description == QLatin1String("Voorzitter bestuur"));
    CHECK(page.model()->rowCount() == 1);

    undo.undo();
    CHECK(positions(test) == 0);
    CHECK(page.model()->rowCount() == 0);
    CHECK(page.selectedId() == 0);

    undo.redo();
    CHECK(positions(test) == 1);
    CHECK(page.model()->rowCount() == 1);
    CHECK(test.core().registers().sidePositions().position(id).organisation == QLatin1String("Stichting Dorpshuis"));
}

TEST_CASE("Side positions are readable but not editable for an auditor", "[ui][registers][sidepositions]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillSidePositions(test, people);
    test.loginAs(UserRole::Auditor);

    QUndoStack undo;
    RegisterPage page(new SidePositionRegister(test.core(), undo));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK_FALSE(page.newAction()->isEnabled());
    page.view()->selectRow(0);
    CHECK(page.selectedId() != 0);
    CHECK_FALSE(page.editAction()->isEnabled());
    CHECK_FALSE(page.removeAction()->isEnabled());
    CHECK_FALSE(page.endAction()->isEnabled());
}

TEST_CASE("The griffie reads a wethouder's side positions but cannot change them", "[ui][registers][sidepositions]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillSidePositions(test, people);
    test.loginAs(UserRole::Griffie);
    RegisterFilter alderman;
    alderman.personId = people.alderman;
    const auto rows = test.core().registers().sidePositions().page(alderman, SidePositionColumn::Person,
                                                                     Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 2);
    RegisterFilter councillor;
    councillor.personId = people.councillor;
    const auto own = test.core().registers().sidePositions().page(councillor, SidePositionColumn::Person,
                                                                    Qt::AscendingOrder, 0, 10);
    REQUIRE_FALSE(own.empty());

    QUndoStack undo;
    RegisterPage page(new SidePositionRegister(test.core(), undo));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.newAction()->isEnabled());
    REQUIRE(page.showRecord(rows.front().position.id));
    CHECK_FALSE(page.editAction()->isEnabled());
    CHECK_FALSE(page.removeAction()->isEnabled());
    CHECK(page.findChild<QLabel *>(QStringLiteral("recordReadOnly"))->isVisible());
    REQUIRE(page.showRecord(own.front().position.id));
    CHECK(page.editAction()->isEnabled());
    CHECK_FALSE(page.findChild<QLabel *>(QStringLiteral("recordReadOnly"))->isVisible());
}

TEST_CASE("showRecord clears the filters that hide the record and selects it", "[ui][registers][sidepositions]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillSidePositions(test, people);
    test.loginAs(UserRole::Griffie);
    RegisterFilter ended;
    ended.status = RegisterFilter::Status::Ended;
    const auto rows = test.core().registers().sidePositions().page(ended, SidePositionColumn::Person,
                                                                     Qt::AscendingOrder, 0, 10);
    REQUIRE(rows.size() == 1);

    QUndoStack undo;
    RegisterPage page(new SidePositionRegister(test.core(), undo));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("registerSearch")), QStringLiteral("Pietersen"));
    QTest::qWait(250); // the search is debounced
    CHECK(page.model()->rowCount() == 2);

    REQUIRE(page.showRecord(rows.front().position.id));
    CHECK(page.selectedId() == rows.front().position.id);
    CHECK(page.model()->rowCount() == 6);
    CHECK_FALSE(page.showRecord(999999));
}

TEST_CASE("Income of a paid side position is added in the detail pane and Del in the list removes a position",
          "[ui][registers][sidepositions]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    auto &service = test.core().registers().sidePositions();
    const qint64 paid = service.create(sampleSidePosition(people.councillor, QStringLiteral("Stichting Welzijn"), true));
    const qint64 unpaid = service.create(sampleSidePosition(people.councillor, QStringLiteral("Voetbalvereniging")));
    test.loginAs(UserRole::Griffie);

    QUndoStack undo;
    RegisterPage page(new SidePositionRegister(test.core(), undo));
    page.resize(1200, 700);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    auto *add = page.findChild<QPushButton *>(QStringLiteral("addIncome"));
    auto *incomeTable = page.findChild<QTableWidget *>(QStringLiteral("sideIncomeTable"));
    REQUIRE(add);
    REQUIRE(incomeTable);

    REQUIRE(page.showRecord(unpaid));
    CHECK_FALSE(add->isEnabled()); // no income for an unpaid position

    REQUIRE(page.showRecord(paid));
    REQUIRE(add->isEnabled());
    bool closed = false;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("year"));
        auto *amount = dialog->findChild<QLineEdit *>(QStringLiteral("amount"));
        if (!year || !amount) {
            dialog->reject();
            return;
        }
        year->setValue(2024);
        QTest::keyClicks(amount, QStringLiteral("1.250,50"));
        QTest::keyClick(amount, Qt::Key_Return);
        closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    QTest::mouseClick(add, Qt::LeftButton);
    REQUIRE(closed);
    REQUIRE(incomeTable->rowCount() == 1);
    CHECK(incomeTable->item(0, 0)->text() == QStringLiteral("2024"));
    CHECK(incomeTable->item(0, 1)->text() == QStringLiteral("€ 1.250,50"));
    const auto income = test.core().registers().sideIncome().incomeFor(paid, 2024);
    REQUIRE(income.has_value());
    CHECK(income->amount == Money::fromCents(125050));
    undo.undo();
    CHECK(incomeTable->rowCount() == 0);
    CHECK_FALSE(test.core().registers().sideIncome().incomeFor(paid, 2024).has_value());

    // Del in the list removes the selected position; Undo brings it back under its id.
    REQUIRE(page.showRecord(unpaid));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Delete);
    CHECK(positions(test) == 1);
    undo.undo();
    CHECK(positions(test) == 2);
    CHECK(service.position(unpaid).organisation == QLatin1String("Voetbalvereniging"));
}
