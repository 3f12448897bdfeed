#pragma once
// "Drempelbedragen": the gift threshold per year (GC 5.1.2, EUR 50 indexed yearly). A year without
// its own amount takes the latest earlier one. Everybody sees the table; the administrator, the
// griffie and the secretariat change it (GiftThresholds::mayEdit). Changes are saved at once, each
// save or removal one step on the window's undo stack, as in the other dialogs.

#include "common/money.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace integriteit {

class GiftThresholds;
class InlineMessage;

class GiftThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    GiftThresholdsDialog(GiftThresholds &thresholds, QUndoStack &undoStack, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    void select();
    void save();
    void remove();
    // The year's own amount, not the one it takes from an earlier year; nothing when it has none.
    std::optional<Money> ownThreshold(int year) const;

    GiftThresholds &m_thresholds;
    QUndoStack &m_undoStack;
    InlineMessage *m_message;
    QTableWidget *m_table;
    QSpinBox *m_year;
    QLineEdit *m_amount;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace integriteit
