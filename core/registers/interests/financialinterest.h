#pragma once
// Financieel belang (GC 2.2, 2.3): an interest in a company or organisation that does business with
// the municipality. The public list must be current, mid-term interests included.

#include "registers/common/recordperson.h"

#include <QDate>
#include <QVariantMap>
#include <optional>

namespace integriteit {

enum class InterestKind { Shares, Options, Derivatives, Bonds, Other };
QString interestKindCode(InterestKind kind); // "aandelen", "opties", "derivaten", "obligaties", "overig"
std::optional<InterestKind> interestKindFromCode(const QString &code);
QString interestKindName(InterestKind kind); // translated
QList<InterestKind> allInterestKinds();

struct FinancialInterest
{
    qint64 id = 0;
    qint64 personId = 0;
    QString organisation;
    InterestKind kind = InterestKind::Shares;
    QString description;
    QDate acquired;
    QDate reported; // gemeld
    QDate end;      // beëindigd; null while held
    QString notes;

    QVariantMap columns() const;
    static FinancialInterest fromColumns(const QVariantMap &columns);
    QString searchText() const;
    bool isActiveOn(const QDate &day) const { return acquired <= day && (!end.isValid() || end >= day); }
};

enum class FinancialInterestColumn { Person, Role, Faction, Organisation, Kind, Description, Acquired, Reported, End, Count };

struct FinancialInterestRow
{
    FinancialInterest interest;
    RecordPerson person;
    bool active = false;
    bool unreported = false; // no date of reporting recorded
};

} // namespace integriteit
