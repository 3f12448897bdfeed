#pragma once
// A combo box of office holders that the user can type in ("jan" finds "Jansen, J."), for the
// claim dialog and the claims filter. Reads the persons through PersonService when first needed.

#include "persons/person.h"

#include <QComboBox>
#include <functional>

namespace integriteit {

class PersonService;

class PersonChooser : public QComboBox
{
    Q_OBJECT
public:
    // `include` picks the persons by their current role (nullopt: no appointment); `anyText`, when
    // not empty, is a first entry with id 0 ("All office holders").
    PersonChooser(PersonService &persons, std::function<bool(const std::optional<HolderRole> &)> include,
                  const QString &anyText, QWidget *parent = nullptr);

    // 0 when the typed text names nobody in the list.
    qint64 personId() const;
    void setPersonId(qint64 personId);
    // Re-reads the list, keeping the choice.
    void refresh();
    void showPopup() override;

protected:
    void focusInEvent(QFocusEvent *event) override;

Q_SIGNALS:
    void personChanged(qint64 personId);

private:
    // The list is read when first needed (focus, pop-up, a choice set): a filter bar of a
    // national database must not read 30,000 names while the window opens.
    void ensureLoaded();

    PersonService &m_persons;
    std::function<bool(const std::optional<HolderRole> &)> m_include;
    QString m_anyText;
    qint64 m_last = -1;
    bool m_loaded = false;
};

} // namespace integriteit
