#include "odtrenderer.h"

#include "common/error.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QXmlStreamReader>
#include <vector>

namespace integriteit::odt {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(integriteit::OdtRenderer) };

struct Paragraph
{
    QString style;
    QString text;
};
struct Cell
{
    QString style;
    std::vector<Paragraph> paragraphs;
};
struct Table
{
    std::vector<double> widthsCm;
    std::vector<std::vector<Cell>> rows;
};
struct Block
{
    std::optional<Paragraph> paragraph;
    Table table;
};

double centimetres(QStringView length)
{
    if (length.endsWith(u"cm"))
        return length.chopped(2).toDouble();
    if (length.endsWith(u"mm"))
        return length.chopped(2).toDouble() / 10;
    return 0;
}

// The text of a text:p or text:h, with its spans, spaces and line breaks.
QString readText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Characters:
            text += xml.text();
            break;
        case QXmlStreamReader::StartElement:
            ++depth;
            if (xml.name() == u"line-break")
                text += QChar::LineSeparator;
            else if (xml.name() == u"tab")
                text += QLatin1Char('\t');
            else if (xml.name() == u"s")
                text += QString(qMax(1, xml.attributes().value(QStringLiteral("text:c")).toInt()), QLatin1Char(' '));
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return text;
}

// The rules of a cell style (fo:border-top / -bottom / fo:border): the template's lines under the
// column headings and the rows, and above the total.
struct Rule
{
    double widthPt = 0; // 0: none
    QColor colour;
};
struct CellRules
{
    Rule top, bottom;
};

// "0.5pt solid #9a9a9a"; "none" or an unknown unit gives no rule.
Rule rule(QStringView border)
{
    const QList<QStringView> parts = border.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() < 3 || parts.at(1) == u"none")
        return {};
    const QStringView width = parts.at(0);
    double pt = 0;
    if (width.endsWith(u"pt"))
        pt = width.chopped(2).toDouble();
    else if (width.endsWith(u"cm") || width.endsWith(u"mm"))
        pt = centimetres(width) / 2.54 * 72;
    const QColor colour = QColor::fromString(parts.at(2));
    return pt > 0 && colour.isValid() ? Rule{pt, colour} : Rule{};
}

struct Parsed
{
    std::vector<Block> blocks;
    QHash<QString, double> columnWidths; // column style -> cm
    QHash<QString, CellRules> cellRules; // cell style -> its rules
};

Parsed parse(const QByteArray &contentXml)
{
    Parsed result;
    QXmlStreamReader xml(contentXml);
    QString columnStyle;
    QString cellStyle;
    Table *table = nullptr;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::EndElement && xml.name() == u"table" && table != nullptr) {
            table = nullptr;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        const auto attributes = xml.attributes();
        if (name == u"style") {
            const auto family = attributes.value(QStringLiteral("style:family"));
            const QString styleName = attributes.value(QStringLiteral("style:name")).toString();
            columnStyle = family == u"table-column" ? styleName : QString();
            cellStyle = family == u"table-cell" ? styleName : QString();
        } else if (name == u"table-cell-properties" && !cellStyle.isEmpty()) {
            const auto all = attributes.value(QStringLiteral("fo:border"));
            const auto side = [&](const QString &key) {
                return attributes.hasAttribute(key) ? rule(attributes.value(key)) : rule(all);
            };
            result.cellRules.insert(cellStyle, CellRules{side(QStringLiteral("fo:border-top")),
                                                         side(QStringLiteral("fo:border-bottom"))});
        } else if (name == u"table-column-properties") {
            result.columnWidths.insert(columnStyle, centimetres(attributes.value(QStringLiteral("style:column-width"))));
        } else if (name == u"table" && xml.namespaceUri() == u"urn:oasis:names:tc:opendocument:xmlns:table:1.0") {
            result.blocks.push_back(Block());
            table = &result.blocks.back().table;
        } else if (name == u"table-column" && table != nullptr) {
            const int repeated = qMax(1, attributes.value(QStringLiteral("table:number-columns-repeated")).toInt());
            for (int i = 0; i < repeated; ++i)
                table->widthsCm.push_back(result.columnWidths.value(attributes.value(QStringLiteral("table:style-name")).toString()));
        } else if (name == u"table-row" && table != nullptr) {
            table->rows.emplace_back();
        } else if (name == u"table-cell" && table != nullptr && !table->rows.empty()) {
            table->rows.back().push_back(Cell{attributes.value(QStringLiteral("table:style-name")).toString(), {}});
        } else if (name == u"p" || name == u"h") {
            Paragraph p{attributes.value(QStringLiteral("text:style-name")).toString(), {}};
            p.text = readText(xml);
            if (table != nullptr && !table->rows.empty() && !table->rows.back().empty())
                table->rows.back().back().paragraphs.push_back(p);
            else if (table == nullptr)
                result.blocks.push_back(Block{p, {}});
        }
    }
    if (xml.hasError())
        throw Error(Error::Kind::File, Tr::tr("The letter could not be made: its template is damaged."), xml.errorString());
    return result;
}

// The paragraph styles of resources/templates/invoice-styles.xml.
void styleFor(const QString &style, double pxPerCm, QTextBlockFormat &block, QTextCharFormat &chars)
{
    block.setBottomMargin(0.2 * pxPerCm);
    chars.setFontPointSize(10);
    const QColor grey(0x55, 0x55, 0x55);
    if (style == u"Letterhead") {
        chars.setFontPointSize(18);
        chars.setFontWeight(QFont::Bold);
        chars.setForeground(QColor(0x1f, 0x4e, 0x79));
        block.setBottomMargin(0.1 * pxPerCm);
    } else if (style == u"Sender") {
        chars.setFontPointSize(9);
        chars.setForeground(grey);
        block.setBottomMargin(0);
    } else if (style == u"Address") {
        block.setBottomMargin(0);
    } else if (style == u"Spacer") {
        block.setBottomMargin(0.5 * pxPerCm);
    } else if (style == u"Title") {
        chars.setFontPointSize(14);
        chars.setFontWeight(QFont::Bold);
        block.setTopMargin(0.4 * pxPerCm);
        block.setBottomMargin(0.3 * pxPerCm);
    } else if (style == u"Value") {
        block.setBottomMargin(0);
    } else if (style == u"Label") {
        chars.setForeground(grey);
        block.setBottomMargin(0);
    } else if (style.startsWith(u"TableHeading") || style == u"Amount") {
        block.setBottomMargin(0);
        if (style != u"Amount")
            chars.setFontWeight(QFont::Bold);
        if (style.endsWith(u"Amount"))
            block.setAlignment(Qt::AlignRight);
    }
}

void insertParagraph(QTextCursor &cursor, const Paragraph &p, double pxPerCm, bool newBlock)
{
    QTextBlockFormat block;
    QTextCharFormat chars;
    styleFor(p.style, pxPerCm, block, chars);
    if (newBlock)
        cursor.insertBlock(block, chars);
    else {
        cursor.setBlockFormat(block);
        cursor.setBlockCharFormat(chars);
    }
    cursor.insertText(p.text, chars);
}

void insertTable(QTextCursor &cursor, const Table &t, const QHash<QString, CellRules> &rules, double pxPerCm,
                 double textWidthCm)
{
    if (t.rows.empty() || t.widthsCm.empty())
        return;
    const int columns = int(t.widthsCm.size());
    QTextTableFormat format;
    // No grid, which would look like a spreadsheet: the table has no border of its own, and each
    // cell draws the rules its template style has (collapsed borders are the ones Qt draws per
    // cell), so the PDF shows the same lines as the ODT.
    format.setBorder(0);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(0.08 * pxPerCm);
    format.setTopMargin(0.2 * pxPerCm);
    format.setBottomMargin(0.3 * pxPerCm);
    QList<QTextLength> widths;
    for (double cm : t.widthsCm)
        widths << QTextLength(QTextLength::PercentageLength, 100.0 * cm / textWidthCm);
    format.setColumnWidthConstraints(widths);
    QTextTable *table = cursor.insertTable(int(t.rows.size()), columns, format);
    for (int r = 0; r < int(t.rows.size()); ++r) {
        for (int c = 0; c < columns && c < int(t.rows[r].size()); ++c) {
            const Cell &cell = t.rows[r][c];
            QTextTableCell target = table->cellAt(r, c);
            QTextCursor inCell = target.firstCursorPosition();
            for (std::size_t i = 0; i < cell.paragraphs.size(); ++i)
                insertParagraph(inCell, cell.paragraphs[i], pxPerCm, i > 0);
            // After the text: the paragraphs' character formats would otherwise replace the cell's.
            if (const auto found = rules.constFind(cell.style); found != rules.cend()) {
                const double pxPerPt = pxPerCm * 2.54 / 72;
                QTextTableCellFormat cellFormat = table->cellAt(r, c).format().toTableCellFormat();
                if (found->top.widthPt > 0) {
                    cellFormat.setTopBorder(found->top.widthPt * pxPerPt);
                    cellFormat.setTopBorderBrush(found->top.colour);
                    cellFormat.setTopBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                }
                if (found->bottom.widthPt > 0) {
                    cellFormat.setBottomBorder(found->bottom.widthPt * pxPerPt);
                    cellFormat.setBottomBorderBrush(found->bottom.colour);
                    cellFormat.setBottomBorderStyle(QTextFrameFormat::BorderStyle_Solid);
                }
                table->cellAt(r, c).setFormat(cellFormat);
            }
        }
    }
}

constexpr double kPageWidthCm = 21.0;
constexpr double kLeftMarginMm = 25, kRightMarginMm = 20, kTopMarginMm = 20, kBottomMarginMm = 20;
constexpr double kTextWidthCm = kPageWidthCm - (kLeftMarginMm + kRightMarginMm) / 10;

std::unique_ptr<QTextDocument> build(const QByteArray &contentXml, double dpi)
{
    const Parsed parsed = parse(contentXml);
    const double pxPerCm = dpi / 2.54;
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    QTextCursor cursor(doc.get());
    bool atStart = true; // the empty block a document starts with, or the one after a table
    for (const Block &b : parsed.blocks) {
        if (b.paragraph) {
            insertParagraph(cursor, *b.paragraph, pxPerCm, !atStart);
            atStart = false;
        } else {
            insertTable(cursor, b.table, parsed.cellRules, pxPerCm, kTextWidthCm);
            cursor.movePosition(QTextCursor::End);
            atStart = true;
        }
    }
    return doc;
}
} // namespace

std::unique_ptr<QTextDocument> toTextDocument(const QByteArray &contentXml)
{
    return build(contentXml, 96);
}

void writePdf(const QString &path, const QByteArray &contentXml, const QString &title)
{
    QPdfWriter writer(path);
    constexpr int kDpi = 300;
    writer.setResolution(kDpi);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Integriteit"));
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kLeftMarginMm, kTopMarginMm, kRightMarginMm, kBottomMarginMm),
                                     QPageLayout::Millimeter));
    // Painted page by page on the writer. The layout scales format lengths (margins, padding,
    // borders) from 96 dpi to the device itself, so the document is built in those units; the page
    // size is in the writer's own pixels.
    const auto doc = build(contentXml, 96);
    doc->documentLayout()->setPaintDevice(&writer);
    const QRect page = writer.pageLayout().paintRectPixels(kDpi);
    doc->setPageSize(QSizeF(page.size()));
    QPainter painter;
    if (!painter.begin(&writer))
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 could not be written. Choose another folder.").arg(QDir::toNativeSeparators(path)),
                    path);
    const int pages = doc->pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        const QRectF clip(0, i * page.height(), page.width(), page.height());
        painter.translate(0, -clip.top());
        doc->drawContents(&painter, clip);
        painter.restore();
    }
    painter.end();
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        throw Error(Error::Kind::File,
                    Tr::tr("The file %1 could not be written. Choose another folder.").arg(QDir::toNativeSeparators(path)),
                    path);
}

} // namespace integriteit::odt
