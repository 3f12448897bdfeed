#pragma once
// Read side of the declaraties: single claims with their lines, warnings and events; filtered,
// sorted pages for the lazy list model; the duplicate look-ups (GC 9.1), each an index lookup.

#include "claims/claim.h"
#include "persons/person.h"
#include "registers/common/recordperson.h"

#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace integriteit {

struct ClaimFilter
{
    qint64 personId = 0;                // 0: everybody
    std::optional<HolderRole> role;     // of the appointment that owns the claim
    QString faction;
    int year = 0;                       // of the reference date (earliest expense date); 0: all
    std::optional<ClaimStatus> status;
    bool openOnly = false;              // neither rejected nor paid
    QString category;                   // claims with at least one line of this kind
    QString text;                       // number, description, lines, the person's names
    bool withWarningsOnly = false;
};

enum class ClaimColumn { Number, Person, Role, Faction, Date, Description, Lines, Total, Status, Warnings, Count };

struct ClaimRow
{
    Claim claim;
    RecordPerson person;
    int warningCount = 0;
};

// A line or card payment that probably claims the same cost again.
struct DuplicateHit
{
    qint64 lineId = 0;     // a claim line ...
    qint64 claimId = 0;
    QString claimNumber;
    qint64 paymentId = 0;  // ... or a card payment
    QDate date;
    Money amount;
    bool sameReceipt = false; // the same file (else the same person, date and amount)
};

class ClaimQuery
{
public:
    explicit ClaimQuery(const QSqlDatabase &db) : m_db(db) {}

    std::optional<Claim> claim(qint64 id) const;
    std::vector<ClaimLine> lines(qint64 claimId) const; // by date, then entry order
    std::optional<ClaimLine> line(qint64 id) const;
    std::vector<ClaimWarning> warnings(qint64 claimId) const;
    std::vector<ClaimEvent> events(qint64 claimId) const; // oldest first
    // The day (local) the claim reached its present status, null for a draft never submitted.
    QDate statusSince(qint64 claimId) const;

    // `visibleRoles`: only claims owned by an appointment in one of these roles; nullopt: all.
    int count(const ClaimFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles) const;
    std::vector<ClaimRow> page(const ClaimFilter &filter, const std::optional<QList<HolderRole>> &visibleRoles,
                               ClaimColumn sort, Qt::SortOrder order, int offset, int limit) const;

    // Lines and card payments of the person with the same date and amount, except the given ones.
    std::vector<DuplicateHit> sameDateAndAmount(qint64 personId, const QDate &date, Money amount, qint64 exceptLineId,
                                                qint64 exceptPaymentId) const;
    // Lines and card payments whose receipt has these bytes (by hash), except the given ones.
    std::vector<DuplicateHit> sameReceipt(const QString &sha256, qint64 exceptLineId, qint64 exceptPaymentId) const;

    // The owning appointment's role (the appointment on the reference date).
    std::optional<HolderRole> ownerRole(qint64 personId, const QDate &referenceDate) const;

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
