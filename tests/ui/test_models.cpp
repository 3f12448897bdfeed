// The item models under QAbstractItemModelTester (architecture rule 7): paging, sorting, filtering
// and the reaction to changes made through the services.
#include "modeltester.h"
#include "support/samples.h"
#include "support/testdatabase.h"

#include "common/dutchformat.h"
#include "persons/personsmodel.h"
#include "storage/unitofwork.h"
#include "users/usersmodel.h"

#include <catch2/catch.hpp>

#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
constexpr int kPersons = 460; // more than two pages of 200

// "Aa", "Ab", ...: distinct ASCII last names, so the expected order is plain to compute.
QString letters(int n)
{
    QString text;
    text += QChar(u'A' + (n / 26) % 26);
    text += QChar(u'a' + n % 26);
    return text;
}

// Fills the register in one transaction (a unit of work joins the services' own ones).
void fill(TestDatabase &test)
{
    test.actAs(UserRole::Griffie | UserRole::Secretariat);
    UnitOfWork work(test.database(), test.session().actor());
    for (int i = 0; i < kPersons; ++i) {
        Person p = samplePerson(QStringLiteral("Naam") + letters(i));
        p.email.clear(); // the sample's address would match every search
        if (i % 5 == 0)
            p.lastName = QStringLiteral("Jansen") + letters(i);
        const qint64 id = test.persons().createPerson(p);
        if (i % 3 == 0) {
            Appointment a = sampleAppointment(id, HolderRole::Councillor, QDate(2014 + i % 9, 3, 27));
            a.faction = i % 2 ? QStringLiteral("CDA") : QStringLiteral("VVD");
            if (i % 4 == 0)
                a.end = a.start.addYears(4).addDays(-1);
            test.persons().addAppointment(a);
        } else if (i % 7 == 0) {
            test.persons().addAppointment(sampleAppointment(id, HolderRole::CommitteeMember, QDate(2018, 4, 1 + i % 28)));
        }
    }
    work.commit();
}

void fetchAll(PersonsModel &model, const CheckedModel &checked)
{
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        checked.requireClean();
        REQUIRE(model.rowCount() > before);
    }
}

std::vector<qint64> modelIds(const PersonsModel &model)
{
    std::vector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.push_back(model.index(row, 0).data(PersonsModel::IdRole).toLongLong());
    return ids;
}
} // namespace

TEST_CASE("The persons model pages through hundreds of persons", "[ui][models]")
{
    TestDatabase test;
    fill(test);
    test.loginAs(UserRole::Auditor); // reading is enough
    PersonsModel model(test.persons());
    CheckedModel checked(&model);
    QSignalSpy counts(&model, &PersonsModel::countChanged);
    model.setFilter(PersonFilter());
    checked.requireClean();

    CHECK(model.columnCount() == int(PersonColumn::Count));
    CHECK(model.totalCount() == kPersons);
    CHECK(model.rowCount() == PersonsModel::PageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    checked.requireClean();
    CHECK(model.rowCount() == 2 * PersonsModel::PageSize);
    fetchAll(model, checked);
    CHECK(model.rowCount() == kPersons);
    CHECK_FALSE(model.canFetchMore({}));
    REQUIRE_FALSE(counts.isEmpty());
    CHECK(counts.last().at(0).toInt() == kPersons);
    CHECK(counts.last().at(1).toInt() == kPersons);

    // Every person once, in name order.
    const std::vector<qint64> ids = modelIds(model);
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == kPersons);
    QString previous;
    for (qint64 id : ids) {
        const QString current = test.persons().person(id).sortName();
        INFO(previous.toStdString() << " / " << current.toStdString());
        REQUIRE(QString::compare(previous, current, Qt::CaseInsensitive) <= 0);
        previous = current;
    }
    CHECK(model.idAt(0) == ids.front());
    CHECK(model.idAt(-1) == 0);
    CHECK(model.idAt(kPersons) == 0);
    for (int column = 0; column < model.columnCount(); ++column)
        CHECK_FALSE(model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

TEST_CASE("The persons model counts a full first page once the view has painted it", "[ui][models]")
{
    TestDatabase test;
    fill(test);
    test.loginAs(UserRole::Auditor);
    PersonsModel model(test.persons());
    CheckedModel checked(&model);
    QTableView view;
    view.resize(600, 400);
    view.setModel(&model);
    model.countAfterPaint(&view);
    QSignalSpy counts(&model, &PersonsModel::countChanged);

    // A full first page: shown at once, counted later, and announced only when known.
    model.setFilter(PersonFilter());
    checked.requireClean();
    CHECK(model.rowCount() == PersonsModel::PageSize);
    CHECK(model.countPending());
    CHECK(model.canFetchMore({}));
    CHECK(counts.isEmpty());
    view.show();
    for (int i = 0; i < 500 && counts.isEmpty(); ++i)
        QTest::qWait(10);
    REQUIRE(counts.size() == 1);
    CHECK(counts.last().at(0).toInt() == PersonsModel::PageSize);
    CHECK(counts.last().at(1).toInt() == kPersons);
    CHECK_FALSE(model.countPending());

    // Fewer rows than a page: the count is the page, announced with it.
    counts.clear();
    PersonFilter some;
    some.text = QStringLiteral("jansen");
    model.setFilter(some);
    CHECK_FALSE(model.countPending());
    REQUIRE(counts.size() == 1);
    CHECK(counts.last().at(1).toInt() == kPersons / 5);

    // Asked for before the view painted, the count runs then.
    counts.clear();
    view.hide();
    model.setFilter(PersonFilter());
    CHECK(model.countPending());
    CHECK(model.totalCount() == kPersons);
    CHECK_FALSE(model.countPending());
    REQUIRE(counts.size() == 1);
    CHECK(counts.last().at(1).toInt() == kPersons);
}

TEST_CASE("The persons model sorts every column both ways in SQL", "[ui][models]")
{
    const int column = GENERATE(range(0, int(PersonColumn::Count)));
    const Qt::SortOrder order = GENERATE(Qt::AscendingOrder, Qt::DescendingOrder);
    INFO("column " << column << (order == Qt::AscendingOrder ? " ascending" : " descending"));
    TestDatabase test;
    fill(test);
    test.loginAs(UserRole::Griffie);
    PersonsModel model(test.persons());
    CheckedModel checked(&model);
    model.setFilter(PersonFilter());
    fetchAll(model, checked); // sorting starts again from the first page
    model.sort(column, order);
    checked.requireClean();
    CHECK(model.sortColumn() == PersonColumn(column));
    CHECK(model.sortOrder() == order);
    CHECK(model.rowCount() == PersonsModel::PageSize);
    fetchAll(model, checked);
    REQUIRE(model.rowCount() == kPersons);

    // The rows come in the order of the column's own values (display text for text columns,
    // dates compared as dates), with no row lost or doubled.
    const std::vector<qint64> ids = modelIds(model);
    CHECK(QSet<qint64>(ids.begin(), ids.end()).size() == kPersons);
    const auto key = [&](int row) -> QString {
        const QString text = model.index(row, column).data().toString();
        switch (PersonColumn(column)) {
        case PersonColumn::Name: return test.persons().person(model.idAt(row)).sortName().toLower();
        case PersonColumn::Start: return text.isEmpty() ? QString() : dutch::isoDate(*dutch::parseDate(text));
        case PersonColumn::End: return text.isEmpty() ? QStringLiteral("9999-12-31") : dutch::isoDate(*dutch::parseDate(text));
        default: return QString();
        }
    };
    if (column == int(PersonColumn::Name) || column == int(PersonColumn::Start) || column == int(PersonColumn::End)) {
        for (int row = 1; row < kPersons; ++row) {
            const QString a = key(row - 1);
            const QString b = key(row);
            INFO("row " << row << ": " << a.toStdString() << " / " << b.toStdString());
            if (column == int(PersonColumn::Start) && (a.isEmpty() || b.isEmpty()))
                continue; // persons without appointments have no start; SQLite puts NULL first
            REQUIRE((order == Qt::AscendingOrder ? a <= b : a >= b));
        }
    }
    // Out-of-range columns fall back to the name.
    model.sort(-1);
    checked.requireClean();
    CHECK(model.sortColumn() == PersonColumn::Name);
}

TEST_CASE("The persons model filters in SQL and follows the service's changes", "[ui][models]")
{
    TestDatabase test;
    fill(test);
    test.loginAs(UserRole::Griffie);
    PersonsModel model(test.persons());
    CheckedModel checked(&model);
    QSignalSpy errors(&model, &PersonsModel::errorOccurred);

    PersonFilter jansen;
    jansen.text = QStringLiteral("JANSEN");
    model.setFilter(jansen);
    checked.requireClean();
    CHECK(model.totalCount() == kPersons / 5);
    CHECK(model.rowCount() == kPersons / 5);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(model.index(row, int(PersonColumn::Name)).data().toString().contains(QLatin1String("Jansen")));

    PersonFilter councillors;
    councillors.role = HolderRole::Councillor;
    councillors.faction = QStringLiteral("CDA");
    model.setFilter(councillors);
    checked.requireClean();
    CHECK(model.totalCount() == test.persons().count(councillors));
    CHECK(model.totalCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        REQUIRE(model.index(row, int(PersonColumn::Faction)).data().toString() == QLatin1String("CDA"));

    PersonFilter active;
    active.status = PersonFilter::Status::Active;
    model.setFilter(active);
    checked.requireClean();
    CHECK(model.totalCount() == test.persons().count(active));
    CHECK(model.totalCount() < kPersons);

    PersonFilter nobody;
    nobody.text = QStringLiteral("zzzz niemand");
    model.setFilter(nobody);
    checked.requireClean();
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.canFetchMore({}));

    // Changes through the service re-query; loaded pages stay loaded, so the view keeps its place.
    model.setFilter(PersonFilter());
    fetchAll(model, checked);
    const qint64 added = test.persons().createPerson(samplePerson(QStringLiteral("Aaaaberg")));
    checked.requireClean();
    CHECK(model.totalCount() == kPersons + 1);
    CHECK(model.rowCount() == kPersons); // as many rows as were loaded, the new one among them
    CHECK(model.rowOf(added) == 0);
    Person renamed = test.persons().person(added);
    renamed.lastName = QStringLiteral("Zzzberg");
    test.persons().updatePerson(renamed);
    checked.requireClean();
    CHECK_FALSE(model.rowOf(added).has_value()); // moved to the end, beyond the loaded rows
    CHECK(model.rowOf(added, 1) == kPersons);
    checked.requireClean();
    test.persons().removePerson(added);
    checked.requireClean();
    CHECK(model.rowCount() == kPersons);
    CHECK_FALSE(model.rowOf(added).has_value());
    CHECK(errors.isEmpty());

    // A user who is logged out gets an empty list and a message, not a crash.
    test.logout();
    model.reload();
    checked.requireClean();
    CHECK(model.rowCount() == 0);
    CHECK(errors.size() == 1);
}

TEST_CASE("The persons model finds a person on a later page", "[ui][models]")
{
    TestDatabase test;
    fill(test);
    test.loginAs(UserRole::Griffie);
    PersonsModel model(test.persons());
    CheckedModel checked(&model);
    model.setFilter(PersonFilter());
    const auto last = test.persons().page(PersonFilter(), PersonColumn::Name, Qt::AscendingOrder, kPersons - 1, 1);
    REQUIRE(last.size() == 1);
    CHECK_FALSE(model.rowOf(last.front().id).has_value());
    CHECK_FALSE(model.rowOf(last.front().id, 1).has_value());
    CHECK(model.rowOf(last.front().id, 2) == kPersons - 1);
    checked.requireClean();
}

TEST_CASE("The users model lists the accounts and follows their changes", "[ui][models]")
{
    TestDatabase test;
    test.loginAs(UserRole::Administrator);
    UsersModel model(test.users());
    CheckedModel checked(&model);
    QSignalSpy failures(&model, &UsersModel::loadFailed);
    CHECK(model.rowCount() == 5);
    CHECK(model.columnCount() == int(UsersModel::Column::Count));
    const User griffier = test.account(UserRole::Griffie);
    const int row = model.rowOf(griffier.id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, 0).data(UsersModel::IdRole).toLongLong() == griffier.id);
    CHECK(model.index(row, int(UsersModel::Column::UserName)).data().toString() == griffier.userName);
    CHECK(model.user(row).roles == griffier.roles);
    CHECK(model.rowOf(9999) == -1);

    const qint64 id = test.users().createUser({0, QStringLiteral("nieuw"), QStringLiteral("Nieuwe Medewerker"), UserRole::Auditor, true},
                                              kPassword);
    checked.requireClean();
    CHECK(model.rowCount() == 6);
    User changed = test.users().user(id);
    changed.active = false;
    test.users().updateUser(changed);
    checked.requireClean();
    CHECK(model.user(model.rowOf(id)).active == false);
    CHECK(model.index(model.rowOf(id), int(UsersModel::Column::Active)).data().toString()
          != model.index(row, int(UsersModel::Column::Active)).data().toString());
    CHECK(failures.isEmpty());

    // Without the administrator role the list stays empty and says why.
    test.loginAs(UserRole::Griffie);
    model.refresh();
    checked.requireClean();
    CHECK(model.rowCount() == 0);
    CHECK(failures.size() == 1);
}
