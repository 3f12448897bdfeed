#pragma once
// Financiële belangen (GC 2.2, 2.3) on the register framework: the list, flagged while no reporting
// date is recorded, the fields of one interest and its actions (dialog, end, remove) with undo.

#include "registers/common/registerkind.h"
#include "registers/interests/financialinterest.h"

namespace integriteit {

class FinancialInterestService;

class FinancialInterestRegister : public RegisterKind
{
    Q_OBJECT
public:
    FinancialInterestRegister(AppCore &core, QUndoStack &undoStack, QObject *parent = nullptr);

    QString entity() const override { return QStringLiteral("financial_interest"); }
    QString title() const override;
    QString settingsKey() const override { return QStringLiteral("financialInterests"); }
    QString newActionText() const override;
    QString emptyText() const override;
    QString countText(int count) const override;

    int columnCount() const override { return int(FinancialInterestColumn::Count); }
    QString columnTitle(int column) const override;
    int flagColumn() const override { return int(FinancialInterestColumn::Reported); }
    int columnWidth(int column) const override;
    bool hiddenByDefault(int column) const override;
    int count(const RegisterFilter &filter) const override;
    std::vector<RegisterRow> page(const RegisterFilter &filter, int column, Qt::SortOrder order, int offset,
                                  int limit) const override;
    bool hasPeriod() const override { return true; }

    QString recordTitle(qint64 id) const override;
    std::vector<DetailField> details(qint64 id) const override;
    std::vector<AuditEntry> history(qint64 id) const override;
    std::vector<std::pair<QString, QString>> fieldLabels() const override;
    QString valueText(const QString &key, const QJsonValue &value) const override;

    bool mayEdit(qint64 id) const override;
    bool isEnded(qint64 id) const override;
    std::optional<qint64> createRecord(QWidget *parent) override;
    bool editRecord(qint64 id, QWidget *parent) override;
    bool endRecord(qint64 id, QWidget *parent) override;
    bool removeRecord(qint64 id, QWidget *parent) override;

private:
    FinancialInterestService &m_service;
};

} // namespace integriteit
