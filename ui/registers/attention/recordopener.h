#pragma once
// Opens a register record named by its audit entity and id, as the start page and the person's
// Registers tab ask: invitations and trips in their dialog (a change becomes an undo step); the
// yearly inventory and settlement on their page at the person and year; an appointment at its
// office holder; the registers without a window of their own yet (nevenfuncties, neveninkomsten,
// financiële belangen, geschenken) in the Registers tab of the person's details.

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace integriteit {

class AppCore;

class RecordOpener : public QObject
{
    Q_OBJECT
public:
    RecordOpener(AppCore &core, QUndoStack &undoStack, QWidget *dialogParent);

    void openRecord(const QString &entity, qint64 id);
    void openYearly(const QString &entity, qint64 personId, int year);

    // Each returns true when the record was changed (and an undo step pushed).
    bool editInvitation(qint64 id);
    bool editTrip(qint64 id);

Q_SIGNALS:
    void showPersonRequested(qint64 personId, bool registersTab);
    void showSettlementRequested(qint64 personId, int year);
    void showInventoryRequested(qint64 personId, int year);
    void statusMessage(const QString &text);

private:
    AppCore &m_core;
    QUndoStack &m_undoStack;
    QPointer<QWidget> m_dialogParent;
};

} // namespace integriteit
