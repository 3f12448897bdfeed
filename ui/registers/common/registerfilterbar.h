#pragma once
// The bar above a register list: a debounced search field, status, role, fractie, a period and
// "only needing attention". Fills a RegisterFilter; the page passes it to its RegisterModel.

#include "registers/common/registerfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSettings;
class QTimer;

namespace integriteit {

class DateLineEdit;
class PersonService;

class RegisterFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit RegisterFilterBar(PersonService &persons, QWidget *parent = nullptr);

    RegisterFilter filter() const;
    // Re-reads the fracties, keeping the current choice where it still exists.
    void refreshChoices();
    void focusSearch();
    // Everything shown: used to bring a record into view that the filters hide.
    void clear();
    bool isCleared() const;

    // Keys relative to the caller's settings group.
    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void filterChanged();
    // Return in the search field: the page moves the focus to the list.
    void searchAccepted();

private:
    void changed();

    PersonService &m_persons;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QComboBox *m_status;
    QComboBox *m_role;
    QComboBox *m_faction;
    DateLineEdit *m_from;
    DateLineEdit *m_to;
    QCheckBox *m_flagged;
    bool m_silent = false; // while restoring or clearing: one filterChanged at the end
};

} // namespace integriteit
