#pragma once
// The history trees of persons and register records look the same: one row per audit entry (when,
// who, what), its changes as muted child lines, the ten most recent rows open so a long history
// stays readable.

#include "storage/auditlog.h"

#include <QStringList>
#include <functional>
#include <vector>

class QTreeWidget;

namespace integriteit {

void fillHistoryTree(QTreeWidget *tree, const std::vector<AuditEntry> &entries,
                     const std::function<QString(const AuditEntry &)> &actionText,
                     const std::function<QStringList(const AuditEntry &)> &changeLines);

} // namespace integriteit
