#pragma once
// The lines of the shown claim: the table (files can be dropped on a line, or below the lines for
// a new one), the line buttons, and the selected line's proof of payment beside it.

#include <QWidget>

class QPushButton;
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
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_attach;
    qint64 m_claimId = 0;
    bool m_editable = false;
    qint64 m_keepLine = 0;
};

} // namespace integriteit
