#include "claimeditor.h"

#include "appcore.h"
#include "claimcommand.h"
#include "claimdialog.h"
#include "claimlinedialog.h"
#include "common/error.h"
#include "common/errorbox.h"
#include "receiptfile.h"
#include "transitiondialog.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QUndoStack>
#include <memory>

namespace integriteit {

namespace {
// Puts a line back as it was: its fields and its proof of payment (or none).
void applyLine(ClaimService &claims, const LineSnapshot &state)
{
    claims.updateLine(state.line);
    if (state.receipt)
        claims.attachReceipt(state.line.id, state.receipt->fileName, state.receipt->data);
    else
        claims.detachReceipt(state.line.id);
}
} // namespace

ClaimEditor::ClaimEditor(AppCore &core, QUndoStack &undoStack, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_core(core)
    , m_undoStack(undoStack)
    , m_dialogParent(dialogParent)
{
}

void ClaimEditor::showError(const QString &title, const Error &error)
{
    showErrorBox(m_dialogParent, title, error);
}

std::optional<qint64> ClaimEditor::newClaim(qint64 personId)
{
    Claim draft;
    draft.personId = personId;
    ClaimDialog dialog(m_core, draft, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Claim created = dialog.claim();
    ClaimService &claims = m_core.claims().claims();
    auto snapshot = std::make_shared<ClaimSnapshot>();
    m_undoStack.push(new ClaimCommand(
        tr("New claim %1").arg(created.number()), [&claims, snapshot, id = created.id] { *snapshot = claims.remove(id); },
        [&claims, snapshot] { claims.restore(*snapshot); }, m_dialogParent));
    Q_EMIT statusMessage(tr("Claim %1 created. Add its lines with New line.").arg(created.number()));
    return created.id;
}

std::optional<qint64> ClaimEditor::editClaim(qint64 claimId)
{
    ClaimService &claims = m_core.claims().claims();
    Claim before;
    try {
        before = claims.claim(claimId);
    } catch (const Error &error) {
        showError(tr("Edit claim"), error);
        return std::nullopt;
    }
    ClaimDialog dialog(m_core, before, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Claim after = dialog.claim();
    if (after.toJson() != before.toJson()) {
        m_undoStack.push(new ClaimCommand(
            tr("Edit claim %1").arg(before.number()), [&claims, before] { claims.update(before); },
            [&claims, after] { claims.update(after); }, m_dialogParent));
        Q_EMIT statusMessage(tr("Changes to claim %1 saved.").arg(after.number()));
    }
    return claimId;
}

bool ClaimEditor::removeClaim(qint64 claimId)
{
    ClaimService &claims = m_core.claims().claims();
    try {
        const Claim c = claims.claim(claimId);
        if (QMessageBox::question(m_dialogParent, tr("Remove claim"),
                                  tr("Remove the draft claim %1 with its %n line(s) and proofs of payment?", nullptr, c.lineCount)
                                      .arg(c.number()))
            != QMessageBox::Yes)
            return false;
        auto snapshot = std::make_shared<ClaimSnapshot>(claims.remove(claimId));
        m_undoStack.push(new ClaimCommand(
            tr("Remove claim %1").arg(c.number()), [&claims, snapshot] { claims.restore(*snapshot); },
            [&claims, snapshot, claimId] { *snapshot = claims.remove(claimId); }, m_dialogParent));
        Q_EMIT statusMessage(tr("Claim %1 removed. Choose Undo to bring it back.").arg(c.number()));
        return true;
    } catch (const Error &error) {
        showError(tr("Remove claim"), error);
        return false;
    }
}

std::optional<qint64> ClaimEditor::newLine(qint64 claimId, const QString &receiptPath)
{
    ClaimLine draft;
    draft.claimId = claimId;
    ClaimLineDialog dialog(m_core.claims(), draft, std::nullopt, m_dialogParent);
    if (!receiptPath.isEmpty())
        dialog.setReceiptFile(receiptPath);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    ClaimService &claims = m_core.claims().claims();
    auto snapshot = std::make_shared<LineSnapshot>(dialog.saved());
    const qint64 lineId = snapshot->line.id;
    m_undoStack.push(new ClaimCommand(
        tr("New line"), [&claims, snapshot, lineId] { *snapshot = claims.removeLine(lineId); },
        [&claims, snapshot] { claims.restoreLine(*snapshot); }, m_dialogParent));
    Q_EMIT statusMessage(tr("Line added."));
    return lineId;
}

std::optional<qint64> ClaimEditor::editLine(qint64 lineId)
{
    ClaimService &claims = m_core.claims().claims();
    LineSnapshot before;
    try {
        before.line = claims.line(lineId);
        if (before.line.receiptId > 0)
            before.receipt = claims.receipt(lineId);
    } catch (const Error &error) {
        showError(tr("Edit line"), error);
        return std::nullopt;
    }
    ClaimLineDialog dialog(m_core.claims(), before.line, before.receipt, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const LineSnapshot after = dialog.saved();
    m_undoStack.push(new ClaimCommand(
        tr("Edit line"), [&claims, before] { applyLine(claims, before); },
        [&claims, after] { applyLine(claims, after); }, m_dialogParent));
    Q_EMIT statusMessage(tr("Line saved."));
    return lineId;
}

bool ClaimEditor::removeLine(qint64 lineId)
{
    ClaimService &claims = m_core.claims().claims();
    try {
        auto snapshot = std::make_shared<LineSnapshot>(claims.removeLine(lineId));
        m_undoStack.push(new ClaimCommand(
            tr("Remove line"), [&claims, snapshot] { claims.restoreLine(*snapshot); },
            [&claims, snapshot, lineId] { *snapshot = claims.removeLine(lineId); }, m_dialogParent));
        Q_EMIT statusMessage(tr("Line removed. Choose Undo to bring it back."));
        return true;
    } catch (const Error &error) {
        showError(tr("Remove line"), error);
        return false;
    }
}

bool ClaimEditor::attachReceiptFile(qint64 lineId, const QString &path)
{
    ClaimService &claims = m_core.claims().claims();
    try {
        LineSnapshot before;
        before.line = claims.line(lineId);
        if (before.line.receiptId > 0)
            before.receipt = claims.receipt(lineId);
        const QByteArray data = receiptfile::read(path);
        claims.attachReceipt(lineId, QFileInfo(path).fileName(), data);
        LineSnapshot after;
        after.line = claims.line(lineId);
        after.receipt = claims.receipt(lineId);
        m_undoStack.push(new ClaimCommand(
            tr("Attach proof of payment"), [&claims, before] { applyLine(claims, before); },
            [&claims, after] { applyLine(claims, after); }, m_dialogParent));
        Q_EMIT statusMessage(tr("Proof of payment %1 attached.").arg(QFileInfo(path).fileName()));
        return true;
    } catch (const Error &error) {
        showError(tr("Attach proof of payment"), error);
        return false;
    }
}

bool ClaimEditor::chooseReceipt(qint64 lineId)
{
    const QString path = receiptfile::choose(m_dialogParent);
    return !path.isEmpty() && attachReceiptFile(lineId, path);
}

bool ClaimEditor::saveReceiptAs(qint64 lineId)
{
    try {
        const QString path = receiptfile::saveAs(m_dialogParent, m_core.claims().claims().receipt(lineId));
        if (!path.isEmpty())
            Q_EMIT statusMessage(tr("Proof of payment saved as %1.").arg(path));
        return !path.isEmpty();
    } catch (const Error &error) {
        showError(tr("Save proof of payment"), error);
        return false;
    }
}

bool ClaimEditor::runAction(qint64 claimId, ClaimAction action, DecisionBody body, const QString &summary)
{
    ClaimService &claims = m_core.claims().claims();
    Claim claim;
    try {
        claim = claims.claim(claimId);
    } catch (const Error &error) {
        showError(claimActionName(action), error);
        return false;
    }
    TransitionDialog dialog(claims, claim, action, body, summary, m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Q_EMIT statusMessage(tr("%1: %2 done.").arg(claim.number(), claimActionName(action)));
    if (action != ClaimAction::Submit)
        return true;
    std::vector<ClaimWarning> warnings;
    try {
        warnings = claims.warnings(claimId);
    } catch (const Error &) {
    }
    if (!warnings.empty()) {
        QStringList texts;
        for (const ClaimWarning &w : warnings)
            texts << QStringLiteral("• %1").arg(w.message);
        QMessageBox box(QMessageBox::Information, tr("Claim submitted"),
                        tr("Claim %1 was submitted. These warnings were recorded for the checker:").arg(claim.number()),
                        QMessageBox::Ok, m_dialogParent);
        box.setObjectName(QStringLiteral("submissionWarnings"));
        box.setInformativeText(texts.join(QLatin1Char('\n')));
        box.exec();
    }
    return true;
}

} // namespace integriteit
