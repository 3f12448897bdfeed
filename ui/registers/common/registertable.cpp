#include "registertable.h"

#include "registerkind.h"

#include <QHeaderView>
#include <QMenu>
#include <QTableView>

namespace integriteit {

void setUpRegisterTable(QTableView *table, const RegisterKind &kind)
{
    table->setObjectName(QStringLiteral("registerTable"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    const QFontMetrics fm = table->fontMetrics();
    QHeaderView *rows = table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fm.height() + 10);

    QHeaderView *header = table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setSortIndicator(kind.defaultSortColumn(), kind.defaultSortOrder());
    header->setMinimumSectionSize(fm.averageCharWidth() * 4);
    // Each column as wide as the kind asks, never narrower than its title.
    const int pad = fm.averageCharWidth() + 8; // cell margins and the sort arrow
    for (int column = 0; column < kind.columnCount(); ++column) {
        const int title = fm.horizontalAdvance(kind.columnTitle(column));
        // Measured in digits, so a column of 10 holds a date "01-01-2026".
        const int wanted = fm.horizontalAdvance(QString(kind.columnWidth(column), QLatin1Char('0')));
        header->resizeSection(column, std::max(title, wanted) + pad);
        table->setColumnHidden(column, kind.hiddenByDefault(column));
    }
}

void showColumnMenu(QTableView *table, const RegisterKind &kind, const QPoint &globalPos)
{
    QHeaderView *header = table->horizontalHeader();
    QMenu menu(table);
    for (int column = 1; column < kind.columnCount(); ++column) {
        QAction *action = menu.addAction(kind.columnTitle(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        QObject::connect(action, &QAction::toggled, table,
                         [table, column](bool shown) { table->setColumnHidden(column, !shown); });
    }
    menu.exec(globalPos);
}

} // namespace integriteit
