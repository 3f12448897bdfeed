#pragma once
// The whole story of one claim from its audit rows (ClaimService::history): created, lines and
// receipts entered, and every workflow step with its reason, decision or date, newest first.

#include "storage/auditlog.h"

#include <QTreeWidget>
#include <vector>

namespace integriteit {

class ClaimHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ClaimHistoryView(QWidget *parent = nullptr);

    void setEntries(const std::vector<AuditEntry> &entries);
};

} // namespace integriteit
