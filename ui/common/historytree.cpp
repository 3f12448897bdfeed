#include "historytree.h"

#include "common/dutchformat.h"

#include <QTreeWidget>

namespace integriteit {

void fillHistoryTree(QTreeWidget *tree, const std::vector<AuditEntry> &entries,
                     const std::function<QString(const AuditEntry &)> &actionText,
                     const std::function<QStringList(const AuditEntry &)> &changeLines)
{
    tree->clear();
    // Between text and background: readable, yet clearly below its heading row.
    const QColor text = tree->palette().color(QPalette::Text);
    const QColor base = tree->palette().color(QPalette::Base);
    const QBrush muted(QColor((text.red() * 2 + base.red()) / 3, (text.green() * 2 + base.green()) / 3,
                              (text.blue() * 2 + base.blue()) / 3));
    QList<QTreeWidgetItem *> items;
    for (const AuditEntry &entry : entries) {
        auto *item = new QTreeWidgetItem({ dutch::dateTime(entry.atUtc), entry.user, actionText(entry) });
        for (const QString &line : changeLines(entry)) {
            auto *child = new QTreeWidgetItem(item, { line });
            child->setToolTip(0, line);
            child->setForeground(0, muted);
        }
        items << item;
    }
    tree->addTopLevelItems(items);
    for (int i = 0; i < items.size() && i < 10; ++i)
        items[i]->setExpanded(true);
    for (QTreeWidgetItem *item : std::as_const(items))
        for (int c = 0; c < item->childCount(); ++c)
            item->child(c)->setFirstColumnSpanned(true); // after insertion: spanning needs the tree
}

} // namespace integriteit
