#pragma once
// Turns the rows of a CSV table into record values by a register's columns: the header decides
// which cell is which column (any order, unknown and doubled columns refused), each cell is read
// in its column's form, and every problem names row and column as the spreadsheet shows them.
// No database: the importer checks persons and writes; the fuzz target runs this alone.

#include "csv/csvreader.h"
#include "csv/csvregister.h"

#include <vector>

namespace integriteit {

struct CsvProblem
{
    int row = 0;        // 1 = header; 0 = the file as a whole
    int column = 0;     // 1-based; 0 = the row as a whole
    QString columnName;
    QString message;    // translated

    // "Row 7341, column 6 (begindatum): ..." (translated).
    QString text() const;
};

struct CsvParsedRow
{
    QVariantMap values;   // by CsvColumn::key, in record form (dates ISO, amounts in cents)
    std::vector<CsvProblem> problems;
    QString typedName;    // the persoon_naam cell, to check against persoon_nr
    int nameColumn = 0;
};

class CsvRowParser
{
public:
    CsvRowParser(QList<CsvColumn> columns, const QStringList &header, const QString &registerName);

    const std::vector<CsvProblem> &headerProblems() const { return m_headerProblems; }
    CsvParsedRow parse(const CsvRow &row) const;
    // The file column (1-based) of a validator field, 0 when the file has none.
    int fileColumnOf(const QString &field) const;
    QString columnName(int fileColumn) const;

    // One cell in its column's form; sets *problem when it is not.
    static QVariant parseCell(const CsvColumn &column, const QString &text, QString *problem);

private:
    QList<CsvColumn> m_columns;
    qsizetype m_width = 0;
    std::vector<int> m_columnAt; // file column -> index in m_columns, -1 for none
    std::vector<CsvProblem> m_headerProblems;
};

} // namespace integriteit
