#pragma once
// Shows the busy cursor while in scope (password hashing and creating a database take a moment).

#include <QApplication>
#include <QCursor>

namespace integriteit {

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace integriteit
