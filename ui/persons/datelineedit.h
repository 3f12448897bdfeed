#pragma once
// A date field people type in as they write dates ("1-2-2024", "01-02-2024"), with a calendar
// pop-up and an empty state for dates that are not known (yet).

#include <QDate>
#include <QLineEdit>
#include <optional>

namespace integriteit {

class DateLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    void setDate(const QDate &date);
    // The date typed; a null date when the field is empty; nullopt when the text is not a date.
    std::optional<QDate> date() const;
    bool isEmpty() const { return text().trimmed().isEmpty(); }

private:
    void showCalendar();
    void normalize();
};

} // namespace integriteit
