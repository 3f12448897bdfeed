#pragma once
// The bar above the office holders list: a search field (debounced) and the filter choices.

#include "persons/personquery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTimer;

namespace integriteit {

class PersonService;

class PersonFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit PersonFilterBar(PersonService &persons, QWidget *parent = nullptr);

    PersonFilter filter() const;
    // Re-reads the party groups and bodies, keeping the current choices where they still exist.
    void refreshChoices();
    void focusSearch();
    // Shows everybody whose name matches `text`: clears the other filters.
    void showAllMatching(const QString &text);
    bool hasMultipleOrganisations() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void filterChanged();
    // Return in the search field: the page moves the focus to the list.
    void searchAccepted();

private:
    void setComboData(QComboBox *combo, const QVariant &data);

    PersonService &m_persons;
    QLineEdit *m_search;
    QTimer *m_debounce;
    QComboBox *m_status;
    QComboBox *m_role;
    QComboBox *m_faction;
    QLabel *m_organisationLabel;
    QComboBox *m_organisation;
    bool m_silent = false; // while restoring: one filterChanged at the end, not one per combo
};

} // namespace integriteit
