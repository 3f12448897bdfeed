#pragma once
// The databases opened lately, most recent first (QSettings "recentFiles"), for File > Recent files
// and for choosing the database at start.

#include <QStringList>

namespace integriteit {

class RecentFiles
{
public:
    static constexpr int kMaximum = 8;

    QStringList files() const;
    // The most recent file, or empty on a first start.
    QString mostRecent() const;
    // Puts the file in front (absolute path), dropping the oldest beyond kMaximum.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();
};

} // namespace integriteit
