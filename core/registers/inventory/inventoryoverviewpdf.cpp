#include "inventoryoverviewpdf.h"

#include "common/dutchformat.h"
#include "common/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

namespace integriteit {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(integriteit::InventoryOverviewPdf)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString title(int year)
{
    return Tr::tr("Inventory of side positions %1").arg(year);
}

QString positionRows(const std::vector<SidePosition> &positions)
{
    QString rows;
    for (const SidePosition &p : positions) {
        const QString kind = Tr::tr("%1, %2").arg(p.exOfficio ? Tr::tr("ex officio") : Tr::tr("personal"),
                                                  p.paid ? Tr::tr("paid") : Tr::tr("unpaid"));
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(p.organisation), esc(p.description), esc(kind), dutch::date(p.start),
                         p.end.isValid() ? dutch::date(p.end) : QStringLiteral("–"));
    }
    return rows;
}
} // namespace

QString InventoryOverviewPdf::html(const InventoryOverview &o, const QString &municipality, const QDate &printed)
{
    // Qt's rich text knows a subset of HTML 4 and CSS: bordered tables with cellpadding, no flexbox.
    // The corrections and the signature are empty bordered cells: room to write in on paper.
    const QString table = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"%1\" "
                                         "style=\"border-collapse: collapse; border-color: #888888;\">");
    QString h = QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                               "body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }"
                               "h1 { font-size: 15pt; margin-bottom: 0pt; }"
                               "th { background-color: #e8e8e8; text-align: left; font-weight: bold; }"
                               ".muted { color: #555555; }"
                               "</style></head><body>");
    if (!municipality.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(Tr::tr("Municipality of %1").arg(municipality)));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title(o.year)));
    h += QStringLiteral("<p style=\"font-size: 11pt;\"><b>%1</b></p>").arg(esc(o.displayName));
    h += QStringLiteral("<p>%1</p>")
             .arg(esc(Tr::tr("Under the code of conduct (GC 3.4) the side positions of every office holder are "
                             "checked once a year. Below are the side positions registered for you that ran during "
                             "%1. Please check them, note any correction or missing position, and return this "
                             "overview signed.").arg(o.year)));
    if (o.positions.empty()) {
        h += QStringLiteral("<p><i>%1</i></p>").arg(esc(Tr::tr("No side positions are registered for you in %1.").arg(o.year)));
    } else {
        h += table.arg(4);
        h += QStringLiteral("<tr><th width=\"27%\">%1</th><th width=\"27%\">%2</th><th width=\"18%\">%3</th>"
                            "<th width=\"14%\">%4</th><th width=\"14%\">%5</th></tr>")
                 .arg(esc(Tr::tr("Organisation")), esc(Tr::tr("Position")), esc(Tr::tr("Kind")),
                      esc(Tr::tr("Start")), esc(Tr::tr("End")));
        h += positionRows(o.positions);
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<p>&nbsp;</p><p><b>%1</b></p>").arg(esc(Tr::tr("Corrections and additions:")));
    h += table.arg(9);
    for (int i = 0; i < 4; ++i)
        h += QStringLiteral("<tr><td>&nbsp;</td></tr>");
    h += QStringLiteral("</table>");
    h += QStringLiteral("<p>&nbsp;</p><p>%1</p>")
             .arg(esc(Tr::tr("I declare that this overview, with the corrections above, is complete and correct.")));
    h += table.arg(6);
    h += QStringLiteral("<tr><td width=\"35%\">%1<br><br><br></td><td>%2<br><br><br></td></tr></table>")
             .arg(esc(Tr::tr("Date:")), esc(Tr::tr("Signature:")));
    h += QStringLiteral("<p>&nbsp;</p><p class=\"muted\">%1</p>")
             .arg(esc(Tr::tr("Printed on %1. Please return to the clerk of the council or the municipal secretary.")
                          .arg(dutch::date(printed))));
    h += QStringLiteral("</body></html>");
    return h;
}

void InventoryOverviewPdf::write(const InventoryOverview &o, const QString &municipality, const QString &path,
                                 const QDate &printed)
{
    // QPdfWriter says nothing when it cannot write: try the file first, so the user hears why.
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(Error::Kind::File, Tr::tr("The overview cannot be saved as \"%1\": %2").arg(path, probe.errorString()),
                        path);
    }
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 18, 20, 18),
                                     QPageLayout::Millimeter));
    writer.setResolution(300);
    writer.setTitle(title(o.year) + QStringLiteral(" – ") + o.displayName);
    writer.setCreator(QStringLiteral("Integriteit"));
    QTextDocument document;
    // Laid out on the writer itself, so a 9 pt font is 9 pt on paper (not at the screen's 96 dpi).
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html(o, municipality, printed));
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
}

QString InventoryOverviewPdf::fileName(const InventoryOverview &o)
{
    QString name = title(o.year) + QStringLiteral(" - ") + o.displayName;
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    return name + QStringLiteral(".pdf");
}

} // namespace integriteit
