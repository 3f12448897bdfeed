// The financial interests page: the list model under the model tester (unreported interests are
// flagged), and ending an interest through the End action with undo.
#include "registerfixtures.h"

#include "modeltester.h"
#include "persons/datelineedit.h"
#include "registers/common/registermodel.h"
#include "registers/common/registerpage.h"
#include "registers/interests/financialinterestregister.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
FinancialInterest sampleInterest(qint64 personId, const QString &organisation, InterestKind kind)
{
    FinancialInterest f;
    f.personId = personId;
    f.organisation = organisation;
    f.kind = kind;
    f.description = kind == InterestKind::Other ? QStringLiteral("Certificaten") : QString();
    f.acquired = QDate(2022, 9, 1);
    f.reported = QDate(2022, 9, 10);
    return f;
}
} // namespace

TEST_CASE("The financial interests model passes the model tester; unreported interests are flagged",
          "[ui][registers][models]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    auto &service = test.core().registers().financialInterests();
    service.create(sampleInterest(people.councillor, QStringLiteral("Bouwbedrijf Janssen BV"), InterestKind::Shares));
    FinancialInterest unreported = sampleInterest(people.alderman, QStringLiteral("Energie Coöperatie"), InterestKind::Bonds);
    unreported.reported = QDate();
    service.create(unreported);
    service.create(sampleInterest(people.alderman, QStringLiteral("Taxi Beek"), InterestKind::Other));
    test.loginAs(UserRole::Auditor);

    QUndoStack undo;
    FinancialInterestRegister kind(test.core(), undo);
    RegisterModel model(kind);
    CheckedModel checked(&model);
    model.setFilter(RegisterFilter());
    checked.requireClean();
    REQUIRE(model.rowCount() == 3);
    for (int column = 0; column < model.columnCount(); ++column) {
        model.sort(column, Qt::AscendingOrder);
        checked.requireClean();
        model.sort(column, Qt::DescendingOrder);
        checked.requireClean();
    }
    RegisterFilter flagged;
    flagged.flaggedOnly = true;
    model.setFilter(flagged);
    checked.requireClean();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, int(FinancialInterestColumn::Reported)).data().toString() == QStringLiteral("not reported"));
    CHECK(model.index(0, int(FinancialInterestColumn::Kind)).data().toString() == interestKindName(InterestKind::Bonds));
}

TEST_CASE("Ending a financial interest through the End action, and undoing it", "[ui][registers][interests]")
{
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    const qint64 id = test.core().registers().financialInterests().create(
        sampleInterest(people.councillor, QStringLiteral("Bouwbedrijf Janssen BV"), InterestKind::Shares));
    test.loginAs(UserRole::Griffie);

    QUndoStack undo;
    RegisterPage page(new FinancialInterestRegister(test.core(), undo));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.showRecord(id));
    REQUIRE(page.endAction()->isEnabled());

    bool closed = false;
    whenRegisterDialog([&](QDialog *dialog) {
        auto *end = dialog->findChild<DateLineEdit *>(QStringLiteral("end"));
        if (!end) {
            dialog->reject();
            return;
        }
        end->clear();
        QTest::keyClicks(end, QStringLiteral("1-10-2024"));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    page.endAction()->trigger();
    REQUIRE(closed);
    CHECK(test.core().registers().financialInterests().interest(id).end == QDate(2024, 10, 1));
    CHECK_FALSE(page.endAction()->isEnabled());
    undo.undo();
    CHECK_FALSE(test.core().registers().financialInterests().interest(id).end.isValid());
    CHECK(page.endAction()->isEnabled());
}
