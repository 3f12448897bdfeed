#pragma once
// `integriteit import` and `integriteit export`: a register's CSV file in and out, without a window.

#include <QStringList>

namespace integriteit::cli {

// `arguments` as the verbs get them (program name first, the verb removed). Return the exit status.
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);

} // namespace integriteit::cli
