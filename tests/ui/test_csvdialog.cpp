// File > Import… and Export…: a small file imported through the dialog, the problems listed with
// row and column, and a public export.
#include "support/samples.h"
#include "support/testdatabase.h"

#include "importexport/csvdialog.h"
#include "storage/sqlquery.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QPushButton>
#include <QTest>

using namespace integriteit;
using namespace integriteit::test;

namespace {
QPushButton *button(QWidget *root, const QString &text)
{
    for (auto *b : root->findChildren<QPushButton *>())
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

qint64 positions(TestDatabase &db)
{
    return SqlQuery::scalar(db.database().connection(), QStringLiteral("SELECT count(*) FROM side_positions")).toLongLong();
}
} // namespace

TEST_CASE("The import dialog imports a small file, and lists the problems of a bad one", "[ui][csv]")
{
    TestDatabase db;
    db.actAs(UserRole::Griffie | UserRole::Secretariat);
    const qint64 person = db.persons().createPerson(samplePerson());
    Appointment a = sampleAppointment(person, HolderRole::Councillor);
    db.persons().addAppointment(a);
    db.loginAs(UserRole::Griffie);

    const QString good = db.folder() + QStringLiteral("/goed.csv");
    const QString bad = db.folder() + QStringLiteral("/fout.csv");
    const QByteArray header = "\xEF\xBB\xBFpersoon_nr;persoon_naam;organisatie;functie;ambtshalve;bezoldigd;begindatum\r\n";
    const QByteArray id = QByteArray::number(person);
    for (const auto &[path, body] : {std::pair{good, header + id + ";J. (Jan) Jansen;Harmonie;Voorzitter;nee;nee;01-04-2024\r\n"
                                                     + id + ";;Voetbalclub;Lid;ja;nee;2024-05-01\r\n"},
                                     std::pair{bad, header + id + ";J. (Jan) Jansen;Harmonie;Voorzitter;nee;nee;01-04-2024\r\n"
                                                    + id + ";Piet;Voetbalclub;Lid;ja;nee;32-05-2024\r\n"}}) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(body);
    }

    CsvDialog dialog(db.core(), CsvDialog::Mode::Import);
    dialog.show();
    dialog.setRegister(QStringLiteral("nevenfuncties"));
    dialog.setFilePath(bad);
    QTest::mouseClick(button(&dialog, QStringLiteral("&Import")), Qt::LeftButton);
    CHECK(dialog.summary().startsWith(QStringLiteral("Nothing was imported")));
    const QStringList lines = dialog.problems().split(QLatin1Char('\n'));
    INFO(dialog.problems().toStdString());
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == QStringLiteral("Row 3, column 2 (persoon_naam): \"Piet\" is not the name of office holder %1 (J. (Jan) Jansen).").arg(person));
    CHECK(lines[1].startsWith(QStringLiteral("Row 3, column 7 (begindatum): \"32-05-2024\" is not a date")));
    CHECK(button(&dialog, QStringLiteral("&Copy list"))->isVisible());
    CHECK(positions(db) == 0);

    dialog.setFilePath(good);
    QTest::mouseClick(button(&dialog, QStringLiteral("&Import")), Qt::LeftButton);
    CHECK(dialog.summary() == QStringLiteral("2 record(s) imported into Side positions."));
    CHECK(dialog.problems().isEmpty());
    CHECK_FALSE(button(&dialog, QStringLiteral("&Copy list"))->isVisible());
    CHECK(positions(db) == 2);

    CsvDialog exporter(db.core(), CsvDialog::Mode::Export);
    exporter.show();
    exporter.setRegister(QStringLiteral("nevenfuncties"));
    const QString out = db.folder() + QStringLiteral("/openbaar.csv");
    exporter.setFilePath(out);
    exporter.findChild<QCheckBox *>(QStringLiteral("public"))->setChecked(true);
    QTest::mouseClick(button(&exporter, QStringLiteral("&Export")), Qt::LeftButton);
    CHECK(exporter.summary() == QStringLiteral("2 record(s) exported to openbaar.csv."));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBFpersoon_naam;organisatie;"));
    CHECK(bytes.contains("J. (Jan) Jansen;Voetbalclub;Lid;ja;nee;01-05-2024;"));
}
