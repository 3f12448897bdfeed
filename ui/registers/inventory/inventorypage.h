#pragma once
// Inventarisatie (GC 3.4): choose a year, see who has confirmed his overview of side positions,
// record confirmations (with undo) and print the overviews as PDF.

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QTableView;
class QUndoStack;

namespace integriteit {

class InventoryModel;
class InventoryPrinter;
class InventoryService;
class SettingsService;

class InventoryPage : public QWidget
{
    Q_OBJECT
public:
    InventoryPage(InventoryService &inventory, SettingsService &settings, QUndoStack &undoStack,
                  QWidget *parent = nullptr);

    InventoryModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    int year() const;
    void setYear(int year);
    // Shows the year (all persons) and selects the person (from the attention list).
    void showPerson(qint64 personId, int year);
    qint64 selectedPersonId() const;

    void recordConfirmation();
    void printOverviews();

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void applyFilter();
    void updateActions();
    void updateSummary();

    InventoryService &m_inventory;
    QUndoStack &m_undoStack;
    InventoryModel *m_model;
    InventoryPrinter *m_printer;
    QSpinBox *m_year;
    QCheckBox *m_unconfirmedOnly;
    QLabel *m_summary;
    QPushButton *m_confirmButton;
    QPushButton *m_printButton;
    QTableView *m_table;
    QLabel *m_emptyLabel;
};

} // namespace integriteit
