#pragma once
// Runs the claim actions for the page: opens the dialogs, lets them save through the services and
// pushes the undo step of a draft change; attaches dropped or chosen receipt files; runs the
// workflow steps (which are recorded events, not undoable) and shows what core answers.

#include "claims/claim.h"
#include "registers/common/decisionbody.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QUndoStack;
class QWidget;

namespace integriteit {

class AppCore;
class Error;

class ClaimEditor : public QObject
{
    Q_OBJECT
public:
    ClaimEditor(AppCore &core, QUndoStack &undoStack, QWidget *dialogParent);

    // Each returns the claim concerned on success, nothing on cancel or refusal.
    std::optional<qint64> newClaim(qint64 personId = 0);
    std::optional<qint64> editClaim(qint64 claimId);
    bool removeClaim(qint64 claimId);
    // `receiptPath`: a file dropped on the table, to become the new line's proof of payment.
    std::optional<qint64> newLine(qint64 claimId, const QString &receiptPath = {});
    std::optional<qint64> editLine(qint64 lineId);
    bool removeLine(qint64 lineId);
    // The drop on a line and "Attach proof of payment…" both end here.
    bool attachReceiptFile(qint64 lineId, const QString &path);
    // Asks for the file, then attachReceiptFile().
    bool chooseReceipt(qint64 lineId);
    bool saveReceiptAs(qint64 lineId);
    // One workflow step through TransitionDialog; after a submission the recorded warnings are shown.
    bool runAction(qint64 claimId, ClaimAction action, DecisionBody body, const QString &summary);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showError(const QString &title, const Error &error);

    AppCore &m_core;
    QUndoStack &m_undoStack;
    QPointer<QWidget> m_dialogParent;
};

} // namespace integriteit
