#include "personregisterswidget.h"

#include "common/dutchformat.h"
#include "common/error.h"
#include "registers/registerservices.h"

#include <QKeyEvent>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace integriteit {

namespace {
const QColor kFlagged(0xc0, 0x1c, 0x28);

QString period(const QDate &start, const QDate &end)
{
    if (!end.isValid())
        return PersonRegistersWidget::tr("since %1").arg(dutch::date(start));
    return PersonRegistersWidget::tr("%1 – %2").arg(dutch::date(start), dutch::date(end));
}

QString joined(const QString &a, const QString &b)
{
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QStringLiteral(": ") + b;
}
} // namespace

PersonRegistersWidget::PersonRegistersWidget(RegisterServices &registers, QWidget *parent)
    : QWidget(parent)
    , m_registers(registers)
    , m_tree(new QTreeWidget(this))
    , m_hint(new QLabel(tr("Double-click a record to open it."), this))
{
    setObjectName(QStringLiteral("personRegisters"));
    m_tree->setObjectName(QStringLiteral("personRegistersTree"));
    // One column of two-line items: the detail pane is narrow, and columns would cut the names.
    m_tree->setColumnCount(1);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_hint);

    // Double-click and Enter, not "activated": a style may activate on a single click, and a
    // double-click would then open the record twice.
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) { open(item); });
    m_tree->installEventFilter(this);
    const auto watch = [this](auto *service) {
        using Service = std::remove_pointer_t<decltype(service)>;
        connect(service, &Service::recordChanged, this, [this](qint64, qint64 personId) { changed(personId); });
        connect(service, &Service::recordsChanged, this, &PersonRegistersWidget::changed);
    };
    watch(&registers.sidePositions());
    watch(&registers.sideIncome());
    watch(&registers.financialInterests());
    watch(&registers.gifts());
    watch(&registers.invitations());
    watch(&registers.trips());
}

void PersonRegistersWidget::setPerson(qint64 personId)
{
    m_personId = personId;
    m_stale = true;
    if (isVisible())
        reload();
}

void PersonRegistersWidget::changed(qint64 personId)
{
    if (personId != m_personId)
        return;
    m_stale = true;
    // Several changes at once (an import, undo) read the records once.
    if (isVisible())
        QTimer::singleShot(0, this, [this] {
            if (m_stale && isVisible())
                reload();
        });
}

void PersonRegistersWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

QTreeWidgetItem *PersonRegistersWidget::group(const QString &title, int count)
{
    auto *item = new QTreeWidgetItem(m_tree, { tr("%1 (%2)").arg(title).arg(count) });
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFirstColumnSpanned(true);
    item->setFlags(Qt::ItemIsEnabled);
    return item;
}

void PersonRegistersWidget::add(QTreeWidgetItem *parent, const QString &entity, qint64 id, const QStringList &columns,
                                bool flagged)
{
    // "Adviesbureau Maas: lid raad van toezicht" over "since 01-01-2025 · personal".
    QStringList second = { columns.value(1) };
    if (!columns.value(2).isEmpty())
        second << columns.value(2);
    second.removeAll(QString());
    const QString text = columns.value(0) + QLatin1Char('\n') + second.join(QStringLiteral(" · "));
    auto *item = new QTreeWidgetItem(parent, { text });
    item->setData(0, EntityRole, entity);
    item->setData(0, IdRole, id);
    item->setToolTip(0, text);
    if (flagged)
        item->setForeground(0, kFlagged);
    ++m_count;
}

void PersonRegistersWidget::reload()
{
    m_stale = false;
    m_tree->clear();
    m_count = 0;
    if (m_personId == 0) {
        Q_EMIT recordCountChanged(0);
        return;
    }
    RegisterFilter filter;
    filter.personId = m_personId;
    const auto order = Qt::DescendingOrder; // newest first: what is current matters most
    try {
        const auto positions = m_registers.sidePositions().page(filter, SidePositionColumn::Start, order, 0, MaxPerRegister);
        QTreeWidgetItem *g = group(tr("Side positions"), m_registers.sidePositions().count(filter));
        for (const SidePositionRow &r : positions) {
            const SidePosition &p = r.position;
            QString status = p.exOfficio ? tr("ex officio") : tr("personal");
            if (r.needsCollegeSteps)
                status = tr("GC 3.6 steps missing");
            add(g, QStringLiteral("side_position"), p.id, { joined(p.organisation, p.description), period(p.start, p.end), status },
                r.needsCollegeSteps);
        }
        const auto incomes = m_registers.sideIncome().page(filter, SideIncomeColumn::Year, order, 0, MaxPerRegister);
        g = group(tr("Side income"), m_registers.sideIncome().count(filter));
        for (const SideIncomeRow &r : incomes) {
            QString status = r.income.published.isValid() ? tr("published %1").arg(dutch::date(r.income.published))
                                                          : QString();
            if (r.publicationOverdue)
                status = tr("publication overdue");
            add(g, QStringLiteral("side_income"), r.income.id,
                { tr("%1: %2").arg(r.organisation, r.income.amount.toDutch()), QString::number(r.income.year), status },
                r.publicationOverdue);
        }
        const auto interests
            = m_registers.financialInterests().page(filter, FinancialInterestColumn::Acquired, order, 0, MaxPerRegister);
        g = group(tr("Financial interests"), m_registers.financialInterests().count(filter));
        for (const FinancialInterestRow &r : interests) {
            const FinancialInterest &i = r.interest;
            add(g, QStringLiteral("financial_interest"), i.id,
                { joined(i.organisation, interestKindName(i.kind)), period(i.acquired, i.end),
                  r.unreported ? tr("not reported") : QString() },
                r.unreported);
        }
        const auto gifts = m_registers.gifts().page(filter, GiftColumn::Received, order, 0, MaxPerRegister);
        g = group(tr("Gifts"), m_registers.gifts().count(filter));
        for (const GiftRow &r : gifts) {
            const Gift &gift = r.gift;
            QString status = gift.destination ? giftDestinationName(*gift.destination) : QString();
            if (r.needsDestination || r.needsBodyDecision)
                status = tr("needs a decision");
            add(g, QStringLiteral("gift"), gift.id,
                { tr("%1 from %2 (%3)").arg(gift.description, gift.giver, gift.value.toDutch()), dutch::date(gift.received),
                  status },
                r.needsDestination || r.needsBodyDecision);
        }
        const auto invitations = m_registers.invitations().page(filter, InvitationColumn::Date, order, 0, MaxPerRegister);
        g = group(tr("Invitations"), m_registers.invitations().count(filter));
        for (const InvitationRow &r : invitations) {
            const Invitation &i = r.invitation;
            QString status = i.decision ? verdictName(*i.decision) : i.accepted ? tr("accepted") : tr("not accepted");
            if (r.needsDecision)
                status = tr("needs a decision");
            add(g, QStringLiteral("invitation"), i.id, { joined(i.host, i.description), dutch::date(i.eventDate), status },
                r.needsDecision);
        }
        const auto trips = m_registers.trips().page(filter, TripColumn::Departure, order, 0, MaxPerRegister);
        g = group(tr("Official trips"), m_registers.trips().count(filter));
        for (const TripRow &r : trips) {
            const Trip &t = r.trip;
            QString status = t.decision ? verdictName(*t.decision) : tr("no permission yet");
            add(g, QStringLiteral("trip"), t.id, { joined(t.destination, t.purpose.simplified()), period(t.departure, t.returnDate),
                                                   status },
                r.needsPermission || r.needsConflictTest);
        }
    } catch (const Error &error) {
        m_tree->clear();
        m_count = 0;
        new QTreeWidgetItem(m_tree, { error.userMessage() });
    }
    // Registers with records open; empty ones stay closed so the list is short.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setExpanded(m_tree->topLevelItem(i)->childCount() > 0);
    Q_EMIT recordCountChanged(m_count);
}

bool PersonRegistersWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->currentItem()
            && !m_tree->currentItem()->data(0, EntityRole).toString().isEmpty()) {
            open(m_tree->currentItem());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PersonRegistersWidget::open(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString entity = item->data(0, EntityRole).toString();
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (!entity.isEmpty() && id != 0)
        Q_EMIT openRecordRequested(entity, id);
}

} // namespace integriteit
