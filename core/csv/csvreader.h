#pragma once
// Reads the CSV files people make with Excel or LibreOffice: UTF-8 with or without BOM, `;` (Dutch
// Excel) or `,` separated as the header line shows, RFC 4180 quoting with doubled quotes and
// separators or line breaks inside quotes, CRLF or LF. Row numbers are those the user sees in the
// spreadsheet: row 1 is the header, so the first record is row 2.

#include <QByteArray>
#include <QChar>
#include <QStringList>
#include <vector>

namespace integriteit {

struct CsvRow
{
    int number = 0; // as the spreadsheet shows it (header = 1)
    QStringList cells;
};

struct CsvTable
{
    QChar separator = QLatin1Char(';');
    QStringList header;
    std::vector<CsvRow> rows; // blank lines are counted in the numbers but not returned
};

class CsvReader
{
public:
    // Throws Error(File) naming row and column when the text is not UTF-8 or a quote is not
    // closed or followed by garbage. Cells are returned as written; see csv::unescapeCell for the
    // formula guard.
    static CsvTable parse(const QByteArray &bytes);
    // `;` when the header line has a `;` outside quotes, else `,` when it has a `,`, else `;`.
    static QChar detectSeparator(QStringView text);
};

} // namespace integriteit
