#include "csvdialog.h"

#include "appcore.h"
#include "common/error.h"
#include "common/inlinemessage.h"
#include "csv/csvexporter.h"
#include "csv/csvimporter.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

namespace integriteit {

namespace {
// Keeps the window alive and the cancel button working while the core works row by row.
class Progress
{
public:
    Progress(QWidget *parent, const QString &label)
        : m_dialog(label, CsvDialog::tr("Cancel"), 0, 0, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(500);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    bool operator()(int done, int total)
    {
        m_dialog.setMaximum(total);
        m_dialog.setValue(done);
        QCoreApplication::processEvents();
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};
} // namespace

CsvDialog::CsvDialog(AppCore &core, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_core(core)
    , m_mode(mode)
    , m_register(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_message(new InlineMessage(this))
    , m_summary(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy list"), this))
{
    const bool importing = mode == Mode::Import;
    setObjectName(importing ? QStringLiteral("csvImportDialog") : QStringLiteral("csvExportDialog"));
    setWindowTitle(importing ? tr("Import a register") : tr("Export a register"));
    m_register->setObjectName(QStringLiteral("register"));
    m_file->setObjectName(QStringLiteral("file"));
    for (const QString &name : csvRegisterNames()) {
        auto target = createCsvRegister(name, m_core);
        if (importing && !target->canImport())
            continue;
        m_register->addItem(target->title(), name);
    }
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &CsvDialog::browse);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Register:"), m_register);
    form->addRow(tr("&File:"), fileRow);
    if (!importing) {
        m_publicOnly = new QCheckBox(tr("Only &public fields"), this);
        m_publicOnly->setObjectName(QStringLiteral("public"));
        m_oneYear = new QCheckBox(tr("Only the &year"), this);
        m_year = new QSpinBox(this);
        m_year->setObjectName(QStringLiteral("year"));
        m_year->setRange(1990, 2200);
        m_year->setValue(QDate::currentDate().year() - 1); // the year being published
        auto *yearRow = new QHBoxLayout;
        yearRow->addWidget(m_oneYear);
        yearRow->addWidget(m_year);
        yearRow->addStretch();
        form->addRow(QString(), m_publicOnly);
        form->addRow(QString(), yearRow);
        connect(m_oneYear, &QCheckBox::toggled, m_year, &QWidget::setEnabled);
        m_year->setEnabled(false);
    }
    connect(m_register, &QComboBox::currentIndexChanged, this, &CsvDialog::registerChanged);
    registerChanged();

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_problems->hide();
    m_copy->hide();
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_problems->toPlainText()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_run = buttons->addButton(importing ? tr("&Import") : tr("&Export"), QDialogButtonBox::AcceptRole);
    m_run->setDefault(true);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    connect(m_run, &QPushButton::clicked, this, [this] { run(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(640, 260);
}

void CsvDialog::setRegister(const QString &name)
{
    m_register->setCurrentIndex(m_register->findData(name));
}

void CsvDialog::setFilePath(const QString &path)
{
    m_file->setText(path);
}

QString CsvDialog::summary() const
{
    return m_summary->text();
}

QString CsvDialog::problems() const
{
    return m_problems->toPlainText();
}

void CsvDialog::registerChanged()
{
    if (m_mode == Mode::Import)
        return;
    auto target = createCsvRegister(m_register->currentData().toString(), m_core);
    if (!target)
        return;
    // Declaraties are public and per year by nature; creditcard payments have no public form.
    m_publicOnly->setEnabled(target->hasPublicForm() && target->canImport());
    if (!target->hasPublicForm())
        m_publicOnly->setChecked(false);
    m_oneYear->setEnabled(!target->requiresYear());
    if (target->requiresYear())
        m_oneYear->setChecked(true);
}

void CsvDialog::browse()
{
    const QString filter = tr("CSV files (*.csv);;All files (*)");
    const QString path = m_mode == Mode::Import
        ? QFileDialog::getOpenFileName(this, tr("Import a register"), m_file->text(), filter)
        : QFileDialog::getSaveFileName(this, tr("Export a register"),
                                       m_file->text().isEmpty() ? m_register->currentData().toString() + QStringLiteral(".csv")
                                                                : m_file->text(),
                                       filter);
    if (!path.isEmpty())
        m_file->setText(path);
}

bool CsvDialog::run()
{
    m_message->clear();
    m_summary->hide();
    m_problems->hide();
    m_copy->hide();
    const QString name = m_register->currentData().toString();
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_message->showError(tr("File: choose the file."));
        m_file->setFocus();
        return false;
    }
    try {
        return m_mode == Mode::Import ? runImport(name, path) : runExport(name, path);
    } catch (const Error &error) {
        m_message->showError(error, this);
        return false;
    }
}

bool CsvDialog::runImport(const QString &name, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("File: %1 cannot be read (%2).").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    const QByteArray bytes = file.readAll();
    auto target = createCsvRegister(name, m_core);
    Progress progress(this, tr("Importing %1…").arg(QFileInfo(path).fileName()));
    const CsvImportResult result = CsvImporter(m_core.database(), m_core.session(), *target).run(bytes, std::ref(progress));
    if (result.cancelled) {
        showOutcome(tr("The import was cancelled; nothing was saved."), {});
        return false;
    }
    if (!result.ok()) {
        QStringList lines;
        for (const CsvProblem &p : result.problems)
            lines << p.text();
        if (result.truncated)
            lines << tr("Stopped after %1 problems.").arg(CsvImporter::kMaxProblems);
        showOutcome(tr("Nothing was imported: the file has %n problem(s). Correct them in the file and import it again.",
                       nullptr, int(result.problems.size())),
                    lines);
        return false;
    }
    showOutcome(tr("%n record(s) imported into %1.", nullptr, result.imported).arg(m_register->currentText()), {});
    return true;
}

bool CsvDialog::runExport(const QString &name, const QString &path)
{
    auto target = createCsvRegister(name, m_core);
    CsvExportOptions options;
    options.publicOnly = m_publicOnly->isEnabled() && m_publicOnly->isChecked();
    options.year = m_oneYear->isChecked() ? m_year->value() : 0;
    CsvExporter::columnsFor(*target, options); // a wrong choice is refused before the file is touched
    QSaveFile file(path); // a cancelled or failed export leaves the old file as it was
    if (!file.open(QIODevice::WriteOnly)) {
        m_message->showError(tr("File: %1 cannot be written (%2).").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    Progress progress(this, tr("Exporting to %1…").arg(QFileInfo(path).fileName()));
    bool cancelled = false;
    const int written = CsvExporter::run(m_core.database(), *target, options, file, std::ref(progress), &cancelled);
    if (cancelled) {
        file.cancelWriting();
        showOutcome(tr("The export was cancelled; no file was written."), {});
        return false;
    }
    if (!file.commit()) {
        m_message->showError(tr("File: %1 cannot be written (%2).").arg(QFileInfo(path).fileName(), file.errorString()));
        return false;
    }
    showOutcome(tr("%n record(s) exported to %1.", nullptr, written).arg(QFileInfo(path).fileName()), {});
    return true;
}

void CsvDialog::showOutcome(const QString &summary, const QStringList &problems)
{
    m_summary->setText(summary);
    m_summary->show();
    m_problems->setPlainText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
    m_copy->setVisible(!problems.isEmpty());
    if (!problems.isEmpty())
        resize(width(), std::max(height(), 420));
}

} // namespace integriteit
