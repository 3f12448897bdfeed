// The invitations and trips pages on the register framework: their models under the model tester,
// the flags for missing decisions, and a new invitation entered through the page with undo.
#include "registeruifixture.h"
#include "modeltester.h"

#include "registers/common/personpicker.h"
#include "registers/common/registermodel.h"
#include "registers/common/registerpage.h"
#include "registers/invitations/invitationregister.h"
#include "registers/trips/tripregister.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

using namespace integriteit;
using namespace integriteit::test;

namespace {
Invitation invitation(qint64 personId, InvitationKind kind, const QDate &date, const QString &host)
{
    Invitation i;
    i.personId = personId;
    i.eventDate = date;
    i.host = host;
    i.description = QStringLiteral("Uitnodiging van %1").arg(host);
    i.kind = kind;
    return i;
}
} // namespace

TEST_CASE("The invitations and trips models pass the model tester and flag what needs a decision",
          "[ui][invitations][trips][models]")
{
    RegisterUiFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    const qint64 alderman = f.holder(HolderRole::Alderman, QStringLiteral("Pietersen"));
    f.db.actAs(UserRole::Griffie | UserRole::Secretariat);
    const QDate today = QDate::currentDate();
    f.reg().invitations().create(invitation(councillor, InvitationKind::Dinner, today.addDays(-5), QStringLiteral("Rabobank")));
    const qint64 excursion
        = f.reg().invitations().create(invitation(alderman, InvitationKind::Excursion, today.addDays(9), QStringLiteral("Havenbedrijf")));
    Trip trip;
    trip.personId = alderman;
    trip.destination = QStringLiteral("Luik");
    trip.purpose = QStringLiteral("Overleg");
    trip.departure = today.addDays(12);
    trip.returnDate = today.addDays(13);
    trip.estimatedCosts = Money::fromCents(30000);
    trip.paidBy = TripPayer::ThirdParty;
    trip.thirdParty = QStringLiteral("Euregio");
    f.reg().trips().create(trip);
    f.db.loginAs(UserRole::Auditor);

    QUndoStack undo;
    InvitationRegister invitations(f.db.core(), undo);
    RegisterModel invitationModel(invitations);
    CheckedModel checkedInvitations(&invitationModel);
    invitationModel.sort(int(InvitationColumn::Date), Qt::DescendingOrder);
    checkedInvitations.requireClean();
    REQUIRE(invitationModel.rowCount() == 2);
    // Newest first: the excursion ahead, without decision, is flagged.
    CHECK(invitationModel.index(0, 0).data(RegisterModel::IdRole).toLongLong() == excursion);
    CHECK(invitationModel.index(0, int(InvitationColumn::Decision)).data().toString() == InvitationRegister::tr("needed"));
    CHECK(invitationModel.index(1, int(InvitationColumn::Decision)).data().toString().isEmpty());
    CHECK_FALSE(invitations.mayEdit(excursion)); // the auditor reads

    TripRegister trips(f.db.core(), undo);
    RegisterModel tripModel(trips);
    CheckedModel checkedTrips(&tripModel);
    tripModel.sort(int(TripColumn::Departure), Qt::AscendingOrder);
    checkedTrips.requireClean();
    REQUIRE(tripModel.rowCount() == 1);
    CHECK(tripModel.index(0, int(TripColumn::PaidBy)).data().toString() == QLatin1String("Euregio"));
    CHECK(tripModel.index(0, int(TripColumn::Estimated)).data().toString() == QStringLiteral("€ 300,00"));
    bool flaggedTest = false;
    for (const DetailField &field : trips.details(tripModel.index(0, 0).data(RegisterModel::IdRole).toLongLong()))
        flaggedTest = flaggedTest || (field.warning && field.label == TripRegister::tr("Conflict-of-interest test"));
    CHECK(flaggedTest);
}

TEST_CASE("A new invitation entered through the page is stored, and undo removes it", "[ui][invitations]")
{
    RegisterUiFixture f;
    const qint64 councillor = f.holder(HolderRole::Councillor, QStringLiteral("Jansen"));
    f.db.loginAs(UserRole::Griffie);
    QUndoStack undo;
    RegisterPage page(new InvitationRegister(f.db.core(), undo));
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(page.newAction()->isEnabled());

    struct Seen { bool fields = false; bool closed = false; } seen;
    whenModalDialog([&](QDialog *dialog) {
        auto *person = dialog->findChild<PersonPicker *>(QStringLiteral("person"));
        auto *host = dialog->findChild<QLineEdit *>(QStringLiteral("host"));
        auto *description = dialog->findChild<QLineEdit *>(QStringLiteral("description"));
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        seen.fields = person && host && description && buttons;
        if (!seen.fields) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(person, QStringLiteral("Jansen"));
        if (person->completer() && person->completer()->popup())
            person->completer()->popup()->hide();
        QTest::keyClicks(host, QStringLiteral("Rotary Beek"));
        QTest::keyClicks(description, QStringLiteral("Lunch"));
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        seen.closed = !dialog->isVisible();
        if (dialog->isVisible())
            dialog->reject();
    });
    page.newAction()->trigger();
    CHECK(seen.fields);
    CHECK(seen.closed);
    RegisterFilter all;
    REQUIRE(f.reg().invitations().count(all) == 1);
    const InvitationRow row = f.reg().invitations().page(all, InvitationColumn::Date, Qt::AscendingOrder, 0, 1).front();
    CHECK(row.invitation.personId == councillor);
    CHECK(row.invitation.host == QLatin1String("Rotary Beek"));
    CHECK(row.invitation.eventDate == QDate::currentDate());
    CHECK(page.model()->rowCount() == 1);
    REQUIRE(undo.count() == 1);
    undo.undo();
    CHECK(f.reg().invitations().count(all) == 0);
    undo.redo();
    CHECK(f.reg().invitations().count(all) == 1);
}
