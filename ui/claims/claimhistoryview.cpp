#include "claimhistoryview.h"

#include "claims/claimstatus.h"
#include "common/dutchformat.h"
#include "common/money.h"
#include "registers/common/decisionbody.h"

#include <QHeaderView>
#include <QJsonArray>

namespace integriteit {

namespace {
QString actionText(const QString &code)
{
    if (const auto action = claimActionFromCode(code))
        return claimActionName(*action);
    if (code == QLatin1String("create")) return ClaimHistoryView::tr("Created");
    if (code == QLatin1String("update")) return ClaimHistoryView::tr("Description or notes changed");
    if (code == QLatin1String("remove")) return ClaimHistoryView::tr("Removed");
    if (code == QLatin1String("restore")) return ClaimHistoryView::tr("Brought back");
    if (code == QLatin1String("add_line")) return ClaimHistoryView::tr("Line added");
    if (code == QLatin1String("update_line")) return ClaimHistoryView::tr("Line changed");
    if (code == QLatin1String("remove_line")) return ClaimHistoryView::tr("Line removed");
    if (code == QLatin1String("restore_line")) return ClaimHistoryView::tr("Line brought back");
    if (code == QLatin1String("attach_receipt")) return ClaimHistoryView::tr("Proof of payment attached");
    if (code == QLatin1String("detach_receipt")) return ClaimHistoryView::tr("Proof of payment removed");
    return code;
}

// The line in a few words: "14-10-2026, € 12,50, Treinkaartje".
QString lineText(const QJsonObject &line)
{
    QStringList parts;
    const QString date = line.value(QStringLiteral("expense_date")).toString();
    if (!date.isEmpty())
        parts << dutch::date(dutch::fromIso(date));
    if (line.contains(QStringLiteral("amount_cents")))
        parts << Money::fromCents(line.value(QStringLiteral("amount_cents")).toInteger()).toDutch();
    const QString description = line.value(QStringLiteral("description")).toString();
    if (!description.isEmpty())
        parts << description;
    return parts.join(QStringLiteral(", "));
}

QString detailText(const AuditEntry &entry)
{
    const QJsonObject &data = entry.after.isEmpty() ? entry.before : entry.after;
    if (claimActionFromCode(entry.action)) {
        QStringList parts;
        const QString text = data.value(QStringLiteral("text")).toString();
        if (!text.isEmpty())
            parts << text;
        if (const auto body = decisionBodyFromCode(data.value(QStringLiteral("body")).toString()))
            parts << decisionBodyName(*body);
        const QString date = data.value(QStringLiteral("date")).toString();
        if (!date.isEmpty())
            parts << dutch::date(dutch::fromIso(date));
        const int warnings = data.value(QStringLiteral("warnings")).toArray().size();
        if (warnings > 0)
            parts << ClaimHistoryView::tr("%n warning(s) recorded", nullptr, warnings);
        return parts.join(QStringLiteral(" · "));
    }
    if (entry.action.endsWith(QLatin1String("_receipt")))
        return data.value(QStringLiteral("receipt")).toObject().value(QStringLiteral("file_name")).toString();
    if (entry.action.contains(QLatin1String("line")))
        return lineText(data);
    return data.value(QStringLiteral("description")).toString();
}
} // namespace

ClaimHistoryView::ClaimHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("claimHistory"));
    setColumnCount(4);
    setHeaderLabels({tr("Date and time"), tr("User"), tr("Action"), tr("Details")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 00:00")) + 24);
    setColumnWidth(1, fontMetrics().averageCharWidth() * 17);
    setColumnWidth(2, fontMetrics().averageCharWidth() * 34);
}

void ClaimHistoryView::setEntries(const std::vector<AuditEntry> &entries)
{
    clear();
    for (const AuditEntry &entry : entries) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, dutch::dateTime(entry.atUtc));
        item->setText(1, entry.user);
        item->setText(2, actionText(entry.action));
        const QString details = detailText(entry);
        item->setText(3, details);
        item->setToolTip(3, details);
    }
}

} // namespace integriteit
