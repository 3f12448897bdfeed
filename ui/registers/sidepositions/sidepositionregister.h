#pragma once
// Nevenfuncties (GC 3) on the register framework: the list with the GC 3.6 flag, the fields of a
// position, and its actions (dialog, end, remove) with undo. The income of the selected position
// (neveninkomsten) is kept in the detail pane (SideIncomePanel): a griffier records it per position.

#include "registers/common/registerkind.h"
#include "registers/sidepositions/sideposition.h"

namespace integriteit {

class SideIncomePanel;
class SidePositionService;

class SidePositionRegister : public RegisterKind
{
    Q_OBJECT
public:
    SidePositionRegister(AppCore &core, QUndoStack &undoStack, QObject *parent = nullptr);

    QString entity() const override { return QStringLiteral("side_position"); }
    QString title() const override;
    QString settingsKey() const override { return QStringLiteral("sidePositions"); }
    QString newActionText() const override;
    QString emptyText() const override;
    QString countText(int count) const override;

    int columnCount() const override { return int(SidePositionColumn::Count); }
    QString columnTitle(int column) const override;
    int flagColumn() const override { return int(SidePositionColumn::Flag); }
    int columnWidth(int column) const override;
    bool hiddenByDefault(int column) const override;
    int defaultSortColumn() const override { return int(SidePositionColumn::Person); }
    int count(const RegisterFilter &filter) const override;
    std::vector<RegisterRow> page(const RegisterFilter &filter, int column, Qt::SortOrder order, int offset,
                                  int limit) const override;
    bool hasPeriod() const override { return true; }

    QString recordTitle(qint64 id) const override;
    std::vector<DetailField> details(qint64 id) const override;
    std::vector<AuditEntry> history(qint64 id) const override;
    std::vector<std::pair<QString, QString>> fieldLabels() const override;
    QWidget *createExtra(QWidget *parent) override;
    void setExtraRecord(qint64 id) override;

    bool mayEdit(qint64 id) const override;
    bool isEnded(qint64 id) const override;
    std::optional<qint64> createRecord(QWidget *parent) override;
    bool editRecord(qint64 id, QWidget *parent) override;
    bool endRecord(qint64 id, QWidget *parent) override;
    bool removeRecord(qint64 id, QWidget *parent) override;

    // The text of the GC 3.6 flag, for the list's tooltip and the detail pane.
    static QString collegeStepsText();

private:
    SidePositionService &m_service;
    SideIncomePanel *m_income = nullptr;
};

} // namespace integriteit
