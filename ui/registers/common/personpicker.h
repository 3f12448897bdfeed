#pragma once
// The office holder field of a register dialog: the user types part of a name and picks from the
// matching office holders (searched in SQL, so it works with 30,000 persons). A typed text that
// matches exactly one office holder counts as picked.

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace integriteit {

class PersonService;

class PersonPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit PersonPicker(PersonService &persons, QWidget *parent = nullptr);

    // 0 when the text names nobody (or several office holders).
    qint64 personId() const;
    void setPersonId(qint64 id);

Q_SIGNALS:
    void personChanged(qint64 id);

private:
    void search(const QString &text);
    void pick(const QModelIndex &index);

    PersonService &m_persons;
    QStandardItemModel *m_matches;
    QCompleter *m_completer;
    qint64 m_id = 0;
    QString m_pickedText; // the text shown for m_id; typing something else drops the choice
};

} // namespace integriteit
