#include "registerkind.h"

#include "appcore.h"
#include "common/dutchformat.h"
#include "common/error.h"
#include "common/money.h"
#include "recordcommand.h"
#include "registers/common/decisionbody.h"

#include <QUndoStack>

namespace integriteit {

RegisterKind::RegisterKind(AppCore &core, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_core(core)
    , m_undoStack(undoStack)
{ }

bool RegisterKind::mayCreate() const
{
    // Who keeps a record follows from the person's appointment; the dialog's save checks that.
    // Here only: does the user keep any register at all?
    const Session &session = m_core.session();
    return session.administers(Office::Griffie) || session.administers(Office::Secretariat);
}

QString RegisterKind::fieldLabel(const QString &key) const
{
    for (const auto &[column, label] : fieldLabels())
        if (column == key)
            return label;
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

int RegisterKind::fieldOrder(const QString &key) const
{
    const auto labels = fieldLabels();
    for (size_t i = 0; i < labels.size(); ++i)
        if (labels[i].first == key)
            return int(i);
    return int(labels.size());
}

std::optional<QString> RegisterKind::decisionValueText(const QString &key, const QJsonValue &value)
{
    if (key == QLatin1String("decided_by"))
        if (const auto body = decisionBodyFromCode(value.toString()))
            return decisionBodyName(*body);
    if (key == QLatin1String("decision"))
        if (const auto verdict = verdictFromCode(value.toString()))
            return verdictName(*verdict);
    return std::nullopt;
}

QString RegisterKind::valueText(const QString &key, const QJsonValue &value) const
{
    if (value.isUndefined() || value.isNull())
        return {};
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    if (key.endsWith(QLatin1String("_date")))
        return dutch::date(dutch::fromIso(value.toString()));
    if (key.endsWith(QLatin1String("_cents")))
        return Money::fromCents(value.toInteger()).toDutch();
    QString text = value.toVariant().toString().simplified();
    constexpr int kMax = 80;
    if (text.size() > kMax)
        text = text.left(kMax - 1) + QChar(0x2026);
    return text;
}

QString RegisterKind::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString RegisterKind::roleText(const std::optional<HolderRole> &role)
{
    return role ? holderRoleName(*role) : QString();
}

QString RegisterKind::personName(qint64 personId) const
{
    try {
        return m_core.persons().person(personId).displayName();
    } catch (const Error &) {
        return {};
    }
}

void RegisterKind::pushCommand(const QString &text, std::function<void()> undo, std::function<void()> redo,
                               QWidget *messageParent)
{
    m_undoStack.push(new RecordCommand(text, std::move(undo), std::move(redo), messageParent));
}

} // namespace integriteit
