#pragma once
// Voorschotten (GC 9.4): an advance paid to an office holder, to be settled ("afgerekend") within
// a month by a claim that accounts for it. The claim's submission settles it; an advance open
// longer than a month is warned about at every submission of the person's claims.

#include "common/money.h"
#include "common/currentdate.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <vector>

namespace integriteit {

class Database;
class Session;

struct Advance
{
    qint64 id = 0;
    qint64 personId = 0;
    QString description;
    Money amount;
    QDate paidDate;
    QDate settledDate; // set by the submission of the claim that accounts for it
    QString notes;
    qint64 claimId = 0; // that claim, 0 for none (read only)

    // Settled after the month, or still open after it on `today`.
    bool isOverdue(const QDate &today) const;
    QJsonObject toJson() const;
};

class AdvanceService : public QObject
{
    Q_OBJECT
public:
    AdvanceService(Database &database, const Session &session, QObject *parent = nullptr);

    Advance advance(qint64 id) const;
    // The person's advances, newest first; `openOnly`: not settled.
    std::vector<Advance> advances(qint64 personId, bool openOnly = false) const;
    // Open advances past their month, of the persons whose claims the user may see.
    std::vector<Advance> overdue(const QDate &today = currentDate()) const;

    qint64 create(const Advance &advance, const QDate &today = currentDate());
    // Description, amount, dates of payment and notes, while no claim accounts for it.
    void update(const Advance &advance, const QDate &today = currentDate());
    // Only an advance no claim accounts for; returns it for undo.
    Advance remove(qint64 id);
    void restore(const Advance &advance);

Q_SIGNALS:
    void advancesChanged(qint64 personId);

private:
    void validate(const Advance &advance, const QDate &today) const;
    qint64 insert(const Advance &advance, bool keepId);

    Database &m_database;
    const Session &m_session;
};

} // namespace integriteit
