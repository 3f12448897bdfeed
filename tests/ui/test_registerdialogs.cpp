// The invitation and trip dialogs validate through their services (the refusal shown inline, the
// field focused, nothing saved), and the person's Registers tab lists his records by register.
#include "registeruifixture.h"

#include "registers/invitations/invitationdialog.h"
#include "registers/person/personregisterswidget.h"
#include "registers/trips/tripdialog.h"
#include "common/error.h"
#include "storage/sqlquery.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace integriteit;
using namespace integriteit::test;

namespace {
int rows(RegisterUiFixture &f, const char *table)
{
    return SqlQuery::scalar(f.db.database().connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
        .toInt();
}

bool showsText(QWidget *dialog, const QString &text)
{
    for (QLabel *label : dialog->findChildren<QLabel *>())
        if (label->isVisible() && label->text() == text)
            return true;
    return false;
}

// The message the service gives for a mistake, to find it in the dialog.
template<class F> QString errorFor(F &&action)
{
    try {
        action();
    } catch (const Error &error) {
        return error.userMessage();
    }
    return QStringLiteral("(no error)");
}

void pressOk(QDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

TEST_CASE("The invitation dialog shows the service's refusal at the field and saves once corrected",
          "[ui][invitations]")
{
    RegisterUiFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Gast"));
    f.db.loginAs(UserRole::Griffie);
    Invitation draft;
    draft.personId = councillor;
    InvitationDialog dialog(f.db.core(), draft);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *date = dialog.findChild<QLineEdit *>(QStringLiteral("eventDate"));
    auto *host = dialog.findChild<QLineEdit *>(QStringLiteral("host"));
    auto *description = dialog.findChild<QLineEdit *>(QStringLiteral("description"));
    auto *kind = dialog.findChild<QComboBox *>(QStringLiteral("kind"));
    REQUIRE((date && host && description && kind));
    QTest::keyClicks(date, QDate::currentDate().addDays(10).toString(QStringLiteral("dd-MM-yyyy")));
    QTest::keyClicks(description, QStringLiteral("Opening Maasplassen"));
    kind->setCurrentIndex(kind->findData(int(InvitationKind::Event)));

    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == host);
    CHECK(showsText(&dialog, errorFor([&] {
        Invitation i = draft;
        i.eventDate = QDate::currentDate().addDays(10);
        i.description = QStringLiteral("Opening Maasplassen");
        f.reg().invitations().create(i);
    })));
    CHECK(rows(f, "invitations") == 0);

    QTest::keyClicks(host, QStringLiteral("Waterschap Limburg"));
    pressOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    CHECK(dialog.result() == QDialog::Accepted);
    const Invitation stored = dialog.invitation();
    REQUIRE(stored.id != 0);
    CHECK(stored.host == QLatin1String("Waterschap Limburg"));
    CHECK(stored.kind == InvitationKind::Event);
    CHECK(stored.personId == councillor);
    CHECK(rows(f, "invitations") == 1);
}

TEST_CASE("The trip dialog asks for the conflict-of-interest test before a decision on a paid trip", "[ui][trips]")
{
    RegisterUiFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Reiziger"));
    f.db.loginAs(UserRole::Secretariat);
    Trip draft;
    draft.personId = alderman;
    TripDialog dialog(f.db.core(), draft);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const auto edit = [&](const char *name) { return dialog.findChild<QLineEdit *>(QLatin1String(name)); };
    const QDate departure = QDate::currentDate().addDays(30);
    QTest::keyClicks(edit("destination"), QStringLiteral("Hasselt (BE)"));
    QTest::keyClicks(edit("departure"), departure.toString(QStringLiteral("dd-MM-yyyy")));
    QTest::keyClicks(edit("returnDate"), departure.addDays(2).toString(QStringLiteral("dd-MM-yyyy")));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("purpose")), QStringLiteral("Grensoverleg"));
    QTest::keyClicks(edit("estimatedCosts"), QStringLiteral("450,00"));
    auto *paidBy = dialog.findChild<QComboBox *>(QStringLiteral("paidBy"));
    paidBy->setCurrentIndex(paidBy->findData(int(TripPayer::ThirdParty)));
    QTest::keyClicks(edit("thirdParty"), QStringLiteral("Provincie Limburg (BE)"));
    auto *decidedBy = dialog.findChild<QComboBox *>(QStringLiteral("decidedBy"));
    auto *decision = dialog.findChild<QComboBox *>(QStringLiteral("decision"));
    decidedBy->setCurrentIndex(decidedBy->findData(int(DecisionBody::College)));
    decision->setCurrentIndex(decision->findData(int(Verdict::Allowed)));
    QTest::keyClicks(edit("decisionDate"), QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")));

    pressOk(dialog);
    CHECK(dialog.isVisible());
    CHECK(dialog.focusWidget() == edit("conflictTest"));
    CHECK(rows(f, "trips") == 0);

    QTest::keyClicks(edit("conflictTest"), QDate::currentDate().toString(QStringLiteral("dd-MM-yyyy")));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit *>(QStringLiteral("conflictTestNotes")),
                     QStringLiteral("Geen belangenverstrengeling"));
    pressOk(dialog);
    CHECK_FALSE(dialog.isVisible());
    const Trip stored = dialog.trip();
    REQUIRE(stored.id != 0);
    CHECK(stored.paidBy == TripPayer::ThirdParty);
    CHECK(stored.estimatedCosts == Money::fromCents(45000));
    CHECK(stored.decision == Verdict::Allowed);
    CHECK(stored.conflictTestDate == QDate::currentDate());
}

TEST_CASE("The person's Registers tab lists his records per register and opens one", "[ui][registers]")
{
    RegisterUiFixture f;
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Voltijd"), QDate(2022, 3, 30));
    const qint64 other = f.holder(HolderRole::Alderman, QStringLiteral("Ander"), QDate(2022, 3, 30));
    f.db.loginAs(UserRole::Secretariat);
    const qint64 position = f.position(alderman, false, QStringLiteral("Adviesbureau Maas"));
    f.position(other, false, QStringLiteral("Stichting Ander"));

    PersonRegistersWidget widget(f.reg());
    widget.setPerson(alderman);
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
    QTreeWidget *tree = widget.tree();
    REQUIRE(tree->topLevelItemCount() == 6); // every register, also the empty ones
    CHECK(widget.recordCount() == 1);
    QTreeWidgetItem *positions = tree->topLevelItem(0);
    REQUIRE(positions->childCount() == 1);
    QTreeWidgetItem *item = positions->child(0);
    CHECK(item->text(0).contains(QLatin1String("Adviesbureau Maas")));

    // A new record of the person appears at once.
    Gift gift;
    gift.personId = alderman;
    gift.received = QDate::currentDate().addDays(-3);
    gift.giver = QStringLiteral("Ondernemersvereniging");
    gift.description = QStringLiteral("Wijnpakket");
    gift.value = Money::fromCents(4000);
    gift.occasion = QStringLiteral("Nieuwjaarsreceptie");
    gift.reported = gift.received;
    f.reg().gifts().create(gift);
    QCoreApplication::processEvents(); // the tab reads once per burst of changes
    CHECK(widget.recordCount() == 2);

    QSignalSpy open(&widget, &PersonRegistersWidget::openRecordRequested);
    item = widget.tree()->topLevelItem(0)->child(0);
    tree->setCurrentItem(item);
    tree->setFocus();
    QCoreApplication::processEvents(); // the tree lays out its rows after the reload
    QTest::keyClick(tree, Qt::Key_Return);
    REQUIRE(open.count() == 1);
    // A double-click is a press and a double-click event on the same row, as a mouse sends it.
    const QPoint centre = tree->visualItemRect(item).center();
    QTest::mousePress(tree->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, centre);
    REQUIRE(open.count() == 2);
    CHECK(open.at(0).at(0).toString() == QLatin1String("side_position"));
    CHECK(open.at(0).at(1).toLongLong() == position);
}
