#include "personhistoryview.h"

#include "common/dutchformat.h"
#include "common/historytree.h"
#include "persons/person.h"

#include <QHeaderView>
#include <QJsonValue>

#include <algorithm>
#include <iterator>

namespace integriteit {

namespace {
const QString kPerson = QStringLiteral("person");
const QString kAppointment = QStringLiteral("appointment");
constexpr int kMaxValueLength = 80;

// The fields in the order a user reads a record, with their labels.
struct Field
{
    const char *key;
    const char *label;
};
const Field kFields[] = {
    { "initials", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Initials") },
    { "first_name", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "First name") },
    { "name_prefix", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Prefix") },
    { "last_name", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Last name") },
    { "gender", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Gender") },
    { "email", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "E-mail") },
    { "phone", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Phone") },
    { "notes", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Notes") },
    { "role", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Role") },
    { "organisation_id", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Body") },
    { "faction", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Party group") },
    { "start_date", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Start") },
    { "end_date", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "End") },
    { "end_reason", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Reason for leaving") },
    { "fraction_pct", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Part-time factor") },
    { "deputy_chair", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Deputy chair") },
    { "group_leader", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Group leader") },
    { "transitional_settlement", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Transitional arrangement") },
    { "oath_date", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Oath or affirmation") },
    { "code_received_date", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Code of conduct received") },
    { "protocol_received_date", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Protocol received") },
    { "screening_date", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Certificate of conduct / risk analysis") },
    { "screening_reference", QT_TRANSLATE_NOOP("integriteit::PersonHistoryView", "Reference") },
};
constexpr int kFieldCount = int(std::size(kFields));

int fieldOrder(const QString &key)
{
    for (int i = 0; i < kFieldCount; ++i)
        if (key == QLatin1String(kFields[i].key))
            return i;
    return kFieldCount; // fields of later registers: after the known ones
}

QString fieldLabel(const QString &key)
{
    const int i = fieldOrder(key);
    if (i == kFieldCount)
        return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
    return PersonHistoryView::tr(kFields[i].label);
}

QString valueText(const QString &key, const QJsonValue &value, const QHash<qint64, QString> &organisations)
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? PersonHistoryView::tr("yes") : PersonHistoryView::tr("no");
    if (key.endsWith(QLatin1String("_date")))
        return dutch::date(dutch::fromIso(value.toString()));
    if (key == QLatin1String("organisation_id"))
        return organisations.value(value.toInteger(), QString::number(value.toInteger()));
    if (key == QLatin1String("role")) {
        const auto role = holderRoleFromCode(value.toString());
        return role ? holderRoleName(*role) : value.toString();
    }
    if (key == QLatin1String("fraction_pct"))
        return PersonHistoryView::tr("%1%").arg(value.toInt());
    if (key == QLatin1String("gender")) {
        const QString code = value.toString();
        return code == QLatin1String("m") ? PersonHistoryView::tr("male")
            : code == QLatin1String("v")  ? PersonHistoryView::tr("female")
                                          : PersonHistoryView::tr("unknown");
    }
    QString text = value.toVariant().toString().simplified();
    if (text.size() > kMaxValueLength)
        text = text.left(kMaxValueLength - 1) + QChar(0x2026);
    return text;
}

QString roleOf(const AuditEntry &entry)
{
    const QJsonObject &data = entry.after.isEmpty() ? entry.before : entry.after;
    const auto role = holderRoleFromCode(data.value(QStringLiteral("role")).toString());
    return role ? holderRoleName(*role).toLower() : QString();
}
} // namespace

PersonHistoryView::PersonHistoryView(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("personHistory"));
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
    setColumnWidth(1, fontMetrics().averageCharWidth() * 14);
}

QString PersonHistoryView::actionText(const AuditEntry &entry)
{
    const QString &action = entry.action;
    if (entry.entity == kPerson) {
        if (action == QLatin1String("create"))
            return tr("Office holder added");
        if (action == QLatin1String("update"))
            return tr("Office holder changed");
        if (action == QLatin1String("remove"))
            return tr("Office holder removed");
        if (action == QLatin1String("restore"))
            return tr("Office holder restored");
    } else if (entry.entity == kAppointment) {
        const QString role = roleOf(entry);
        if (action == QLatin1String("create"))
            return tr("Appointment as %1 added").arg(role);
        if (action == QLatin1String("update"))
            return tr("Appointment as %1 changed").arg(role);
        if (action == QLatin1String("remove"))
            return tr("Appointment as %1 removed").arg(role);
        if (action == QLatin1String("restore"))
            return tr("Appointment as %1 restored").arg(role);
    }
    // Records of later registers (side positions, gifts, ...) until this view learns their names.
    const QString entity = QString(entry.entity).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (action == QLatin1String("create"))
        return tr("Added: %1").arg(entity);
    if (action == QLatin1String("update"))
        return tr("Changed: %1").arg(entity);
    if (action == QLatin1String("remove"))
        return tr("Removed: %1").arg(entity);
    if (action == QLatin1String("restore"))
        return tr("Restored: %1").arg(entity);
    return QStringLiteral("%1: %2").arg(action, entity);
}

QStringList PersonHistoryView::changeLines(const AuditEntry &entry, const QHash<qint64, QString> &organisations)
{
    // describeChanges decides which fields changed; the values are formatted here for the reader.
    QStringList keys;
    for (const QString &line : AuditLog::describeChanges(entry))
        keys << line.section(QStringLiteral(": "), 0, 0);
    std::stable_sort(
        keys.begin(), keys.end(), [](const QString &a, const QString &b) { return fieldOrder(a) < fieldOrder(b); });
    QStringList lines;
    const bool bothSides = !entry.before.isEmpty() && !entry.after.isEmpty();
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("person_id"))
            continue;
        // A record added or removed: its unset switches say nothing.
        const QJsonValue single = entry.after.isEmpty() ? entry.before.value(key) : entry.after.value(key);
        if (!bothSides && single.isBool() && !single.toBool())
            continue;
        const QString was = valueText(key, entry.before.value(key), organisations);
        const QString now = valueText(key, entry.after.value(key), organisations);
        if (was == now)
            continue;
        if (bothSides)
            lines << tr("%1: %2 → %3")
                         .arg(
                             fieldLabel(key), was.isEmpty() ? tr("(empty)") : was, now.isEmpty() ? tr("(empty)") : now);
        else
            lines << tr("%1: %2").arg(fieldLabel(key), now.isEmpty() ? was : now);
    }
    return lines;
}

void PersonHistoryView::setEntries(
    const std::vector<AuditEntry> &entries, const QHash<qint64, QString> &organisationNames)
{
    fillHistoryTree(this, entries, [this](const AuditEntry &entry) { return actionText(entry); },
                    [this, &organisationNames](const AuditEntry &entry) { return changeLines(entry, organisationNames); });
}

} // namespace integriteit
