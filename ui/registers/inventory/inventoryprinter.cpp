#include "inventoryprinter.h"

#include "common/error.h"
#include "common/errorbox.h"
#include "common/waitcursor.h"
#include "persons/person.h"
#include "registers/inventory/inventoryoverviewpdf.h"
#include "registers/inventory/inventoryservice.h"
#include "settings/settingsservice.h"

#include <QDir>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>

namespace integriteit {

namespace {
const QString kFolderKey = QStringLiteral("inventory/printFolder");

QString lastFolder()
{
    const QString saved = QSettings().value(kFolderKey).toString();
    return !saved.isEmpty() && QDir(saved).exists() ? saved
                                                    : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace

InventoryPrinter::InventoryPrinter(InventoryService &inventory, SettingsService &settings, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_inventory(inventory)
    , m_settings(settings)
    , m_dialogParent(dialogParent)
{ }

QString InventoryPrinter::municipality() const
{
    try {
        return m_settings.municipality().municipality;
    } catch (const Error &) {
        return {}; // the overview is still useful without the heading
    }
}

bool InventoryPrinter::printOne(qint64 personId, int year)
{
    InventoryOverview overview;
    try {
        overview = m_inventory.overview(personId, year);
    } catch (const Error &error) {
        showErrorBox(m_dialogParent, tr("Print overview"), error);
        return false;
    }
    const QString suggested = QDir(lastFolder()).filePath(InventoryOverviewPdf::fileName(overview));
    const QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Save overview as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    try {
        WaitCursor wait;
        InventoryOverviewPdf::write(overview, municipality(), path);
    } catch (const Error &error) {
        showErrorBox(m_dialogParent, tr("Print overview"), error);
        return false;
    }
    QSettings().setValue(kFolderKey, QFileInfo(path).absolutePath());
    Q_EMIT statusMessage(tr("The overview of %1 has been saved as %2.").arg(overview.displayName, QDir::toNativeSeparators(path)));
    return true;
}

int InventoryPrinter::printMany(const std::vector<qint64> &personIds, int year)
{
    const QString folder = QFileDialog::getExistingDirectory(m_dialogParent, tr("Folder for the overviews"), lastFolder());
    if (folder.isEmpty())
        return 0;
    QSettings().setValue(kFolderKey, folder);
    return writeMany(personIds, year, folder);
}

int InventoryPrinter::writeMany(const std::vector<qint64> &personIds, int year, const QString &folder)
{
    QProgressDialog progress(tr("Saving the overviews…"), tr("Cancel"), 0, int(personIds.size()), m_dialogParent);
    progress.setWindowTitle(tr("Print overviews"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // a handful of files appear without a flash of a dialog
    const QString name = municipality();
    int written = 0;
    for (size_t i = 0; i < personIds.size(); ++i) {
        progress.setValue(int(i));
        if (progress.wasCanceled())
            break;
        try {
            const InventoryOverview overview = m_inventory.overview(personIds[i], year);
            InventoryOverviewPdf::write(overview, name,
                                        QDir(folder).filePath(InventoryOverviewPdf::fileName(overview)));
            ++written;
        } catch (const Error &error) {
            progress.cancel();
            showErrorBox(m_dialogParent, tr("Print overviews"), error);
            break;
        }
    }
    progress.setValue(int(personIds.size()));
    Q_EMIT statusMessage(tr("%1 of %2 overviews saved in %3.")
                             .arg(written)
                             .arg(personIds.size())
                             .arg(QDir::toNativeSeparators(folder)));
    return written;
}

} // namespace integriteit
