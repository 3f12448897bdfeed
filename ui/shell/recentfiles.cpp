#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace integriteit {

namespace {
const QString kKey = QStringLiteral("recentFiles");

QString normalised(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

void store(const QStringList &files)
{
    QSettings().setValue(kKey, files);
}
} // namespace

QStringList RecentFiles::files() const
{
    QStringList files = QSettings().value(kKey).toStringList();
    files.removeAll(QString());
    return files.mid(0, kMaximum);
}

QString RecentFiles::mostRecent() const
{
    const QStringList list = files();
    return list.isEmpty() ? QString() : list.first();
}

void RecentFiles::add(const QString &path)
{
    const QString file = normalised(path);
    QStringList list = files();
    list.removeAll(file);
    list.prepend(file);
    store(list.mid(0, kMaximum));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = files();
    list.removeAll(normalised(path));
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

} // namespace integriteit
