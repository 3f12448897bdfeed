#pragma once
// The pane beside a register list: every field of the selected record in Dutch formats, the
// register's extra block (if any) and the record's history.

#include <QWidget>

class QFormLayout;
class QLabel;
class QSplitter;

namespace integriteit {

class RecordHistoryView;
class RegisterKind;

class RecordDetailWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RecordDetailWidget(RegisterKind &kind, QWidget *parent = nullptr);

    // 0 shows the "choose a record" hint.
    void setRecord(qint64 id);
    qint64 recordId() const { return m_id; }
    // Re-reads the record (it changed, or was removed: then the pane empties).
    void refresh();

    // Says under the title that the user can read but not change this record.
    void setReadOnlyNote(bool readOnly);

private:
    void clearFields();

    RegisterKind &m_kind;
    qint64 m_id = 0;
    QLabel *m_title;
    QLabel *m_hint;
    QSplitter *m_split = nullptr;
    QWidget *m_fieldsBox;
    QFormLayout *m_fields;
    QLabel *m_readOnly;
    QWidget *m_extra;
    QLabel *m_historyLabel;
    RecordHistoryView *m_history;
};

} // namespace integriteit
