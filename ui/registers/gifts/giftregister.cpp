#include "giftregister.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "registers/common/registericons.h"
#include "giftdialog.h"
#include "giftthresholdsdialog.h"

#include <QAction>

namespace integriteit {

namespace {
QString destinationCell(const GiftRow &r)
{
    if (r.gift.destination)
        return giftDestinationName(*r.gift.destination);
    if (r.aboveThreshold)
        return GiftRegister::tr("to be decided (above %1)").arg(r.threshold.toDutch());
    if (r.needsBodyDecision)
        return GiftRegister::tr("to be decided (received at home)");
    return GiftRegister::tr("not needed (at most %1)").arg(r.threshold.toDutch());
}

QString flagText(const GiftRow &r)
{
    QStringList why;
    if (r.needsDestination)
        why << GiftRegister::tr("Above the threshold of %1 (%2): the gift belongs to the municipality and needs a "
                                "destination.").arg(r.gift.received.year()).arg(r.threshold.toDutch());
    if (r.needsBodyDecision)
        why << GiftRegister::tr("Received at home: the seniorenconvent or the college decides (GC 5.1.5).");
    return why.join(QLatin1Char('\n'));
}
} // namespace

GiftRegister::GiftRegister(AppCore &core, QUndoStack &undoStack, QObject *parent)
    : RegisterKind(core, undoStack, parent)
    , m_service(core.registers().gifts())
{
    connect(&m_service, &GiftService::recordChanged, this, &RegisterKind::recordsChanged);
    connect(&m_service, &GiftService::recordsChanged, this, &RegisterKind::recordsChanged);
    // A new threshold changes which gifts are above it.
    connect(&core.registers().giftThresholds(), &GiftThresholds::thresholdsChanged, this, &RegisterKind::recordsChanged);
}

QString GiftRegister::title() const
{
    return tr("Gifts");
}

QString GiftRegister::countText(int count) const
{
    return tr("%Ln gift(s)", nullptr, count);
}

QString GiftRegister::newActionText() const
{
    return tr("&New gift…");
}

QString GiftRegister::emptyText() const
{
    return tr("No gifts registered yet. Choose New gift to add the first.");
}

QString GiftRegister::columnTitle(int column) const
{
    switch (GiftColumn(column)) {
    case GiftColumn::Person: return tr("Office holder");
    case GiftColumn::Role: return tr("Role");
    case GiftColumn::Faction: return tr("Party group");
    case GiftColumn::Received: return tr("Received");
    case GiftColumn::Giver: return tr("Giver");
    case GiftColumn::Description: return tr("Gift");
    case GiftColumn::Value: return tr("Value");
    case GiftColumn::AtHome: return tr("At home");
    case GiftColumn::Destination: return tr("Destination");
    case GiftColumn::DecidedBy: return tr("Decided by");
    case GiftColumn::Count: break;
    }
    return {};
}

int GiftRegister::columnWidth(int column) const
{
    switch (GiftColumn(column)) {
    case GiftColumn::Person: return 13;
    case GiftColumn::Giver: return 12;
    case GiftColumn::Description: return 12;
    case GiftColumn::Value: return 8;
    case GiftColumn::AtHome: return 3;
    case GiftColumn::Destination: return 20;
    default: return 10;
    }
}

bool GiftRegister::hiddenByDefault(int column) const
{
    // The role is one click away (header menu); the list keeps room for the destination.
    return column == int(GiftColumn::Role) || column == int(GiftColumn::Faction) || column == int(GiftColumn::DecidedBy);
}

int GiftRegister::count(const RegisterFilter &filter) const
{
    return m_service.count(filter);
}

std::vector<RegisterRow> GiftRegister::page(const RegisterFilter &filter, int column, Qt::SortOrder order, int offset,
                                            int limit) const
{
    std::vector<RegisterRow> rows;
    for (const GiftRow &r : m_service.page(filter, GiftColumn(column), order, offset, limit)) {
        const Gift &g = r.gift;
        RegisterRow row;
        row.id = g.id;
        row.cells = { r.person.sortName, roleText(r.person.role), r.person.faction, dutch::date(g.received),
                      g.giver, g.description, g.value.toDutch(), g.receivedAtHome ? yesNo(true) : QString(),
                      destinationCell(r), g.decidedBy ? decisionBodyName(*g.decidedBy) : QString() };
        row.flag = flagText(r);
        rows.push_back(std::move(row));
    }
    return rows;
}

QString GiftRegister::recordTitle(qint64 id) const
{
    const Gift g = m_service.gift(id);
    return tr("%1 — %2").arg(g.description, personName(g.personId));
}

std::vector<DetailField> GiftRegister::details(qint64 id) const
{
    const Gift g = m_service.gift(id);
    const Money threshold = core().registers().giftThresholds().threshold(g.received.year());
    const bool above = m_service.isAboveThreshold(g);
    std::vector<DetailField> fields = {
        { tr("Office holder"), personName(g.personId) },
        { tr("Received"), dutch::date(g.received) },
        { tr("Giver"), g.giver },
        { tr("Gift"), g.description },
        { tr("Estimated value"), g.value.toDutch() },
        { tr("Threshold %1").arg(g.received.year()),
          above ? tr("%1 — this gift is above it: it must be reported and belongs to the municipality")
                      .arg(threshold.toDutch())
                : tr("%1 — this gift is not above it").arg(threshold.toDutch()),
          above && !g.destination },
        { tr("Occasion"), g.occasion },
        { tr("Received at home"), yesNo(g.receivedAtHome), g.receivedAtHome && !g.destination },
        { tr("Reported"), dutch::date(g.reported), above && !g.reported.isValid() },
        { tr("Destination"), g.destination ? giftDestinationName(*g.destination) : tr("not decided yet"),
          above && !g.destination },
        { tr("Decided by"), g.decidedBy ? decisionBodyName(*g.decidedBy) : QString() },
        { tr("Date of the decision"), dutch::date(g.decisionDate) },
        { tr("Notes"), g.notes },
    };
    return fields;
}

std::vector<AuditEntry> GiftRegister::history(qint64 id) const
{
    return m_service.history(id);
}

std::vector<std::pair<QString, QString>> GiftRegister::fieldLabels() const
{
    return {
        { QStringLiteral("received_date"), tr("Received") },
        { QStringLiteral("giver"), tr("Giver") },
        { QStringLiteral("description"), tr("Gift") },
        { QStringLiteral("value_cents"), tr("Estimated value") },
        { QStringLiteral("occasion"), tr("Occasion") },
        { QStringLiteral("received_at_home"), tr("Received at home") },
        { QStringLiteral("reported_date"), tr("Reported") },
        { QStringLiteral("destination"), tr("Destination") },
        { QStringLiteral("decided_by"), tr("Decided by") },
        { QStringLiteral("decision_date"), tr("Date of the decision") },
        { QStringLiteral("notes"), tr("Notes") },
    };
}

QString GiftRegister::valueText(const QString &key, const QJsonValue &value) const
{
    if (key == QLatin1String("destination") && value.isString()) {
        const auto destination = giftDestinationFromCode(value.toString());
        return destination ? giftDestinationName(*destination) : value.toString();
    }
    if (key == QLatin1String("decided_by") && value.isString()) {
        const auto body = decisionBodyFromCode(value.toString());
        return body ? decisionBodyName(*body) : value.toString();
    }
    return RegisterKind::valueText(key, value);
}

bool GiftRegister::mayEdit(qint64 id) const
{
    return m_service.mayEdit(m_service.gift(id));
}

std::optional<qint64> GiftRegister::createRecord(QWidget *parent)
{
    Gift draft;
    draft.received = QDate::currentDate();
    draft.reported = QDate::currentDate();
    GiftDialog dialog(core(), draft, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Gift added = dialog.gift();
    const qint64 id = added.id;
    pushCommand(tr("Add gift %1").arg(added.description), [this, id] { m_service.remove(id); },
                [this, added] { m_service.restore(added); }, parent);
    Q_EMIT statusMessage(tr("Gift from %1 added.").arg(added.giver));
    return id;
}

bool GiftRegister::editRecord(qint64 id, QWidget *parent)
{
    Gift before;
    try {
        before = m_service.gift(id);
    } catch (const Error &error) {
        showErrorBox(parent, tr("Edit gift"), error);
        return false;
    }
    GiftDialog dialog(core(), before, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.changed())
        return false;
    const Gift after = dialog.gift();
    pushCommand(tr("Edit gift %1").arg(after.description), [this, before] { m_service.update(before); },
                [this, after] { m_service.update(after); }, parent);
    Q_EMIT statusMessage(tr("Changes to the gift from %1 saved.").arg(after.giver));
    return true;
}

bool GiftRegister::removeRecord(qint64 id, QWidget *parent)
{
    try {
        const Gift removed = m_service.gift(id);
        m_service.remove(id);
        pushCommand(tr("Remove gift %1").arg(removed.description), [this, removed] { m_service.restore(removed); },
                    [this, id] { m_service.remove(id); }, parent);
        Q_EMIT statusMessage(tr("Gift from %1 removed. Choose Undo to bring it back.").arg(removed.giver));
        return true;
    } catch (const Error &error) {
        showErrorBox(parent, tr("Remove gift"), error);
        return false;
    }
}

QList<QAction *> GiftRegister::extraActions(QWidget *page)
{
    auto *thresholds = new QAction(RegisterIcons::thresholds(),
                                   tr("&Thresholds…"), page);
    thresholds->setObjectName(QStringLiteral("giftThresholdsAction"));
    thresholds->setStatusTip(tr("The value above which a gift must be reported, per year"));
    connect(thresholds, &QAction::triggered, page, [this, page] {
        GiftThresholdsDialog dialog(core().registers().giftThresholds(), undoStack(), page);
        dialog.exec();
    });
    return { thresholds };
}

} // namespace integriteit
