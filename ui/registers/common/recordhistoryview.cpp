#include "recordhistoryview.h"

#include "common/dutchformat.h"
#include "common/historytree.h"
#include "registerkind.h"

#include <QHeaderView>

#include <algorithm>

namespace integriteit {

namespace {
// Columns that say nothing to the reader: the keys and the search index.
bool isInternal(const QString &key)
{
    return key == QLatin1String("id") || key == QLatin1String("person_id") || key == QLatin1String("position_id")
        || key == QLatin1String("search_text") || key.endsWith(QLatin1String("_at"));
}
} // namespace

RecordHistoryView::RecordHistoryView(const RegisterKind &kind, QWidget *parent)
    : QTreeWidget(parent)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("recordHistory"));
    setColumnCount(3);
    setHeaderLabels({ tr("Date and time"), tr("User"), tr("Action") });
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    header()->setStretchLastSection(true);
    const int digits = fontMetrics().horizontalAdvance(QStringLiteral("00-00-0000 00:00"));
    setColumnWidth(0, digits + 3 * fontMetrics().height());
    setColumnWidth(1, fontMetrics().averageCharWidth() * 12);
}

QString RecordHistoryView::actionText(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Added");
    if (action == QLatin1String("update"))
        return tr("Changed");
    if (action == QLatin1String("remove"))
        return tr("Removed");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    if (action == QLatin1String("end"))
        return tr("Ended");
    if (action == QLatin1String("decide"))
        return tr("Decision recorded");
    if (action == QLatin1String("publish"))
        return tr("Publication recorded");
    return action;
}

QStringList RecordHistoryView::changeLines(const AuditEntry &entry) const
{
    QStringList keys;
    for (const QString &line : AuditLog::describeChanges(entry))
        keys << line.section(QStringLiteral(": "), 0, 0);
    std::stable_sort(keys.begin(), keys.end(),
                     [this](const QString &a, const QString &b) { return m_kind.fieldOrder(a) < m_kind.fieldOrder(b); });
    QStringList lines;
    const bool bothSides = !entry.before.isEmpty() && !entry.after.isEmpty();
    for (const QString &key : std::as_const(keys)) {
        if (isInternal(key))
            continue;
        // A record added or removed: its unset switches say nothing.
        const QJsonValue single = entry.after.isEmpty() ? entry.before.value(key) : entry.after.value(key);
        if (!bothSides && single.isBool() && !single.toBool())
            continue;
        const QString was = m_kind.valueText(key, entry.before.value(key));
        const QString now = m_kind.valueText(key, entry.after.value(key));
        if (was == now || (!bothSides && now.isEmpty() && was.isEmpty()))
            continue;
        if (bothSides)
            lines << tr("%1: %2 → %3")
                         .arg(m_kind.fieldLabel(key), was.isEmpty() ? tr("(empty)") : was,
                              now.isEmpty() ? tr("(empty)") : now);
        else
            lines << tr("%1: %2").arg(m_kind.fieldLabel(key), now.isEmpty() ? was : now);
    }
    return lines;
}

void RecordHistoryView::setEntries(const std::vector<AuditEntry> &entries)
{
    fillHistoryTree(this, entries, [this](const AuditEntry &entry) { return actionText(entry.action); },
                    [this](const AuditEntry &entry) { return changeLines(entry); });
}

} // namespace integriteit
