#pragma once
// Shown when no database is open (the last one could not be opened, or the wizard was cancelled):
// open another database, start a new one, or quit.

#include <QDialog>

namespace integriteit {

class StartDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { Quit, Open, New };

    explicit StartDialog(QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = Choice::Quit;
};

} // namespace integriteit
