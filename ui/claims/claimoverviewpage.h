#pragma once
// The overviews of declared costs for one year: per office holder per kind of cost (the claims
// the user may read), and the public overview of the college members' claims, totals and list
// (public fields only, every user). Sortable tables; exporting is done elsewhere.

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLabel;
class QTableView;
class QTabWidget;

namespace integriteit {

class AppCore;
class OverviewTotalsModel;
class PublicLinesModel;

class ClaimOverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ClaimOverviewPage(AppCore &core, QWidget *parent = nullptr);

    void setYear(int year);
    int year() const;
    QTabWidget *tabs() const { return m_tabs; }
    OverviewTotalsModel *totalsModel() const { return m_totals; }
    OverviewTotalsModel *publicTotalsModel() const { return m_publicTotals; }
    PublicLinesModel *publicLinesModel() const { return m_publicLines; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Marks both tabs out of date and reads the one on screen.
    void refresh();
    // Reads the tab on screen when it is out of date; the other waits until it is chosen.
    void refreshShownTab();
    void readTotals();
    void readPublic();
    QTableView *table(const char *name, QAbstractItemModel *model, int sortColumn, int stretchColumn);

    AppCore &m_core;
    QComboBox *m_year;
    QTabWidget *m_tabs;
    QLabel *m_totalsNote;
    OverviewTotalsModel *m_totals;
    OverviewTotalsModel *m_publicTotals;
    PublicLinesModel *m_publicLines;
    // Each tab is read when shown, not on every change while hidden: on the national demo the
    // public tab alone (the college's totals and every public line of the year) takes 2 s.
    bool m_staleTotals = true;
    bool m_stalePublic = true;
};

} // namespace integriteit
