#pragma once
// "Drempelbedragen": the gift threshold per year (GC 5.1.2, EUR 50 indexed yearly). A year without
// its own amount takes the latest earlier one. Everybody sees the table; the administrator, the
// griffie and the secretariat change it (GiftThresholds::mayEdit). Changes are saved at once.

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace integriteit {

class GiftThresholds;
class InlineMessage;

class GiftThresholdsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit GiftThresholdsDialog(GiftThresholds &thresholds, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }

private:
    void refresh();
    void select();
    void save();
    void remove();

    GiftThresholds &m_thresholds;
    InlineMessage *m_message;
    QTableWidget *m_table;
    QSpinBox *m_year;
    QLineEdit *m_amount;
    QPushButton *m_save;
    QPushButton *m_remove;
};

} // namespace integriteit
