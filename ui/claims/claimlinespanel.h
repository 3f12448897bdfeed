#pragma once
// The lines of the shown claim: the table (files can be dropped on a line, or below the lines for
// a new one), the line actions (a bar here; the page also lists them in the Edit menu), and the
// selected line's proof of payment beside it.

#include <QWidget>

class QAction;
class QSplitter;
class QTableView;

namespace integriteit {

class ClaimEditor;
class ClaimLinesModel;
class ClaimServices;
class ReceiptPreview;

class ClaimLinesPanel : public QWidget
{
    Q_OBJECT
public:
    ClaimLinesPanel(ClaimServices &services, ClaimEditor &editor, QWidget *parent = nullptr);

    // `editable`: the claim is a draft this user keeps.
    void setClaim(qint64 claimId, bool editable);
    qint64 selectedLineId() const;
    QTableView *table() const { return m_table; }
    ClaimLinesModel *model() const { return m_model; }
    ReceiptPreview *preview() const { return m_preview; }
    QSplitter *splitter() const { return m_splitter; }
    QAction *newLineAction() const { return m_add; }
    QAction *editLineAction() const { return m_edit; }
    QAction *removeLineAction() const { return m_remove; }
    QAction *attachReceiptAction() const { return m_attach; }

private:
    void updateButtons();
    void showReceipt();
    void onDrop(qint64 lineId, const QString &path);
    void selectLine(qint64 lineId);

    ClaimServices &m_services;
    ClaimEditor &m_editor;
    ClaimLinesModel *m_model;
    QTableView *m_table;
    ReceiptPreview *m_preview;
    QSplitter *m_splitter;
    QAction *m_add;
    QAction *m_edit;
    QAction *m_remove;
    QAction *m_attach;
    qint64 m_claimId = 0;
    bool m_editable = false;
    qint64 m_keepLine = 0;
};

} // namespace integriteit
