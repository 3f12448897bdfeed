#pragma once
// A register test database with CSV import and export in memory, as the CLI and the window do it.

#include "../registers/registerfixture.h"

#include "csv/csvexporter.h"
#include "csv/csvimporter.h"

#include <QBuffer>

namespace integriteit::test {

struct CsvFixture : RegisterFixture
{
    CsvImportResult import(const QString &registerName, const QByteArray &bytes, const CsvImporter::Progress &progress = {},
                           bool rowByRow = false)
    {
        auto target = createCsvRegister(registerName, db.core());
        REQUIRE(target);
        CsvImporter importer(db.database(), db.session(), *target);
        importer.setRowByRow(rowByRow);
        return importer.run(bytes, progress);
    }

    QByteArray exportFile(const QString &registerName, CsvExportOptions options = {})
    {
        auto target = createCsvRegister(registerName, db.core());
        REQUIRE(target);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter::run(db.database(), *target, options, buffer);
        return buffer.data();
    }

    qint64 count(const QString &sql)
    {
        SqlQuery q(db.database().connection(), sql);
        q.exec();
        return q.next() ? q.value(0).toLongLong() : -1;
    }
};

inline QString allProblems(const CsvImportResult &result)
{
    QStringList lines;
    for (const CsvProblem &p : result.problems)
        lines << p.text();
    return lines.join(QLatin1Char('\n'));
}

} // namespace integriteit::test

namespace Catch {
// Failed checks on texts show the texts.
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch
