#pragma once
// The start page: aandachtspunten of the offices the logged-in user administers, sorted by due
// date, overdue ones in a warning colour. Refreshed when any register or office holder changes (at
// once while shown, otherwise when shown next). Enter or a double-click opens the item.

#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace integriteit {

class AttentionModel;
class PersonService;
class RegisterServices;

class AttentionPage : public QWidget
{
    Q_OBJECT
public:
    AttentionPage(RegisterServices &registers, PersonService &persons, QWidget *parent = nullptr);

    AttentionModel *model() const { return m_model; }
    QTableView *view() const { return m_table; }
    void refresh();

Q_SIGNALS:
    // A record to open, by its audit entity ("gift", "trip", "appointment", ...) and id.
    void openRecordRequested(const QString &entity, qint64 id);
    // The registers kept once per person per year ("inventory_confirmation", "settlement_decision").
    void openYearlyRequested(const QString &entity, qint64 personId, int year);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void changed();
    void openRow(int row);
    void updateHeading();

    AttentionModel *m_model;
    QLabel *m_heading;
    QLabel *m_summary;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QTimer *m_refreshTimer;
};

} // namespace integriteit
