// The office holders page as a user works it: the New action, typing into the dialog, OK; and the
// person is still there after the database was closed and opened again.
#include "modaldialog.h"
#include "support/testdatabase.h"

#include "common/error.h"
#include "persons/personsmodel.h"
#include "persons/personspage.h"
#include "persons/personvalidator.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <functional>

using namespace integriteit;
using namespace integriteit::test;

namespace {
// Runs `interact` on the modal dialog once it is open (polled, so it also works when the dialog
// takes a moment). Failures are recorded, never thrown: an exception must not cross Qt's event loop.
void whenModalDialog(std::function<void(QDialog *)> interact)
{
    pollModalDialog(std::move(interact));
}

int count(TestDatabase &test, const char *table)
{
    return SqlQuery::scalar(test.database().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

// The one stored person of this last name, found through the service, not through the list.
qint64 storedPersonId(TestDatabase &test, const QString &lastName)
{
    PersonFilter filter;
    filter.text = lastName;
    const auto rows = test.persons().page(filter, PersonColumn::Name, Qt::AscendingOrder, 0, 10);
    return rows.size() == 1 ? rows.front().id : 0;
}

std::optional<int> rowOfId(const PersonsModel &model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, 0).data(PersonsModel::IdRole).toLongLong() == id)
            return row;
    return std::nullopt;
}

QStringList visibleLabelTexts(QWidget *dialog)
{
    QStringList texts;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && !label->text().isEmpty())
            texts << label->text();
    return texts;
}
} // namespace

TEST_CASE("A person added through the dialog is in the list, also after reopening", "[ui][persons]")
{
    TestDatabase test;
    test.loginAs(UserRole::Griffie);
    qint64 id = 0;
    {
        QUndoStack undo;
        PersonsPage page(test.persons(), undo);
        page.show();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(page.newPersonAction()->isEnabled());

        struct Seen { bool dialog = false; bool fields = false; QString objectName; } seen;
        whenModalDialog([&seen](QDialog *dialog) {
            seen.dialog = true;
            seen.objectName = dialog->objectName();
            const auto edit = [dialog](const char *name) { return dialog->findChild<QLineEdit *>(QLatin1String(name)); };
            auto *notes = dialog->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
            seen.fields = edit("initials") && edit("firstName") && edit("namePrefix") && edit("lastName") && edit("email")
                && edit("phone") && notes;
            if (!seen.fields) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(edit("initials"), QStringLiteral("J.P."));
            QTest::keyClicks(edit("firstName"), QStringLiteral("Jan"));
            QTest::keyClicks(edit("namePrefix"), QStringLiteral("van der"));
            QTest::keyClicks(edit("lastName"), QStringLiteral("Berg"));
            QTest::keyClicks(edit("email"), QStringLiteral("jp.vanderberg@beek.nl"));
            QTest::keyClicks(edit("phone"), QStringLiteral("046 437 5600"));
            QTest::keyClicks(notes, QStringLiteral("Fractievoorzitter"));
            // Enter in a line field presses the dialog's default button, as a keyboard user does.
            QTest::keyClick(edit("lastName"), Qt::Key_Return);
            if (dialog->isVisible())
                dialog->reject(); // not accepted: the checks below say why
        });
        page.newPersonAction()->trigger();

        CHECK(seen.dialog);
        CHECK(seen.objectName == QLatin1String("personDialog"));
        REQUIRE(seen.fields);
        CHECK(QApplication::activeModalWidget() == nullptr);
        CHECK(undo.count() == 1);
        id = storedPersonId(test, QStringLiteral("Berg"));
        REQUIRE(id > 0);
        const auto row = rowOfId(*page.model(), id);
        REQUIRE(row.has_value());
        CHECK(page.model()->index(*row, int(PersonColumn::Name)).data().toString().contains(QLatin1String("Berg")));
        CHECK(page.selectedPersonId() == id);
    }

    // Everything gone: no window, no services, no connection. Then open the file again.
    test.close();
    test.reopen();
    test.loginAs(UserRole::Auditor);
    PersonsModel fresh(test.persons());
    fresh.setFilter(PersonFilter());
    CHECK(storedPersonId(test, QStringLiteral("Berg")) == id);
    const auto row = rowOfId(fresh, id);
    REQUIRE(row.has_value());
    CHECK(fresh.index(*row, int(PersonColumn::Name)).data().toString().contains(QLatin1String("Berg")));
    const Person stored = test.persons().person(id);
    CHECK(stored.initials == QLatin1String("J.P."));
    CHECK(stored.firstName == QLatin1String("Jan"));
    CHECK(stored.namePrefix == QLatin1String("van der"));
    CHECK(stored.lastName == QLatin1String("Berg"));
    CHECK(stored.email == QLatin1String("jp.vanderberg@beek.nl"));
    CHECK(stored.phone == QLatin1String("046 437 5600"));
    CHECK(stored.notes == QLatin1String("Fractievoorzitter"));
    CHECK(test.persons().history(id).size() == 1);
}

TEST_CASE("The person dialog refuses an empty last name, stays open and saves nothing", "[ui][persons]")
{
    TestDatabase test;
    test.loginAs(UserRole::Secretariat);
    const int audits = count(test, "audit_log");
    // The message the service gives for this mistake, to find it in the dialog.
    QString expected;
    try {
        Person p;
        p.initials = QStringLiteral("A.");
        PersonValidator(QSqlDatabase()).validate(p);
    } catch (const Error &error) {
        expected = error.userMessage();
    }
    REQUIRE_FALSE(expected.isEmpty());

    QUndoStack undo;
    PersonsPage page(test.persons(), undo);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));

    struct Seen { bool openAfterOk = false; QStringList labels; bool lastNameFocused = false; QString initials; } seen;
    whenModalDialog([&seen](QDialog *dialog) {
        auto *initials = dialog->findChild<QLineEdit *>(QStringLiteral("initials"));
        auto *lastName = dialog->findChild<QLineEdit *>(QStringLiteral("lastName"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        if (!initials || !lastName || !buttons || !buttons->button(QDialogButtonBox::Ok)) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(initials, QStringLiteral("A."));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.openAfterOk = dialog->isVisible();
        seen.labels = visibleLabelTexts(dialog);
        seen.lastNameFocused = dialog->focusWidget() == lastName;
        seen.initials = initials->text();
        QTest::keyClick(dialog, Qt::Key_Escape);
        if (dialog->isVisible())
            dialog->reject();
    });
    page.newPersonAction()->trigger();

    CHECK(seen.openAfterOk);
    INFO("visible texts: " << seen.labels.join(QStringLiteral(" | ")).toStdString());
    CHECK(seen.labels.contains(expected));
    CHECK(seen.lastNameFocused);
    CHECK(seen.initials == QLatin1String("A.")); // the input is kept
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(count(test, "persons") == 0);
    CHECK(count(test, "audit_log") == audits);
    CHECK(undo.count() == 0);
    CHECK(page.model()->rowCount() == 0);
}

TEST_CASE("The New action follows the user's rights", "[ui][persons]")
{
    TestDatabase test;
    test.loginAs(UserRole::Auditor);
    QUndoStack undo;
    PersonsPage auditorPage(test.persons(), undo);
    CHECK_FALSE(auditorPage.newPersonAction()->isEnabled());
    test.loginAs(UserRole::Griffie);
    PersonsPage griffiePage(test.persons(), undo);
    CHECK(griffiePage.newPersonAction()->isEnabled());
}
