#include "csvexporter.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "csv/csvvalues.h"
#include "csv/csvwriter.h"
#include "csv/personnames.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvExporter) };

QString formatCell(const CsvColumn &column, const QVariant &value)
{
    switch (column.type) {
    case CsvType::Date:
        return csv::formatDate(dutch::fromIso(value.toString()));
    case CsvType::Bool:
        return csv::formatBool(value.toBool());
    case CsvType::Money:
        return csv::formatAmount(Money::fromCents(value.toLongLong()));
    case CsvType::OptionalMoney:
        return value.isNull() ? QString() : csv::formatAmount(Money::fromCents(value.toLongLong()));
    case CsvType::Integer:
    case CsvType::Text:
    case CsvType::Code:
        return value.isNull() ? QString() : value.toString();
    }
    return {};
}
} // namespace

QList<CsvColumn> CsvExporter::columnsFor(const CsvRegister &target, const CsvExportOptions &options)
{
    if (target.requiresYear() && options.year <= 0)
        throw Error::validation(QStringLiteral("year"), Tr::tr("Year: the %1 are exported per year; choose the year.").arg(target.name()));
    if (!options.publicOnly)
        return target.columns();
    if (!target.hasPublicForm())
        throw Error::validation(QStringLiteral("public"),
                                Tr::tr("The %1 register has no public form; the public costs of the college are in "
                                       "the declaraties export.").arg(target.name()));
    QList<CsvColumn> result;
    for (const CsvColumn &c : target.columns())
        if (c.isPublic)
            result.append(c);
    return result;
}

QStringList CsvExporter::cells(const QList<CsvColumn> &columns, const QVariantMap &values)
{
    QStringList out;
    out.reserve(columns.size());
    for (const CsvColumn &c : columns)
        out << formatCell(c, values.value(c.key));
    return out;
}

int CsvExporter::run(Database &database, CsvRegister &target, const CsvExportOptions &options, QIODevice &device,
                     const Progress &progress, bool *cancelled)
{
    const QList<CsvColumn> columns = columnsFor(target, options);
    const bool needsNames = std::any_of(columns.begin(), columns.end(),
                                        [](const CsvColumn &c) { return c.key == QLatin1String("person_name"); });
    PersonNames names(database.connection());
    CsvWriter writer(device);
    QStringList header;
    for (const CsvColumn &c : columns)
        header << c.name;
    writer.writeRow(header);
    const int total = progress ? target.exportCount(options) : 0;
    int done = 0;
    bool stop = false;
    target.exportRecords(options, [&](const QVariantMap &record) {
        if (stop)
            return;
        QVariantMap values = record;
        if (needsNames && !values.contains(QStringLiteral("person_name")))
            values.insert(QStringLiteral("person_name"), names.name(values.value(QStringLiteral("person_id")).toLongLong()).value_or(QString()));
        writer.writeRow(cells(columns, values));
        ++done;
        if (progress && done % 250 == 0 && !progress(done, total))
            stop = true;
    });
    if (progress && !stop)
        progress(done, total);
    if (cancelled)
        *cancelled = stop;
    return done;
}

} // namespace integriteit
