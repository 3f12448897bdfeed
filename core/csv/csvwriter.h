#pragma once
// Writes CSV the way Dutch Excel opens it without an import dialog: UTF-8 with a BOM, `;` between
// cells, CRLF line ends, quotes only where a cell needs them. Cells that a spreadsheet would run as
// a formula are guarded with a leading apostrophe (csv::escapeCell).

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace integriteit {

class CsvWriter
{
public:
    // Writes the BOM at once; throws Error(File) when the device refuses a write.
    explicit CsvWriter(QIODevice &device);
    void writeRow(const QStringList &cells);

    // One encoded line (with CRLF), for tests and for the fuzz target; `header` for the first.
    static QByteArray line(const QStringList &cells, bool header = false);

private:
    void write(const QByteArray &bytes);
    QIODevice &m_device;
    bool m_first = true;
};

namespace csv {
// "=cmd", "+1", "-1", "@SUM(..)", and cells starting with tab or CR get a leading "'" so a
// spreadsheet shows them as text (formula injection). A cell that already starts with apostrophes
// before such a character gets one more, so unescapeCell(escapeCell(x)) == x for every x.
QString escapeCell(const QString &cell);
// Removes exactly the one apostrophe escapeCell added.
QString unescapeCell(const QString &cell);
} // namespace csv

} // namespace integriteit
