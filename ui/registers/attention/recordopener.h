#pragma once
// Opens what the register pages do not: the yearly inventory and settlement on their page at the
// person and year, an appointment at its office holder, and a record of a register that has no
// page yet in the Registers tab of its office holder's details. MainWindow::openRecord handles the
// registers with a page of their own.

#include <QObject>
#include <QPointer>

class QWidget;

namespace integriteit {

class AppCore;

class RecordOpener : public QObject
{
    Q_OBJECT
public:
    RecordOpener(AppCore &core, QWidget *dialogParent);

    void openRecord(const QString &entity, qint64 id);
    void openYearly(const QString &entity, qint64 personId, int year);

Q_SIGNALS:
    void showPersonRequested(qint64 personId, bool registersTab);
    void showSettlementRequested(qint64 personId, int year);
    void showInventoryRequested(qint64 personId, int year);

private:
    AppCore &m_core;
    QPointer<QWidget> m_dialogParent;
};

} // namespace integriteit
