#pragma once
// Prints the yearly inventory overviews as PDF files: one for a chosen person (asks where to save),
// or one per person who has not confirmed into a chosen folder, with progress and cancel.

#include <QObject>
#include <QPointer>
#include <vector>

class QWidget;

namespace integriteit {

class InventoryService;
class SettingsService;

class InventoryPrinter : public QObject
{
    Q_OBJECT
public:
    InventoryPrinter(InventoryService &inventory, SettingsService &settings, QWidget *dialogParent);

    // Asks for a file name and writes the overview; false on cancel or failure (shown).
    bool printOne(qint64 personId, int year);
    // Asks for a folder and writes one overview per person; returns how many were written.
    int printMany(const std::vector<qint64> &personIds, int year);
    // Without asking: the files go into `folder` (existing files of the same name are replaced).
    int writeMany(const std::vector<qint64> &personIds, int year, const QString &folder);

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    QString municipality() const;

    InventoryService &m_inventory;
    SettingsService &m_settings;
    QPointer<QWidget> m_dialogParent;
};

} // namespace integriteit
