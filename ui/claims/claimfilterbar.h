#pragma once
// The bar above the claims list: a search field (debounced), the office holder, the status, the
// year and "with warnings only".

#include "claims/claimquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QTimer;

namespace integriteit {

class PersonChooser;
class PersonService;

class ClaimFilterBar : public QWidget
{
    Q_OBJECT
public:
    ClaimFilterBar(PersonService &persons, QWidget *parent = nullptr);

    ClaimFilter filter() const;
    void focusSearch();
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void filterChanged();

private:
    QLineEdit *m_search;
    QTimer *m_debounce;
    PersonChooser *m_person;
    QComboBox *m_status;
    QComboBox *m_year;
    QCheckBox *m_warnings;
    bool m_silent = false;
};

} // namespace integriteit
