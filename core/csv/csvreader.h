#pragma once
// Reads the CSV files people make with Excel or LibreOffice: UTF-8 with or without BOM, `;` (Dutch
// Excel) or `,` separated as the header line shows, RFC 4180 quoting with doubled quotes and
// separators or line breaks inside quotes, CRLF or LF. Row numbers are those the user sees in the
// spreadsheet: row 1 is the header, so the first record is row 2.

#include <QByteArray>
#include <QChar>
#include <QStringDecoder>
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

// The same reading one row at a time, for big files: only the current row is decoded and split,
// so an import holds the file's bytes and one row instead of the whole table.
class CsvStream
{
public:
    // `bytes` must outlive the stream. Reads the header; throws Error(File) as CsvReader::parse.
    explicit CsvStream(const QByteArray &bytes);

    QChar separator() const { return m_separator; }
    const QStringList &header() const { return m_header; }
    // The next non-blank row; false at the end. Throws Error(File) naming the row.
    bool next(CsvRow &row);
    // How many rows next() will return (a quick scan of the bytes), for progress.
    int countRows() const;

private:
    struct Span { qsizetype begin = 0, end = 0, next = 0; };
    // The bytes of the record at `from` (quotes open only at the start of a cell, line breaks
    // inside quotes stay in the record); `anySeparator` treats `,` and `;` alike (header detection).
    Span record(qsizetype from, bool anySeparator) const;
    QStringList cells(const Span &span, int rowNumber);
    static bool isBlank(QByteArrayView record);

    QByteArrayView m_bytes;
    QStringDecoder m_decoder;
    char m_separator = ';';
    QStringList m_header;
    qsizetype m_pos = 0;
    qsizetype m_dataStart = 0;
    int m_row = 1;
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
