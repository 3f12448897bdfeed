#pragma once
// Dienstreizen (GC 6) on the register framework: the list with the flags for a missing permission
// and a missing conflict-of-interest test, the fields of a trip, and its actions with undo (the
// TripDialog saves; this pushes the step).

#include "registers/common/registerkind.h"
#include "registers/trips/trip.h"

namespace integriteit {

class TripService;

class TripRegister : public RegisterKind
{
    Q_OBJECT
public:
    TripRegister(AppCore &core, QUndoStack &undoStack, QObject *parent = nullptr);

    QString entity() const override { return QStringLiteral("trip"); }
    QString title() const override;
    QString settingsKey() const override { return QStringLiteral("trips"); }
    QString newActionText() const override;
    QString emptyText() const override;
    QString countText(int count) const override;

    int columnCount() const override { return int(TripColumn::Count); }
    QString columnTitle(int column) const override;
    int flagColumn() const override { return int(TripColumn::Decision); }
    int columnWidth(int column) const override;
    bool hiddenByDefault(int column) const override;
    bool isAmount(int column) const override;
    int defaultSortColumn() const override { return int(TripColumn::Departure); }
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

private:
    TripService &m_service;
};

} // namespace integriteit
