#pragma once
// The history of one office holder: every audit row about him and his records, newest first,
// with what changed in words the user knows.

#include "storage/auditlog.h"

#include <QTreeWidget>

namespace integriteit {

class PersonHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit PersonHistoryView(QWidget *parent = nullptr);

    // `organisationNames` turns the stored body id into its name.
    void setEntries(const std::vector<AuditEntry> &entries, const QHash<qint64, QString> &organisationNames);

    // "Office holder changed", "Appointment as councillor added", ...
    static QString actionText(const AuditEntry &entry);
    // One line per changed field, "Last name: Jansen → Janssen", from AuditLog::describeChanges.
    static QStringList changeLines(const AuditEntry &entry, const QHash<qint64, QString> &organisationNames);
};

} // namespace integriteit
