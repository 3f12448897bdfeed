#pragma once
// The history of one register record: every audit row about it, newest first, with the changed
// fields in the register's own words (RegisterKind::fieldLabel / valueText).

#include "storage/auditlog.h"

#include <QTreeWidget>

namespace integriteit {

class RegisterKind;

class RecordHistoryView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit RecordHistoryView(const RegisterKind &kind, QWidget *parent = nullptr);

    void setEntries(const std::vector<AuditEntry> &entries);

    // "Added", "Changed", "Ended", "Destination decided", ...
    static QString actionText(const QString &action);
    QStringList changeLines(const AuditEntry &entry) const;

private:
    const RegisterKind &m_kind;
};

} // namespace integriteit
