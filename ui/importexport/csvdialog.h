#pragma once
// File > Import… and File > Export…: choose the register and the file (for export also "only
// public fields" and the year), run it with a progress dialog that can cancel (an import is then
// rolled back), and show the outcome in the dialog itself: the number of records, or every
// problem with row and column in a list the user can copy and send on.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace integriteit {

class AppCore;
class InlineMessage;

class CsvDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Import, Export };
    CsvDialog(AppCore &core, Mode mode, QWidget *parent = nullptr);

    // For tests and for a caller that knows the file already.
    void setRegister(const QString &name);
    void setFilePath(const QString &path);
    // Runs the import or export (what the Import / Export button does); returns whether it succeeded.
    bool run();
    // The outcome as shown: the summary line and the list of problems.
    QString summary() const;
    QString problems() const;

private:
    void browse();
    void registerChanged();
    bool runImport(const QString &name, const QString &path);
    bool runExport(const QString &name, const QString &path);
    void showOutcome(const QString &summary, const QStringList &problems);

    AppCore &m_core;
    Mode m_mode;
    QComboBox *m_register;
    QLineEdit *m_file;
    QCheckBox *m_publicOnly = nullptr;
    QCheckBox *m_oneYear = nullptr;
    QSpinBox *m_year = nullptr;
    InlineMessage *m_message;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
    QPushButton *m_copy;
    QPushButton *m_run;
};

} // namespace integriteit
