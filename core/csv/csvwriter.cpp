#include "csvwriter.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvWriter) };

bool isFormulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
        || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

// Apostrophes followed by a formula character: those are the cells the guard applies to.
bool needsGuard(const QString &cell, qsizetype minApostrophes)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    return i >= minApostrophes && i < cell.size() && isFormulaStart(cell.at(i));
}

// The header line also quotes commas: a reader that detects the separator from it (ours, and a
// spreadsheet's) then never mistakes a one-column header with a comma for a `,` file.
QString quoted(const QString &cell, bool header)
{
    const bool needsQuotes = cell.contains(QLatin1Char(';')) || (header && cell.contains(QLatin1Char(','))) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'));
    if (!needsQuotes)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}
} // namespace

namespace csv {
QString escapeCell(const QString &cell)
{
    return needsGuard(cell, 0) ? QLatin1Char('\'') + cell : cell;
}

QString unescapeCell(const QString &cell)
{
    return needsGuard(cell, 1) ? cell.mid(1) : cell;
}
} // namespace csv

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
    write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

QByteArray CsvWriter::line(const QStringList &cells, bool header)
{
    QString text;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            text.append(QLatin1Char(';'));
        text.append(quoted(csv::escapeCell(cells.at(i)), header));
    }
    text.append(QLatin1String("\r\n"));
    return text.toUtf8();
}

void CsvWriter::writeRow(const QStringList &cells)
{
    write(line(cells, m_first));
    m_first = false;
}

void CsvWriter::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) != bytes.size())
        throw Error(Error::Kind::File, Tr::tr("The file could not be written: %1").arg(m_device.errorString()));
}

} // namespace integriteit
