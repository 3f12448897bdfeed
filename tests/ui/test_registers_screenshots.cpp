// Not a check but a look: with INTEGRITEIT_SCREENSHOT_DIR set, "[.screenshots]" fills a database
// with register records, opens the main window on each register area and saves PNGs there, plus
// the register dialogs. Run: INTEGRITEIT_SCREENSHOT_DIR=/tmp/shots ui_tests "[.screenshots]"
// To see a translation before it is merged: INTEGRITEIT_SCREENSHOT_QM=file.qm and/or
// INTEGRITEIT_SCREENSHOT_JSON=file.json ({"English": "Nederlands"}, any context).
#include "registerfixtures.h"

#include "registers/common/registerkind.h"
#include "registers/common/registerpage.h"
#include "registers/gifts/giftdialog.h"
#include "registers/gifts/giftthresholdsdialog.h"
#include "registers/interests/financialinterestdialog.h"
#include "registers/sidepositions/sideincomedialog.h"
#include "registers/sidepositions/sidepositiondialog.h"
#include "shell/mainwindow.h"
#include "shell/recentfiles.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>
#include <QListWidget>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
// Translates by source text alone, whatever the context: enough to look at a draft translation.
class JsonTranslator : public QTranslator
{
public:
    explicit JsonTranslator(const QString &path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_texts = QJsonDocument::fromJson(file.readAll()).object().toVariantMap();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return m_texts.value(QString::fromUtf8(source)).toString();
    }

private:
    QVariantMap m_texts;
};

void fillForLooks(TestDatabase &test, const RegisterPeople &people)
{
    auto &positions = test.core().registers().sidePositions();
    SidePosition a = sampleSidePosition(people.councillor, QStringLiteral("Stichting Welzijn Beek"), true);
    a.description = QStringLiteral("Voorzitter raad van toezicht");
    const qint64 paid = positions.create(a);
    SideIncome income;
    income.positionId = paid;
    income.year = 2024;
    income.amount = Money::fromCents(345000);
    test.core().registers().sideIncome().create(income);
    positions.create(sampleSidePosition(people.councillor, QStringLiteral("Voetbalvereniging SV Beek")));
    SidePosition qq = sampleSidePosition(people.councillor, QStringLiteral("Veiligheidsregio Zuid-Limburg"));
    qq.exOfficio = true;
    qq.description = QStringLiteral("Lid algemeen bestuur");
    positions.create(qq);
    SidePosition flagged = sampleSidePosition(people.alderman, QStringLiteral("Woningcorporatie Maasland"), true);
    flagged.description = QStringLiteral("Lid raad van commissarissen");
    const qint64 flaggedId = positions.create(flagged);
    SideIncome aldermanIncome;
    aldermanIncome.positionId = flaggedId;
    aldermanIncome.year = 2024;
    aldermanIncome.amount = Money::fromCents(1200000);
    test.core().registers().sideIncome().create(aldermanIncome);
    SidePosition ended = sampleSidePosition(people.former, QStringLiteral("Harmonie St. Cecilia"));
    ended.start = QDate(2015, 1, 1);
    ended.end = QDate(2017, 12, 31);
    ended.reported = QDate(2015, 1, 2);
    positions.create(ended);

    auto &interests = test.core().registers().financialInterests();
    FinancialInterest shares;
    shares.personId = people.councillor;
    shares.organisation = QStringLiteral("Bouwbedrijf Janssen BV");
    shares.kind = InterestKind::Shares;
    shares.description = QStringLiteral("500 aandelen");
    shares.acquired = QDate(2021, 4, 1);
    shares.reported = QDate(2021, 4, 10);
    interests.create(shares);
    FinancialInterest bonds = shares;
    bonds.personId = people.alderman;
    bonds.organisation = QStringLiteral("Energiecoöperatie Beek");
    bonds.kind = InterestKind::Bonds;
    bonds.description.clear();
    bonds.reported = QDate();
    interests.create(bonds);

    auto &gifts = test.core().registers().gifts();
    Gift wine;
    wine.personId = people.councillor;
    wine.received = QDate(2025, 12, 18);
    wine.giver = QStringLiteral("Woonstichting Beek");
    wine.description = QStringLiteral("Kerstpakket");
    wine.value = Money::fromCents(7500);
    wine.reported = QDate(2025, 12, 19);
    gifts.create(wine);
    Gift book = wine;
    book.giver = QStringLiteral("Heemkundevereniging");
    book.description = QStringLiteral("Boek over de geschiedenis van Beek");
    book.value = Money::fromCents(3500);
    gifts.create(book);
    Gift decided = wine;
    decided.personId = people.alderman;
    decided.giver = QStringLiteral("Provincie Limburg");
    decided.description = QStringLiteral("Kunstwerk");
    decided.value = Money::fromCents(25000);
    decided.destination = GiftDestination::Municipality;
    decided.decidedBy = DecisionBody::Secretary;
    decided.decisionDate = QDate(2026, 1, 8);
    gifts.create(decided);
}
} // namespace

TEST_CASE("Screenshots of the register areas", "[.screenshots]")
{
    const QString dir = qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    TestDatabase test;
    const RegisterPeople people = addRegisterPeople(test);
    fillForLooks(test, people);
    test.loginAs(UserRole::Griffie);

    QTranslator qm;
    JsonTranslator json(qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_JSON"));
    if (qm.load(qEnvironmentVariable("INTEGRITEIT_SCREENSHOT_QM")))
        QCoreApplication::installTranslator(&qm);
    if (!json.isEmpty())
        QCoreApplication::installTranslator(&json);
    QSettings().clear(); // the look of a first start, not of the last test run
    RecentFiles recent;
    MainWindow window(test.core(), recent);
    window.resize(1366, 768);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    for (const QString &entity : { QStringLiteral("side_position"), QStringLiteral("financial_interest"),
                                   QStringLiteral("gift") }) {
        RegisterPage *page = window.registerPage(entity);
        if (!page)
            continue;
        navigation->setCurrentRow(navigation->row(navigation->findItems(page->kind().title(), Qt::MatchExactly).value(0)));
        page->view()->selectRow(0);
        QTest::qWait(50);
        window.grab().save(QDir(dir).filePath(entity + QStringLiteral(".png")));
    }

    const auto shoot = [&dir](QWidget &dialog, const QString &name) {
        dialog.show();
        QTest::qWait(50);
        dialog.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    };
    SidePosition draft;
    draft.start = QDate::currentDate();
    SidePositionDialog positionDialog(test.core(), draft, &window);
    shoot(positionDialog, QStringLiteral("sidepositiondialog"));
    Gift gift = test.core().registers().gifts().gift(1);
    GiftDialog giftDialog(test.core(), gift, &window);
    shoot(giftDialog, QStringLiteral("giftdialog"));
    FinancialInterestDialog interestDialog(test.core(), FinancialInterest(), &window);
    shoot(interestDialog, QStringLiteral("interestdialog"));
    GiftThresholdsDialog thresholds(test.core().registers().giftThresholds(), *window.undoStack(), &window);
    shoot(thresholds, QStringLiteral("thresholds"));
    SideIncome income;
    income.positionId = 1;
    SideIncomeDialog incomeDialog(test.core(), test.core().registers().sidePositions().position(1), income, &window);
    shoot(incomeDialog, QStringLiteral("incomedialog"));
}
