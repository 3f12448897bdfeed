#include "csvimporter.h"

#include "auth/session.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "csv/csvreader.h"
#include "csv/csvvalues.h"
#include "csv/csvwriter.h"
#include "csv/personnames.h"
#include "storage/database.h"
#include "storage/unitofwork.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvImporter) };

constexpr int kProgressStep = 250;

// Turns one cell into the record's value; sets *problem when the cell is not of its form.
QVariant parseCell(const CsvColumn &column, const QString &text, QString *problem)
{
    if (text.isEmpty()) {
        if (column.required)
            *problem = Tr::tr("this column must be filled in.");
        switch (column.type) {
        case CsvType::Bool: return false;
        case CsvType::Money: return qint64(0);
        case CsvType::Integer: return qint64(0);
        case CsvType::Text: return QString();
        default: return QVariant(); // NULL: no date, no amount, no choice
        }
    }
    switch (column.type) {
    case CsvType::Text:
        return text;
    case CsvType::Date:
        if (const auto d = csv::parseDate(text))
            return dutch::isoDate(*d);
        *problem = Tr::tr("\"%1\" is not a date; write dd-mm-yyyy (31-12-2026) or yyyy-mm-dd (2026-12-31).").arg(text);
        return {};
    case CsvType::Bool:
        if (const auto b = csv::parseBool(text))
            return *b;
        *problem = Tr::tr("\"%1\" is not ja or nee.").arg(text);
        return {};
    case CsvType::Money:
    case CsvType::OptionalMoney:
        if (const auto m = csv::parseAmount(text))
            return qint64(m->cents());
        *problem = Tr::tr("\"%1\" is not an amount; write e.g. 1.234,56 or 1234.56 (at most two decimals).").arg(text);
        return {};
    case CsvType::Integer: {
        bool ok = false;
        const qint64 value = text.toLongLong(&ok);
        if (ok && value >= 0)
            return value;
        *problem = Tr::tr("\"%1\" is not a whole number.").arg(text);
        return {};
    }
    case CsvType::Code:
        if (column.codes.contains(text.toLower()))
            return text.toLower();
        *problem = Tr::tr("\"%1\" is not one of: %2.").arg(text, column.codes.join(QStringLiteral(", ")));
        return {};
    }
    return {};
}
} // namespace

QString CsvProblem::text() const
{
    if (row == 0)
        return message;
    if (column == 0)
        return Tr::tr("Row %1: %2").arg(row).arg(message);
    return Tr::tr("Row %1, column %2 (%3): %4").arg(row).arg(column).arg(columnName, message);
}

CsvImporter::CsvImporter(Database &database, const Session &session, CsvRegister &target)
    : m_database(database)
    , m_session(session)
    , m_register(target)
{
}

CsvImportResult CsvImporter::run(const QByteArray &bytes, const Progress &progress)
{
    m_session.requireLogin();
    if (!m_register.canImport())
        throw Error(Error::Kind::Validation, Tr::tr("The register %1 cannot be imported, only exported.").arg(m_register.name()));

    CsvImportResult result;
    CsvTable table;
    try {
        table = CsvReader::parse(bytes);
    } catch (const Error &e) {
        result.problems.push_back({0, 0, {}, e.userMessage()});
        return result;
    }
    result.rows = int(table.rows.size());

    // The header decides which cell is which column; the order is free.
    const QList<CsvColumn> columns = m_register.columns();
    std::vector<int> columnAt(table.header.size(), -1); // file column -> index in `columns`
    std::vector<bool> present(columns.size(), false);
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        const QString name = table.header.at(i).trimmed().toLower();
        int found = -1;
        for (int c = 0; c < columns.size(); ++c)
            if (columns.at(c).name == name)
                found = c;
        if (found < 0) {
            QStringList names;
            for (const CsvColumn &c : columns)
                names << c.name;
            result.problems.push_back({1, int(i) + 1, table.header.at(i),
                                       Tr::tr("unknown column; the columns of %1 are: %2.")
                                           .arg(m_register.name(), names.join(QStringLiteral(", ")))});
        } else if (present[found]) {
            result.problems.push_back({1, int(i) + 1, name, Tr::tr("this column appears twice.")});
        } else {
            present[found] = true;
            columnAt[i] = found;
        }
    }
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).required && !columns.at(c).exportOnly && !present[c])
            result.problems.push_back({1, 0, {}, Tr::tr("the column %1 is missing.").arg(columns.at(c).name)});
    if (!result.problems.empty())
        return result;

    auto fileColumnOf = [&](const QString &field) {
        for (qsizetype i = 0; i < table.header.size(); ++i)
            if (columnAt[i] >= 0 && !field.isEmpty() && columns.at(columnAt[i]).field == field)
                return int(i) + 1;
        return 0;
    };
    // A service's error names its field; the problem names the file column of that field.
    auto problemFor = [&](int rowNumber, const Error &e) {
        const int column = fileColumnOf(e.field());
        return CsvProblem{rowNumber, column, column > 0 ? columns.at(columnAt[column - 1]).name : QString(), e.userMessage()};
    };
    auto full = [&]() { return int(result.problems.size()) >= kMaxProblems; };

    PersonNames names(m_database.connection());
    UnitOfWork work(m_database, m_session.actor());
    int done = 0;
    for (const CsvRow &row : table.rows) {
        if (full())
            break;
        if (row.cells.size() != table.header.size()) {
            result.problems.push_back({row.number, 0, {},
                                       Tr::tr("this row has %1 cells, the header has %2.").arg(row.cells.size()).arg(table.header.size())});
        } else {
            QVariantMap values;
            bool rowOk = true;
            int nameColumn = 0;
            QString typedName;
            for (qsizetype i = 0; i < row.cells.size(); ++i) {
                if (columnAt[i] < 0)
                    continue;
                const CsvColumn &column = columns.at(columnAt[i]);
                const QString text = csv::unescapeCell(row.cells.at(i)).trimmed();
                if (column.key == QLatin1String("person_name")) {
                    nameColumn = int(i) + 1;
                    typedName = text;
                    continue;
                }
                if (column.exportOnly)
                    continue;
                QString problem;
                const QVariant value = parseCell(column, text, &problem);
                if (!problem.isEmpty()) {
                    rowOk = false;
                    result.problems.push_back({row.number, int(i) + 1, column.name, problem});
                    if (full())
                        break;
                }
                values.insert(column.key, value);
            }
            // The person is named by number only; a name next to it must be that person's name.
            const qint64 personId = values.value(QStringLiteral("person_id")).toLongLong();
            if (personId > 0 && !typedName.isEmpty()) {
                const auto name = names.name(personId);
                if (!name) {
                    rowOk = false;
                    result.problems.push_back({row.number, fileColumnOf(QStringLiteral("person")), QStringLiteral("persoon_nr"),
                                               Tr::tr("there is no office holder with number %1.").arg(personId)});
                } else if (!PersonNames::sameName(typedName, *name)) {
                    rowOk = false;
                    result.problems.push_back({row.number, nameColumn, QStringLiteral("persoon_naam"),
                                               Tr::tr("\"%1\" is not the name of office holder %2 (%3).")
                                                   .arg(typedName).arg(personId).arg(*name)});
                }
            }
            if (rowOk) {
                try {
                    m_register.setRow(row.number);
                    m_register.importRecord(values);
                } catch (const Error &e) {
                    result.problems.push_back(problemFor(row.number, e));
                }
            }
        }
        ++done;
        if (progress && (done % kProgressStep == 0 || done == result.rows) && !progress(done, result.rows)) {
            result.cancelled = true;
            return result; // `work` rolls back
        }
    }
    result.truncated = full();
    if (!result.truncated)
        m_register.finishImport([&](int rowNumber, const Error &e) {
            if (!full())
                result.problems.push_back(problemFor(rowNumber, e));
        });
    if (!result.problems.empty()) {
        // In file order, as the user corrects them (a row's name check comes after its cells).
        std::stable_sort(result.problems.begin(), result.problems.end(), [](const CsvProblem &a, const CsvProblem &b) {
            return a.row != b.row ? a.row < b.row : a.column < b.column;
        });
        return result; // `work` rolls back: nothing of the file is saved
    }
    work.commit();
    result.imported = done;
    return result;
}

} // namespace integriteit
