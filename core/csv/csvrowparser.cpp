#include "csvrowparser.h"

#include "common/dutchformat.h"
#include "csv/csvvalues.h"
#include "csv/csvwriter.h"

#include <QCoreApplication>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvImporter) };
} // namespace

QString CsvProblem::text() const
{
    if (row == 0)
        return message;
    if (column == 0)
        return Tr::tr("Row %1: %2").arg(row).arg(message);
    return Tr::tr("Row %1, column %2 (%3): %4").arg(row).arg(column).arg(columnName, message);
}

CsvRowParser::CsvRowParser(QList<CsvColumn> columns, const QStringList &header, const QString &registerName)
    : m_columns(std::move(columns))
    , m_width(header.size())
    , m_columnAt(header.size(), -1)
{
    std::vector<bool> present(m_columns.size(), false);
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed().toLower();
        int found = -1;
        for (int c = 0; c < m_columns.size(); ++c)
            if (m_columns.at(c).name == name)
                found = c;
        if (found < 0) {
            QStringList names;
            for (const CsvColumn &c : m_columns)
                names << c.name;
            m_headerProblems.push_back({1, int(i) + 1, header.at(i),
                                        Tr::tr("unknown column; the columns of %1 are: %2.")
                                            .arg(registerName, names.join(QStringLiteral(", ")))});
        } else if (present[found]) {
            m_headerProblems.push_back({1, int(i) + 1, name, Tr::tr("this column appears twice.")});
        } else {
            present[found] = true;
            m_columnAt[i] = found;
        }
    }
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).required && !m_columns.at(c).exportOnly && !present[c])
            m_headerProblems.push_back({1, 0, {}, Tr::tr("the column %1 is missing.").arg(m_columns.at(c).name)});
}

int CsvRowParser::fileColumnOf(const QString &field) const
{
    if (field.isEmpty())
        return 0;
    for (std::size_t i = 0; i < m_columnAt.size(); ++i)
        if (m_columnAt[i] >= 0 && m_columns.at(m_columnAt[i]).field == field)
            return int(i) + 1;
    return 0;
}

QString CsvRowParser::columnName(int fileColumn) const
{
    if (fileColumn < 1 || fileColumn > int(m_columnAt.size()) || m_columnAt[fileColumn - 1] < 0)
        return {};
    return m_columns.at(m_columnAt[fileColumn - 1]).name;
}

CsvParsedRow CsvRowParser::parse(const CsvRow &row) const
{
    CsvParsedRow out;
    if (row.cells.size() != m_width) {
        out.problems.push_back({row.number, 0, {},
                                Tr::tr("this row has %1 cells, the header has %2.").arg(row.cells.size()).arg(m_width)});
        return out;
    }
    for (qsizetype i = 0; i < row.cells.size(); ++i) {
        if (m_columnAt[i] < 0)
            continue;
        const CsvColumn &column = m_columns.at(m_columnAt[i]);
        const QString text = csv::unescapeCell(row.cells.at(i)).trimmed();
        if (column.key == QLatin1String("person_name")) {
            out.nameColumn = int(i) + 1;
            out.typedName = text;
            continue;
        }
        if (column.exportOnly)
            continue;
        QString problem;
        const QVariant value = parseCell(column, text, &problem);
        if (!problem.isEmpty())
            out.problems.push_back({row.number, int(i) + 1, column.name, problem});
        out.values.insert(column.key, value);
    }
    return out;
}

QVariant CsvRowParser::parseCell(const CsvColumn &column, const QString &text, QString *problem)
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

} // namespace integriteit
