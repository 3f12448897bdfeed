#pragma once
// Totals of declared costs per person per year per kind of cost: approved and paid claim lines,
// and the business part of judged card payments. The same figures serve the overview screen, the
// public overview of the college members' claims and the yearly integrity report. A claim line
// counts for the role that owns its claim, a card payment for the holder's role on its date, so
// a raadslid who became wethouder appears in the public overview with his college costs only.

#include "common/money.h"
#include "persons/person.h"

#include <QDate>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace integriteit {

struct ClaimOverviewFilter
{
    int year = 0;                              // of the expense or payment date
    qint64 personId = 0;                       // 0: everybody
    std::optional<QList<HolderRole>> roles;    // only costs counted for these roles; nullopt: all
};

struct ClaimOverviewRow
{
    qint64 personId = 0;
    QString displayName;
    QString sortName;
    std::optional<HolderRole> role;
    int year = 0;
    QString category;     // code
    QString categoryName;
    int claimLines = 0;
    Money claimed;        // approved and paid claim lines
    int cardPayments = 0;
    Money card;           // business part of judged card payments
    Money total() const { return claimed + card; }
};

// One published line: public fields only (no reason, receipt, notes or workflow remarks).
struct PublicClaimLine
{
    QString person;
    HolderRole role = HolderRole::Alderman;
    QString claimNumber;  // empty for a card payment
    QDate date;
    QString categoryName;
    QString description;  // the line's description, or the merchant for a card payment
    Money amount;
    bool creditCard = false;
};

class ClaimOverview
{
public:
    explicit ClaimOverview(const QSqlDatabase &db) : m_db(db) {}

    // Sorted by person, role and the kinds' order.
    std::vector<ClaimOverviewRow> totals(const ClaimOverviewFilter &filter) const;
    // The claims of the college (wethouders and burgemeester) of one year, by person and date.
    std::vector<PublicClaimLine> publicLines(int year) const;

    static QList<HolderRole> collegeRoles() { return {HolderRole::Alderman, HolderRole::Mayor}; }

private:
    QSqlDatabase m_db;
};

} // namespace integriteit
