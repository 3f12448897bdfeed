#include "csvreader.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvReader) };
} // namespace

QChar CsvReader::detectSeparator(QStringView text)
{
    // Any `;` outside quotes on the header line decides for `;` (Dutch Excel, and our own export);
    // otherwise any `,` for `,`. A quote opens only at the start of a cell, as parse() reads it.
    bool semicolon = false;
    bool comma = false;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                    ++i;
                else
                    quoted = false;
            }
            continue;
        }
        const bool cellStart = i == 0 || text.at(i - 1) == QLatin1Char(';') || text.at(i - 1) == QLatin1Char(',');
        if (c == QLatin1Char('"') && cellStart)
            quoted = true;
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            break;
        else if (c == QLatin1Char(';'))
            semicolon = true;
        else if (c == QLatin1Char(','))
            comma = true;
    }
    return semicolon || !comma ? QLatin1Char(';') : QLatin1Char(',');
}

CsvTable CsvReader::parse(const QByteArray &bytes)
{
    CsvStream stream(bytes);
    CsvTable table;
    table.separator = stream.separator();
    table.header = stream.header();
    CsvRow row;
    while (stream.next(row))
        table.rows.push_back(std::move(row));
    return table;
}

CsvStream::CsvStream(const QByteArray &bytes)
    : m_bytes(bytes)
    // Stateless: each record is whole. The one leading BOM is skipped here, so a second one stays
    // the first cell's own text.
    , m_decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{
    if (m_bytes.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    if (m_pos >= m_bytes.size())
        return;
    // The header decides the separator, read as detectSeparator() reads the header line.
    const Span first = record(m_pos, true);
    const QString headerText = m_decoder.decode(m_bytes.sliced(first.begin, first.end - first.begin));
    if (m_decoder.hasError())
        throw Error(Error::Kind::File, Tr::tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));
    m_separator = CsvReader::detectSeparator(headerText).toLatin1();
    const Span header = record(m_pos, false);
    m_header = cells(header, 1);
    m_pos = header.next;
    m_dataStart = m_pos;
    m_row = 2;
}

CsvStream::Span CsvStream::record(qsizetype from, bool anySeparator) const
{
    const char *b = m_bytes.data();
    const qsizetype n = m_bytes.size();
    const char sep = m_separator;
    qsizetype i = from;
    bool cellStart = true;
    while (i < n) {
        const char c = b[i];
        if (c == '"' && cellStart) {
            // To the closing quote; "" is a quote inside. Unclosed: to the end, cells() says so.
            ++i;
            while (i < n) {
                if (b[i] == '"') {
                    if (i + 1 < n && b[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            cellStart = false;
            continue;
        }
        if (c == '\r' || c == '\n')
            return {from, i, c == '\r' && i + 1 < n && b[i + 1] == '\n' ? i + 2 : i + 1};
        cellStart = c == sep || (anySeparator && (c == ';' || c == ','));
        ++i;
    }
    return {from, n, n};
}

bool CsvStream::isBlank(QByteArrayView record)
{
    // One empty cell, as the spreadsheet writes an empty line (or "" alone).
    return record.isEmpty() || record == QByteArrayView("\"\"");
}

QStringList CsvStream::cells(const Span &span, int row)
{
    const QString text = m_decoder.decode(m_bytes.sliced(span.begin, span.end - span.begin));
    if (m_decoder.hasError())
        throw Error(Error::Kind::File, Tr::tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));
    const QChar sep = QLatin1Char(m_separator);
    QStringList cells;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (true) {
        const int column = int(cells.size()) + 1;
        if (i < n && text.at(i) == QLatin1Char('"')) {
            // A quoted cell: runs to the closing quote; "" is one quote.
            QString cell;
            ++i;
            bool closed = false;
            while (i < n) {
                const qsizetype quote = text.indexOf(QLatin1Char('"'), i);
                if (quote < 0) {
                    i = n;
                    break;
                }
                cell.append(QStringView(text).sliced(i, quote - i));
                if (quote + 1 < n && text.at(quote + 1) == QLatin1Char('"')) {
                    cell.append(QLatin1Char('"'));
                    i = quote + 2;
                    continue;
                }
                i = quote + 1;
                closed = true;
                break;
            }
            if (!closed)
                throw Error(Error::Kind::File,
                            Tr::tr("Row %1, column %2: a quote (\") is opened but never closed.").arg(row).arg(column));
            if (i < n && text.at(i) != sep)
                throw Error(Error::Kind::File,
                            Tr::tr("Row %1, column %2: there is text after the closing quote (\").").arg(row).arg(column));
            cells.append(cell);
        } else {
            // Plain: to the separator (a quote inside is text). No line break is left outside quotes.
            qsizetype end = text.indexOf(sep, i);
            if (end < 0)
                end = n;
            cells.append(text.sliced(i, end - i));
            i = end;
        }
        if (i >= n)
            break;
        ++i; // the separator; a separator at the end opens one more, empty, cell
        if (i == n) {
            cells.append(QString());
            break;
        }
    }
    return cells;
}

bool CsvStream::next(CsvRow &row)
{
    while (m_pos < m_bytes.size()) {
        const Span span = record(m_pos, false);
        m_pos = span.next;
        const int number = m_row++;
        if (isBlank(m_bytes.sliced(span.begin, span.end - span.begin)))
            continue;
        row.number = number;
        row.cells = cells(span, number);
        return true;
    }
    return false;
}

int CsvStream::countRows() const
{
    int count = 0;
    for (qsizetype pos = m_dataStart; pos < m_bytes.size();) {
        const Span span = record(pos, false);
        if (!isBlank(m_bytes.sliced(span.begin, span.end - span.begin)))
            ++count;
        pos = span.next;
    }
    return count;
}

} // namespace integriteit
