// The griffier's round trip through the main window: a gift of € 75,00 (above the default
// threshold of € 50,00) entered on the gifts page appears on the start page, opens from there in
// its register, and leaves the start page once its destination is decided.
#include "registerfixtures.h"

#include "registers/attention/attentionmodel.h"
#include "registers/attention/attentionpage.h"
#include "registers/common/personpicker.h"
#include "registers/common/registerpage.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <optional>

using namespace integriteit;
using namespace integriteit::test;

namespace {
std::optional<int> attentionRow(const AttentionModel &model, const QString &entity, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(AttentionModel::EntityRole).toString() == entity
            && index.data(AttentionModel::RecordIdRole).toLongLong() == id)
            return row;
    }
    return std::nullopt;
}

// Clicks the area's entry in the navigation list, as the user does.
void clickArea(QListWidget *navigation, const QString &name)
{
    const QList<QListWidgetItem *> items = navigation->findItems(name, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    const QRect rect = navigation->visualItemRect(items.first());
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

TEST_CASE("A gift above the threshold goes from the gifts page to the start page and off it once decided",
          "[ui][registers]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    test.loginAs(UserRole::Griffie);

    RecentFiles recent;
    MainWindow window(test.core(), recent);
    window.resize(1300, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    REQUIRE(navigation);
    REQUIRE(pages);
    RegisterPage *giftsPage = window.registerPage(QStringLiteral("gift"));
    REQUIRE(giftsPage);
    AttentionModel &attention = *window.attentionPage()->model();

    clickArea(navigation, QStringLiteral("Gifts"));
    REQUIRE(pages->currentWidget() == giftsPage);

    // The New dialog, filled in key by key.
    struct Entered { bool fields = false; bool closed = false; } entered;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *person = dialog->findChild<PersonPicker *>(QStringLiteral("person"));
        auto *giver = dialog->findChild<QLineEdit *>(QStringLiteral("giver"));
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("description"));
        auto *value = dialog->findChild<QLineEdit *>(QStringLiteral("value"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        entered.fields = person && giver && description && value && buttons;
        if (!entered.fields) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(person, QStringLiteral("Jansen"));
        if (person->completer() && person->completer()->popup())
            person->completer()->popup()->hide();
        QTest::keyClicks(giver, QStringLiteral("Woonstichting Beek"));
        QTest::keyClicks(description, QStringLiteral("Kerstpakket"));
        QTest::keyClicks(value, QStringLiteral("75,00"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        entered.closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    auto *giftsBar = giftsPage->findChild<QToolBar *>(QStringLiteral("registerToolBar"));
    REQUIRE(giftsBar);
    QTest::mouseClick(giftsBar->widgetForAction(giftsPage->newAction()), Qt::LeftButton);
    REQUIRE(entered.fields);
    REQUIRE(entered.closed);
    const qint64 giftId = giftsPage->selectedId();
    REQUIRE(giftId > 0);
    const Gift gift = test.core().registers().gifts().gift(giftId);
    CHECK(gift.personId == people.councillor);
    CHECK(gift.value == Money::fromCents(7500));

    // The start page lists it: above the threshold, no destination yet.
    clickArea(navigation, QStringLiteral("Points for attention"));
    REQUIRE(pages->currentWidget() == window.attentionPage());
    const std::optional<int> row = attentionRow(attention, QStringLiteral("gift"), giftId);
    REQUIRE(row);
    CHECK(attention.index(*row, int(AttentionColumn::Person)).data().toString().contains(QStringLiteral("Jansen")));

    // Enter on the item opens the gift in its register.
    QTableView *attentionView = window.attentionPage()->view();
    attentionView->setFocus();
    attentionView->setCurrentIndex(attention.index(*row, 0));
    QTest::keyClick(attentionView, Qt::Key_Return);
    REQUIRE(pages->currentWidget() == giftsPage);
    REQUIRE(giftsPage->selectedId() == giftId);

    // The griffier decides: the municipality keeps it, decided today by the griffier.
    const QDate today = QDate::currentDate();
    struct Decided { bool fields = false; bool closed = false; QString decidedBy; } decided;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *destination = dialog->findChild<QComboBox *>(QStringLiteral("destination"));
        auto *decidedBy = dialog->findChild<QComboBox *>(QStringLiteral("decidedBy"));
        auto *decisionDate = dialog->findChild<QLineEdit *>(QStringLiteral("decisionDate"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        decided.fields = destination && decidedBy && decisionDate && buttons;
        if (!decided.fields) {
            dialog->reject();
            return;
        }
        destination->setFocus();
        QTest::keyClick(destination, Qt::Key_Down); // "Not decided yet" → the municipality
        decided.decidedBy = decidedBy->currentText();
        decisionDate->clear();
        QTest::keyClicks(decisionDate, today.toString(QStringLiteral("dd-MM-yyyy")));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        decided.closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    giftsPage->view()->setFocus();
    QTest::keyClick(giftsPage->view(), Qt::Key_Return);
    REQUIRE(decided.fields);
    REQUIRE(decided.closed);
    CHECK(decided.decidedBy == decisionBodyName(DecisionBody::Clerk));
    const Gift stored = test.core().registers().gifts().gift(giftId);
    CHECK(stored.destination == GiftDestination::Municipality);
    CHECK(stored.decidedBy == DecisionBody::Clerk);
    CHECK(stored.decisionDate == today);

    // Back on the start page the item is gone.
    clickArea(navigation, QStringLiteral("Points for attention"));
    REQUIRE(pages->currentWidget() == window.attentionPage());
    CHECK_FALSE(attentionRow(attention, QStringLiteral("gift"), giftId));
}
