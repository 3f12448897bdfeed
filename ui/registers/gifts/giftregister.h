#pragma once
// Geschenken (GC 5.1) on the register framework. Each row says whether the gift is above the
// threshold of its year; a gift above it without a destination, or received at home without a
// decision of the seniorenconvent or college, is flagged. The page also opens the thresholds.

#include "registers/common/registerkind.h"
#include "registers/gifts/gift.h"

namespace integriteit {

class GiftService;

class GiftRegister : public RegisterKind
{
    Q_OBJECT
public:
    GiftRegister(AppCore &core, QUndoStack &undoStack, QObject *parent = nullptr);

    QString entity() const override { return QStringLiteral("gift"); }
    QString title() const override;
    QString settingsKey() const override { return QStringLiteral("gifts"); }
    QString newActionText() const override;
    QString emptyText() const override;
    QString countText(int count) const override;

    int columnCount() const override { return int(GiftColumn::Count); }
    QString columnTitle(int column) const override;
    int flagColumn() const override { return int(GiftColumn::Destination); }
    bool isAmount(int column) const override { return column == int(GiftColumn::Value); }
    int columnWidth(int column) const override;
    bool hiddenByDefault(int column) const override;
    int defaultSortColumn() const override { return int(GiftColumn::Received); }
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
    QList<QAction *> extraActions(QWidget *page) override;

private:
    GiftService &m_service;
};

} // namespace integriteit
