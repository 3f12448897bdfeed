#pragma once
// Uitnodigingen (GC 5.2) on the register framework: the list with the flag for excursions and
// events without a prior decision, the fields of an invitation, and its actions with undo (the
// InvitationDialog saves; this pushes the step).

#include "registers/common/registerkind.h"
#include "registers/invitations/invitation.h"

namespace integriteit {

class InvitationService;

class InvitationRegister : public RegisterKind
{
    Q_OBJECT
public:
    InvitationRegister(AppCore &core, QUndoStack &undoStack, QObject *parent = nullptr);

    QString entity() const override { return QStringLiteral("invitation"); }
    QString title() const override;
    QString settingsKey() const override { return QStringLiteral("invitations"); }
    QString newActionText() const override;
    QString emptyText() const override;
    QString countText(int count) const override;

    int columnCount() const override { return int(InvitationColumn::Count); }
    QString columnTitle(int column) const override;
    int flagColumn() const override { return int(InvitationColumn::Decision); }
    int columnWidth(int column) const override;
    bool hiddenByDefault(int column) const override;
    int defaultSortColumn() const override { return int(InvitationColumn::Date); }
    Qt::SortOrder defaultSortOrder() const override { return Qt::DescendingOrder; }
    int count(const RegisterFilter &filter) const override;
    std::vector<RegisterRow> page(const RegisterFilter &filter, int column, Qt::SortOrder order, int offset,
                                  int limit) const override;

    QString recordTitle(qint64 id) const override;
    std::vector<DetailField> details(qint64 id) const override;
    std::vector<AuditEntry> history(qint64 id) const override;
    std::vector<std::pair<QString, QString>> fieldLabels() const override;
    QString valueText(const QString &key, const QJsonValue &value) const override;

    bool mayEdit(qint64 id) const override;
    std::optional<qint64> createRecord(QWidget *parent) override;
    bool editRecord(qint64 id, QWidget *parent) override;
    bool removeRecord(qint64 id, QWidget *parent) override;

    // "Allowed by the college on 12-03-2026"; empty while not decided.
    static QString decisionText(const Invitation &invitation);
    static QString needsDecisionText();

private:
    InvitationService &m_service;
};

} // namespace integriteit
