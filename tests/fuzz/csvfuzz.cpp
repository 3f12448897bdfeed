// Fuzzes what a user's file reaches before the database: the CSV reader, the writer's round trip
// and the nevenfuncties row parser. Properties checked (a violation aborts, so libFuzzer keeps the
// input): the reader never crashes and fails only with Error; what it read, written again and read
// back, gives the same cells; escaping formulas is undone exactly; every problem names a row that
// exists and a column within the header.
#include "common/error.h"
#include "csv/csvreader.h"
#include "csv/csvrowparser.h"
#include "csv/csvwriter.h"
#include "csv/recordcsvregister.h"

#include <cstdint>
#include <cstdlib>

using namespace integriteit;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    CsvTable table;
    try {
        table = CsvReader::parse(bytes);
    } catch (const Error &) {
        return 0; // refused with a message: fine
    }

    // Written with `;` and read back: the same cells (escaped formulas come back escaped once).
    // With the BOM first, as CsvWriter writes a file: a cell that itself starts with U+FEFF stays.
    QByteArray written = "\xEF\xBB\xBF" + CsvWriter::line(table.header, true);
    for (const CsvRow &row : table.rows)
        written += CsvWriter::line(row.cells);
    const CsvTable again = CsvReader::parse(written);
    if (!table.header.isEmpty() || !table.rows.empty()) {
        check(again.header.size() == table.header.size());
        for (qsizetype i = 0; i < table.header.size(); ++i)
            check(csv::unescapeCell(again.header.at(i)) == table.header.at(i));
        check(again.rows.size() == table.rows.size());
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            check(again.rows[r].cells.size() == table.rows[r].cells.size());
            for (qsizetype i = 0; i < table.rows[r].cells.size(); ++i) {
                const QString &cell = table.rows[r].cells.at(i);
                check(csv::unescapeCell(again.rows[r].cells.at(i)) == cell);
                check(csv::unescapeCell(csv::escapeCell(cell)) == cell);
            }
        }
    }

    const CsvRowParser parser(sidePositionCsvColumns(), table.header, QStringLiteral("nevenfuncties"));
    for (const CsvProblem &p : parser.headerProblems())
        check(p.row == 1 && p.column >= 0 && p.column <= table.header.size() && !p.text().isEmpty());
    int previous = 1;
    for (const CsvRow &row : table.rows) {
        check(row.number > previous); // rows count up as the spreadsheet shows them
        previous = row.number;
        const CsvParsedRow parsed = parser.parse(row);
        for (const CsvProblem &p : parsed.problems)
            check(p.row == row.number && p.column >= 0 && p.column <= table.header.size() && !p.text().isEmpty());
    }
    return 0;
}
