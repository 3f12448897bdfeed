#include "csvreader.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace integriteit {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::CsvReader) };

bool isBlank(const QStringList &cells)
{
    return cells.size() == 1 && cells.first().isEmpty();
}
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
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // The decoder drops one leading BOM itself; a second one is the first cell's own text.
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        throw Error(Error::Kind::File, Tr::tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."));

    CsvTable table;
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;

    QStringList cells;
    QString cell;
    int row = 1; // as the spreadsheet numbers it: line breaks inside quotes stay in one row
    bool anything = false;
    auto finishRow = [&]() {
        cells.append(cell);
        cell.clear();
        if (row == 1)
            table.header = cells;
        else if (!isBlank(cells))
            table.rows.push_back({row, cells});
        cells.clear();
        ++row;
        anything = false;
    };

    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            // A quoted cell: runs to the closing quote; "" is one quote.
            const int column = int(cells.size()) + 1;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell.append(q);
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                cell.append(q);
                ++i;
            }
            if (!closed)
                throw Error(Error::Kind::File,
                            Tr::tr("Row %1, column %2: a quote (\") is opened but never closed.").arg(row).arg(column));
            if (i < n && text.at(i) != sep && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
                throw Error(Error::Kind::File,
                            Tr::tr("Row %1, column %2: there is text after the closing quote (\").").arg(row).arg(column));
            anything = true;
            continue;
        }
        if (c == sep) {
            cells.append(cell);
            cell.clear();
            anything = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            finishRow();
        } else {
            cell.append(c);
            anything = true;
        }
        ++i;
    }
    if (anything || !cell.isEmpty() || !cells.isEmpty())
        finishRow();
    return table;
}

} // namespace integriteit
