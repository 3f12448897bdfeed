#pragma once
// Asks for the date on which a record ended (a side position, a financial interest) and saves it
// through `save`, which may throw Error: the message is shown in the dialog and the field focused.

#include <QDate>
#include <QDialog>
#include <functional>

namespace integriteit {

class DateLineEdit;
class InlineMessage;

class EndDateDialog : public QDialog
{
    Q_OBJECT
public:
    EndDateDialog(const QString &title, const QString &question, std::function<void(const QDate &)> save,
                  QWidget *parent = nullptr);

    QDate date() const { return m_date; }
    void accept() override;

private:
    std::function<void(const QDate &)> m_save;
    InlineMessage *m_error;
    DateLineEdit *m_edit;
    QDate m_date;
};

} // namespace integriteit
